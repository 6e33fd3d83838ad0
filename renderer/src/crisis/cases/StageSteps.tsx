import { Steps } from 'antd';
import { useTranslation } from 'react-i18next';
import { type CaseStage, caseStages } from '../../../../shared/schemas/crisis';

/**
 * The five modules and closed, the case's stage marked in words as well as by the steps. A
 * stage the case went past without entering (supervision may come straight after screening)
 * says it was skipped rather than showing as done.
 */
export function StageSteps({ stage, visited }: { stage: CaseStage; visited: Set<CaseStage> }) {
  const { t } = useTranslation();
  const current = caseStages.indexOf(stage);
  return (
    <Steps
      className="stage-steps"
      size="small"
      current={current}
      data-testid="stage-steps"
      items={caseStages.map((key, index) => {
        const skipped = index < current && !visited.has(key);
        return {
          title: t(`crisis.stages.${key}`),
          status: index === current ? (stage === 'closed' ? 'finish' : 'process') : skipped ? 'wait' : undefined,
          content:
            index === current ? t('crisis.case.currentStage') : skipped ? t('crisis.case.skippedStage') : undefined,
        };
      })}
    />
  );
}

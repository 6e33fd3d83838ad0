import { useTranslation } from 'react-i18next';
import { crisisTextLimits, riskQuestions, TriState } from '../../../../../shared/schemas/crisis';
import { BlockField, ChoiceField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';
import { LevelField } from './LevelField';

/** The structured questions, the counselor's judgement, and a level suggested (not set). */
export function RiskAssessmentFields({ prefix, view }: FactFieldsProps) {
  const { t } = useTranslation();
  const answers = TriState.options.map((value) => ({ value, label: t(`crisis.tri.${value}`) }));
  return (
    <>
      <fieldset className="risk-questions">
        <legend>{t('crisis.fields.riskQuestions')}</legend>
        {riskQuestions.map((question) => (
          <ChoiceField
            key={question}
            prefix={prefix}
            name={['answers', question]}
            label={t(`crisis.riskQuestions.${question}`)}
            options={answers}
            testId={`risk-${question}`}
            inline
          />
        ))}
      </fieldset>
      <BlockField
        prefix={prefix}
        name="judgement"
        label={t('crisis.fields.judgement')}
        placeholder={t('crisis.fields.judgementHint')}
        required
        max={crisisTextLimits.text}
      />
      <LevelField
        prefix={prefix}
        name="suggestedLevel"
        label={t('crisis.fields.suggestedLevel')}
        extra={t('crisis.fields.suggestedLevelHelp')}
        policy={view.policy}
      />
    </>
  );
}

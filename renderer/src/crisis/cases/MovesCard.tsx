import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import { CardTitle } from '../../app/CardTitle';
import { asLanguage } from '../../scales/localized-text';
import { type ChoiceGroup, type MoveChoice, moveChoices } from './move-choices';
import { moveLabel } from './move-label';
import { MoveButton } from './MoveButton';
import { refusalText } from './refusal-text';

const groups: ChoiceGroup[] = ['record', 'level', 'stage', 'finish'];

/** 现在可以做什么: every move of the case, the refused ones with their reasons. */
export function MovesCard({ view, onOpen }: { view: CaseView; onOpen: (choice: MoveChoice) => void }) {
  const { t, i18n } = useTranslation();
  const context = {
    policy: view.policy,
    level: view.status.level.id,
    stage: view.status.stage,
    language: asLanguage(i18n.language),
  };
  const choices = moveChoices(view.moves, view.policy, { level: view.status.level.id, stage: view.status.stage });
  // A closed case takes only corrections: one sentence says so instead of a refusal under every move.
  const closed = view.status.closure !== null;
  const shown = closed
    ? { record: [], level: [], stage: [], finish: choices.finish.filter((choice) => choice.option.allowed) }
    : choices;
  return (
    <Card className="settings-card" title={<CardTitle>{t('crisis.moves.title')}</CardTitle>} data-testid="case-moves">
      {closed && <p className="moves__closed">{refusalText(t, 'case-closed')}</p>}
      {groups
        .filter((group) => shown[group].length > 0)
        .map((group) => (
          <section key={group} className="move-group" aria-labelledby={`move-group-${group}`}>
            <h3 id={`move-group-${group}`} className="move-group__title">
              {t(`crisis.moves.groups.${group}`)}
            </h3>
            <div className="move-group__moves">
              {shown[group].map((choice) => (
                <MoveButton
                  key={choice.key}
                  choice={choice}
                  label={moveLabel(t, choice, context)}
                  onOpen={() => onOpen(choice)}
                />
              ))}
            </div>
          </section>
        ))}
    </Card>
  );
}

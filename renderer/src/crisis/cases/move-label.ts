import type { TFunction } from 'i18next';
import { activeStages, type CaseStage } from '../../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../../shared/schemas/crisis-policy';
import type { Language } from '../../../../shared/schemas/common';
import { textIn } from '../../scales/localized-text';
import type { MoveChoice } from './move-choices';

/** What a move's button and its form's title say. */
export function moveLabel(
  t: TFunction,
  choice: MoveChoice,
  context: { policy: CrisisPolicy; level: string; stage: CaseStage; language: Language },
): string {
  const { move } = choice.option;
  switch (move.kind) {
    case 'level-change': {
      const target = context.policy.levels.find((level) => level.id === move.to);
      const current = context.policy.levels.find((level) => level.id === context.level);
      const label = target ? textIn(target.label, context.language) : move.to;
      const raising = (target?.rank ?? 0) > (current?.rank ?? 0);
      return t(raising ? 'crisis.moves.raise' : 'crisis.moves.lower', { level: label });
    }
    case 'stage-change': {
      const back = activeStages.indexOf(move.to) < activeStages.indexOf(context.stage as (typeof activeStages)[number]);
      return t(back ? 'crisis.moves.backToStage' : 'crisis.moves.toStage', { stage: t(`crisis.stages.${move.to}`) });
    }
    case 'supervision-review':
      return t('crisis.moves.supervision-review');
    default:
      return t(`crisis.moves.${move.kind}`);
  }
}

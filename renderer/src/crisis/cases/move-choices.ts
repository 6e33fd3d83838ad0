import type { CaseEventType, CaseStage } from '../../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../../shared/schemas/crisis-policy';
import type { MoveOption } from '../../../../shared/schemas/crisis-records';

/** The events a move's form records; checklist marks are made on the checklist itself. */
export type EventFormType = Exclude<CaseEventType, 'checklist-item'>;

/** One button of "what can be done now" and the form it opens. */
export interface MoveChoice {
  key: string;
  form: EventFormType;
  /** Decides whether the button is enabled, and why not. */
  option: MoveOption;
  /** A review's form offers the sign-off only when that move is allowed too. */
  signOff?: MoveOption;
}

export type ChoiceGroup = 'record' | 'level' | 'stage' | 'finish';

type Move = MoveOption['move'];

export function moveKey(move: Move): string {
  switch (move.kind) {
    case 'stage-change':
    case 'level-change':
      return `${move.kind}:${move.to}`;
    case 'safety-plan':
      return `${move.kind}:${move.action}`;
    case 'supervision-review':
      return `${move.kind}:${move.signedOff ? 'signed-off' : 'comment'}`;
    default:
      return move.kind;
  }
}

/**
 * The most used first: under stress the counselor should not have to look for them. Safety
 * plans are not here: saving the plan itself (the case's forms card) records that it was made
 * or updated.
 */
const recordOrder = [
  'risk-assessment',
  'follow-up',
  'guardians-notified',
  'guardians-not-notified',
  'class-teacher-informed',
  'referral',
  'referral-outcome',
  'leave-of-absence',
  'return-to-school',
  'supervision-review:comment',
];
const finishOrder = ['closure', 'correction'];

/**
 * The moves grouped as the case page offers them, with the moves to the level or stage the case
 * is at left out (the header shows where it is). Levels go from the most urgent down, stages in
 * the order of the five modules.
 */
export function moveChoices(
  moves: readonly MoveOption[],
  policy: CrisisPolicy,
  at: { level: string; stage: CaseStage },
): Record<ChoiceGroup, MoveChoice[]> {
  const byKey = new Map(moves.map((option) => [moveKey(option.move), option]));
  const choice = (key: string): MoveChoice[] => {
    const option = byKey.get(key);
    if (!option) return [];
    const form = option.move.kind as EventFormType;
    if (key === 'supervision-review:comment') {
      return [{ key, form, option, signOff: byKey.get('supervision-review:signed-off') }];
    }
    return [{ key, form, option }];
  };
  const levels = [...policy.levels].sort((first, second) => second.rank - first.rank);
  const stages = moves.flatMap((option) => (option.move.kind === 'stage-change' ? [option.move.to] : []));
  return {
    record: recordOrder.flatMap(choice),
    level: levels.filter((level) => level.id !== at.level).flatMap((level) => choice(`level-change:${level.id}`)),
    stage: stages.filter((stage) => stage !== at.stage).flatMap((stage) => choice(`stage-change:${stage}`)),
    finish: finishOrder.flatMap(choice),
  };
}

/** The checklist's marks are allowed or refused as one move. */
export function checklistMove(moves: readonly MoveOption[]): MoveOption | undefined {
  return moves.find((option) => option.move.kind === 'checklist-item');
}

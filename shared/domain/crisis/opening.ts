import type { CrisisPolicy } from '../../schemas/crisis-policy';
import type { CaseOpening, CaseSource, OpenCaseInput, OpeningStage } from '../../schemas/crisis';
import type { CounselorRef } from '../../schemas/sessions';
import { type CaseResult, refuse } from './case-state';
import { isTopLevel, levelById } from './policy-levels';

/** A flagged scale result still needs screening follow-up; anyone's report goes to assessment. */
export function defaultOpeningStage(source: CaseSource): OpeningStage {
  return source.kind === 'scale-result' ? 'screening' : 'assessment';
}

export function openingFromInput(
  input: OpenCaseInput,
  record: { id: string; recordedAt: string; recordedBy: CounselorRef },
): CaseOpening {
  return { ...input, stage: input.stage ?? defaultOpeningStage(input.source), ...record };
}

export function initialCaseState(opening: CaseOpening, policy: CrisisPolicy): CaseResult {
  if (!levelById(policy, opening.level)) return refuse('unknown-level');
  return {
    ok: true,
    state: {
      opening,
      log: [],
      stage: opening.stage,
      level: opening.level,
      levelSince: opening.occurredOn,
      guardianNotice: isTopLevel(policy, opening.level) ? 'pending' : 'not-required',
      noticesSinceLevel: [],
      leave: null,
      lastContactOn: null,
      studentContactDays: [],
      checklist: {},
      referrals: [],
      safetyPlanIds: [],
      currentReview: null,
      hasSignedOffReview: false,
      closure: null,
    },
  };
}

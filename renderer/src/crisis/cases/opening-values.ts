import { type CaseSource, OpenCaseInput, type OpeningStage } from '../../../../shared/schemas/crisis';
import type { CaseSourceKind } from '../../../../shared/schemas/crisis-records';

/** The opening form: one source kind's fields at a time, each kept while the counselor switches. */
export interface OpeningValues {
  sourceKind?: CaseSourceKind;
  source: Record<string, unknown>;
  level?: string;
  stage?: OpeningStage;
  occurredOn: string;
  occurredTime: string;
}

const sourceFields: Record<CaseSourceKind, string[]> = {
  'scale-result': ['resultId'],
  gatekeeper: ['reporterName', 'reporterRole', 'reportedOn', 'reportedTime', 'observed'],
  'self-referral': [],
  classmate: ['note'],
  parent: ['name', 'relation'],
  'class-check': ['reportId'],
  other: ['note'],
};

/** The form as it opens: the source given by where it was opened from, the day today. */
export function openingValues(source: CaseSource | null, today: string): OpeningValues {
  const given: Record<string, unknown> = source ? { ...source } : {};
  delete given.kind;
  if (given.reportedTime === null) given.reportedTime = '';
  return {
    sourceKind: source?.kind,
    // A gatekeeper is most often the class teacher (一级守门人), reporting the same day.
    source: { reporterRole: 'class-teacher', reportedOn: today, reportedTime: '', ...given },
    stage: source ? suggestedStage(source.kind) : undefined,
    occurredOn: today,
    occurredTime: '',
  };
}

/**
 * The opening stage a source kind suggests, as the backend's defaultOpeningStage: screening for
 * a scale result, assessment otherwise. The form shows it so the counselor can change it.
 */
export function suggestedStage(kind: CaseSourceKind): OpeningStage {
  return kind === 'scale-result' ? 'screening' : 'assessment';
}

/** The `crisis.open` input the values make, or null when they make none (the form says why). */
export function openingInput(studentId: string, values: OpeningValues): OpenCaseInput | null {
  const kind = values.sourceKind;
  if (!kind) return null;
  const source: Record<string, unknown> = { kind };
  for (const field of sourceFields[kind]) source[field] = values.source[field] ?? '';
  if (source.reportedTime === '') source.reportedTime = null;
  const parsed = OpenCaseInput.safeParse({
    studentId,
    source,
    level: values.level,
    stage: values.stage,
    occurredOn: values.occurredOn,
    occurredTime: values.occurredTime === '' ? null : values.occurredTime,
  });
  return parsed.success ? parsed.data : null;
}

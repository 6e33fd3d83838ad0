import { FinalNoteContent, type NoteContent } from '../../../shared/schemas/sessions';

/** What the screen names when a note cannot be signed yet, in the order of the paper form. */
export const missingReasons = [
  'date',
  'startTime',
  'endTime',
  'endBeforeStart',
  'kind',
  'mode',
  'referralRoute',
  'categories',
  'risk',
  'appointmentBeforeSession',
] as const;
export type MissingReason = (typeof missingReasons)[number];

/** The backend's own rule for signing, read as a list of things to fill in. */
export function missingForSigning(content: NoteContent): MissingReason[] {
  const result = FinalNoteContent.safeParse(content);
  if (result.success) return [];
  const found = new Set<MissingReason>();
  for (const issue of result.error.issues) {
    const field = issue.path[0];
    if (field === 'endTime' && content.endTime !== null && content.startTime !== null) found.add('endBeforeStart');
    else if (field === 'nextAppointment') found.add('appointmentBeforeSession');
    else if (typeof field === 'string' && (missingReasons as readonly string[]).includes(field)) {
      found.add(field as MissingReason);
    }
  }
  return missingReasons.filter((reason) => found.has(reason));
}

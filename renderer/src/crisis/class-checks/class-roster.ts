import type { StudentSummary } from '../../../../shared/schemas/students';
import { type Grade, maxRosterPage } from '../../../../shared/schemas/students';
import { api } from '../../api/api';
import type { ClientResult } from '../../api/client-result';

/** The students a class teacher can report on: the class's active files, and how many there are. */
export async function classRoster(
  grade: Grade,
  classNumber: number,
): Promise<ClientResult<{ students: StudentSummary[]; size: number }>> {
  const result = await api.call('students.list', { grade, classNumber, status: 'active', limit: maxRosterPage });
  if (!result.ok) return result;
  return { ok: true, value: { students: result.value.items, size: result.value.total } };
}

import type { Timeline, TimelineEntry, TimelineEntryKind } from '../../../shared/schemas/session-lookups';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findStudent } from '../students/student-repository';
import { localDate } from './calendar';
import { caseNumberOf } from './case-number';
import { studentNotes } from './lookup-repository';
import { parseContent } from './note-content';

/** Sort key of an entry: its day, then its time (entries without one last, as in the agenda), then creation. */
type Sortable = { entry: TimelineEntry; order: string };

function noteEntries(connection: Connection, studentId: string): Sortable[] {
  return studentNotes(connection, studentId).map((row) => {
    const content = parseContent(row.content);
    const date = content.date ?? localDate(Date.parse(row.createdAt));
    return {
      order: `${date} ${content.startTime ?? '~'} ${row.createdAt}`,
      entry: {
        kind: 'note',
        date,
        time: content.startTime,
        noteId: row.noteId,
        noteStatus: row.status,
        caseNumber: caseNumberOf(row),
        sessionNumber: row.sessionNumber,
        sessionKind: content.kind,
        mode: content.mode,
        risk: content.risk,
        categories: content.categories,
        amended: (row.version ?? 1) > 1,
      },
    };
  });
}

const sources: Record<TimelineEntryKind, (connection: Connection, studentId: string) => Sortable[]> = {
  note: noteEntries,
};

/** One student's history in one list, oldest first: notes now; scale results and crisis events join as kinds. */
export function studentTimeline(
  connection: Connection,
  input: { studentId: string; kinds?: TimelineEntryKind[] },
): Timeline {
  if (!findStudent(connection, input.studentId)) throw new BackendError('NOT_FOUND', 'No student file has this id.');
  const kinds = new Set(input.kinds ?? (Object.keys(sources) as TimelineEntryKind[]));
  const entries = [...kinds]
    .flatMap((kind) => sources[kind](connection, input.studentId))
    .sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : 0))
    .map((sortable) => sortable.entry);
  return { studentId: input.studentId, entries };
}

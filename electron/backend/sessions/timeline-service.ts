import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import type { Timeline, TimelineEntry, TimelineEntryKind } from '../../../shared/schemas/session-lookups';
import { crisisTimelineEntries } from '../crisis/timeline-entries';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { studentResults } from '../scales/result-repository';
import { requireStoredScale } from '../scales/stored-definitions';
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

/** A result has a day but no time: it follows that day's timed notes, in the order it was saved. */
function scaleResultEntries(connection: Connection, studentId: string): Sortable[] {
  return studentResults(connection, studentId, null).map((row) => {
    const { definition } = requireStoredScale(connection, row.scaleHash);
    const scoring = JSON.parse(row.scoring) as ScaleScoring;
    const first = scoring.scores[0];
    const bandId = first?.bandId ?? null;
    const band = definition.scores[0]?.bands.find((candidate) => candidate.id === bandId);
    return {
      order: `${row.administeredOn} ~ ${row.createdAt}`,
      entry: {
        kind: 'scale-result',
        date: row.administeredOn,
        resultId: row.id,
        scaleId: definition.id,
        title: definition.title,
        mode: row.mode,
        value: first?.value ?? null,
        bandId,
        bandLabel: band?.label ?? null,
        concern: scoring.concern,
        critical: scoring.critical.length > 0,
      },
    };
  });
}

const sources: Record<TimelineEntryKind, (connection: Connection, studentId: string) => Sortable[]> = {
  note: noteEntries,
  'scale-result': scaleResultEntries,
  'crisis-event': crisisTimelineEntries,
};

/** One student's history in one list, oldest first: notes, scale results and crisis events. */
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

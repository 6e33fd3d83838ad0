import type { Connection } from '../database/open-database';

export function findCaseSequence(connection: Connection, studentId: string, year: number): number | undefined {
  const row = connection
    .prepare('SELECT sequence FROM case_numbers WHERE student_id = ? AND year = ?')
    .get(studentId, year) as { sequence: number } | undefined;
  return row?.sequence;
}

/** The year's next number; the table is append-only, so a number once given is never given again. */
export function allocateCaseSequence(
  connection: Connection,
  allocation: { studentId: string; year: number; at: string; by: string },
): number {
  const row = connection
    .prepare('SELECT coalesce(max(sequence), 0) + 1 AS next FROM case_numbers WHERE year = ?')
    .get(allocation.year) as { next: number };
  connection
    .prepare(
      `INSERT INTO case_numbers (year, sequence, student_id, created_at, created_by)
       VALUES (@year, @sequence, @studentId, @at, @by)`,
    )
    .run({ ...allocation, sequence: row.next });
  return row.next;
}

import type { Grade } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';

export interface ScreeningRowData {
  id: string;
  title: string;
  scaleHash: string;
  administeredOn: string;
  importedAt: string;
  flagConcern: number;
  screened: number;
  flagged: number;
}

export interface ScreenedStudent {
  id: string;
  name: string;
  studentNumber: string;
  grade: Grade | null;
  classNumber: number | null;
}

export function insertScreening(
  connection: Connection,
  row: {
    id: string;
    title: string;
    scaleHash: string;
    fileSha256: string;
    flagConcern: number;
    administeredOn: string;
    screened: number;
    flagged: number;
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO screenings (id, title, scale_hash, file_sha256, flag_concern, administered_on, screened, flagged,
         created_at, created_by)
       VALUES (@id, @title, @scaleHash, @fileSha256, @flagConcern, @administeredOn, @screened, @flagged, @at, @by)`,
    )
    .run(row);
}

const screeningColumns = `id, title, scale_hash AS scaleHash, administered_on AS administeredOn,
  created_at AS importedAt, flag_concern AS flagConcern, screened, flagged`;

export function findScreening(connection: Connection, id: string): ScreeningRowData | undefined {
  return connection.prepare(`SELECT ${screeningColumns} FROM screenings WHERE id = ?`).get(id) as
    ScreeningRowData | undefined;
}

/** Newest import first. */
export function listScreeningRows(connection: Connection): ScreeningRowData[] {
  return connection
    .prepare(`SELECT ${screeningColumns} FROM screenings ORDER BY created_at DESC, id DESC`)
    .all() as ScreeningRowData[];
}

/** Whether this file (by the SHA-256 of its bytes) was committed for any version of the scale. */
export function fileAlreadyImported(connection: Connection, scaleId: string, fileSha256: string): boolean {
  return (
    connection
      .prepare(
        `SELECT 1 FROM screenings s JOIN scale_definitions d ON d.hash = s.scale_hash
         WHERE s.file_sha256 = ? AND d.scale_id = ?`,
      )
      .get(fileSha256, scaleId) !== undefined
  );
}

/** Every student file, whatever its status: an old screening file may name a graduate. */
export function studentsByNumber(connection: Connection): ScreenedStudent[] {
  return connection
    .prepare(`SELECT id, name, student_number AS studentNumber, grade, class_number AS classNumber FROM students`)
    .all() as ScreenedStudent[];
}

/** A screening's results with their students, in school order. */
export function screenedResults(
  connection: Connection,
  screeningId: string,
): (ScreenedStudent & { resultId: string; scoring: string })[] {
  return connection
    .prepare(
      `SELECT r.id AS resultId, r.scoring, s.id, s.name, s.student_number AS studentNumber, s.grade,
         s.class_number AS classNumber
       FROM scale_results r JOIN students s ON s.id = r.student_id
       WHERE r.screening_id = ?
       ORDER BY s.grade_rank, s.class_number, s.student_number`,
    )
    .all(screeningId) as (ScreenedStudent & { resultId: string; scoring: string })[];
}

import type { AdministrationMode } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';

export interface ResultRow {
  id: string;
  studentId: string;
  scaleHash: string;
  mode: AdministrationMode;
  language: 'zh-CN' | 'en';
  administeredOn: string;
  /** JSON text. */
  answers: string;
  /** JSON text. */
  scoring: string;
  remark: string;
  screeningId: string | null;
  createdAt: string;
  /** The counselor's display name. */
  createdBy: string;
}

export interface NewResultRow {
  id: string;
  studentId: string;
  scaleHash: string;
  mode: AdministrationMode;
  language: 'zh-CN' | 'en';
  administeredOn: string;
  answers: string;
  scoring: string;
  remark: string;
  screeningId: string | null;
  selfReportId: string | null;
  at: string;
  by: string;
}

export function insertResult(connection: Connection, row: NewResultRow): void {
  connection
    .prepare(
      `INSERT INTO scale_results (id, student_id, scale_hash, mode, language, administered_on, answers, scoring, remark,
         screening_id, self_report_id, created_at, created_by)
       VALUES (@id, @studentId, @scaleHash, @mode, @language, @administeredOn, @answers, @scoring, @remark,
         @screeningId, @selfReportId, @at, @by)`,
    )
    .run(row);
}

const resultColumns = `r.id, r.student_id AS studentId, r.scale_hash AS scaleHash, r.mode, r.language,
  r.administered_on AS administeredOn, r.answers, r.scoring, r.remark, r.screening_id AS screeningId,
  r.created_at AS createdAt, c.display_name AS createdBy`;

export function findResult(connection: Connection, id: string): ResultRow | undefined {
  return connection
    .prepare(`SELECT ${resultColumns} FROM scale_results r JOIN counselors c ON c.id = r.created_by WHERE r.id = ?`)
    .get(id) as ResultRow | undefined;
}

/** A student's results, oldest first; of one scale (any version) when `scaleId` is given. */
export function studentResults(connection: Connection, studentId: string, scaleId: string | null): ResultRow[] {
  return connection
    .prepare(
      `SELECT ${resultColumns}
       FROM scale_results r JOIN counselors c ON c.id = r.created_by JOIN scale_definitions d ON d.hash = r.scale_hash
       WHERE r.student_id = @studentId AND (@scaleId IS NULL OR d.scale_id = @scaleId)
       ORDER BY r.administered_on, r.created_at, r.rowid`,
    )
    .all({ studentId, scaleId }) as ResultRow[];
}

import type { Connection } from '../database/open-database';

export interface SelfReportRow {
  id: string;
  studentId: string;
  scaleHash: string;
  language: 'zh-CN' | 'en';
  consent: 'given' | 'declined';
  /** JSON text. */
  answers: string;
  finishedAt: string | null;
  resultId: string | null;
  createdAt: string;
}

export function insertSelfReport(
  connection: Connection,
  row: {
    id: string;
    studentId: string;
    scaleHash: string;
    language: 'zh-CN' | 'en';
    consent: 'given' | 'declined';
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO self_reports (id, student_id, scale_hash, language, consent, answers, created_at, created_by,
         updated_at, updated_by)
       VALUES (@id, @studentId, @scaleHash, @language, @consent, '{}', @at, @by, @at, @by)`,
    )
    .run(row);
}

export function findSelfReport(connection: Connection, id: string): SelfReportRow | undefined {
  return connection
    .prepare(
      `SELECT id, student_id AS studentId, scale_hash AS scaleHash, language, consent, answers,
         finished_at AS finishedAt, result_id AS resultId, created_at AS createdAt
       FROM self_reports WHERE id = ?`,
    )
    .get(id) as SelfReportRow | undefined;
}

export function updateSelfReportAnswers(
  connection: Connection,
  change: { id: string; answers: string; at: string; by: string },
): void {
  connection
    .prepare(
      `UPDATE self_reports SET answers = @answers, updated_at = @at, updated_by = @by
       WHERE id = @id AND finished_at IS NULL`,
    )
    .run(change);
}

export function markSelfReportFinished(
  connection: Connection,
  change: { id: string; resultId: string; at: string; by: string },
): void {
  connection
    .prepare(
      `UPDATE self_reports SET finished_at = @at, result_id = @resultId, updated_at = @at, updated_by = @by
       WHERE id = @id AND finished_at IS NULL`,
    )
    .run(change);
}

/** Questionnaires the student consented to and did not finish, newest first. */
export function unfinishedSelfReports(connection: Connection): (SelfReportRow & { studentName: string })[] {
  return connection
    .prepare(
      `SELECT r.id, r.student_id AS studentId, s.name AS studentName, r.scale_hash AS scaleHash, r.language, r.consent,
         r.answers, r.finished_at AS finishedAt, r.result_id AS resultId, r.created_at AS createdAt
       FROM self_reports r JOIN students s ON s.id = r.student_id
       WHERE r.finished_at IS NULL AND r.consent = 'given'
       ORDER BY r.created_at DESC, r.id DESC`,
    )
    .all() as (SelfReportRow & { studentName: string })[];
}

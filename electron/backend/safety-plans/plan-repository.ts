import type { Connection } from '../database/open-database';

export interface PlanVersionRow {
  planId: string;
  studentId: string;
  caseId: string | null;
  version: number;
  /** JSON text. */
  sections: string;
  planCreatedAt: string;
  createdAt: string;
  createdById: string;
  createdByName: string;
}

const versionColumns = `v.plan_id AS planId, p.student_id AS studentId, v.case_id AS caseId, v.version, v.sections,
  p.created_at AS planCreatedAt, v.created_at AS createdAt, v.created_by AS createdById,
  c.display_name AS createdByName`;
const versionJoins = `safety_plan_versions v JOIN safety_plans p ON p.id = v.plan_id JOIN counselors c ON c.id = v.created_by`;
const isLatest =
  'v.version = (SELECT max(latest.version) FROM safety_plan_versions latest WHERE latest.plan_id = v.plan_id)';

export function insertPlan(
  connection: Connection,
  plan: { id: string; studentId: string; at: string; by: string },
): void {
  connection
    .prepare('INSERT INTO safety_plans (id, student_id, created_at, created_by) VALUES (@id, @studentId, @at, @by)')
    .run(plan);
}

export function insertPlanVersion(
  connection: Connection,
  row: { planId: string; version: number; caseId: string | null; sections: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO safety_plan_versions (plan_id, version, case_id, sections, created_at, created_by)
       VALUES (@planId, @version, @caseId, @sections, @at, @by)`,
    )
    .run(row);
}

/** One version of a plan, or its latest when no version is given. */
export function findPlanVersion(connection: Connection, planId: string, version?: number): PlanVersionRow | undefined {
  const row =
    version === undefined
      ? connection
          .prepare(`SELECT ${versionColumns} FROM ${versionJoins} WHERE v.plan_id = ? AND ${isLatest}`)
          .get(planId)
      : connection
          .prepare(`SELECT ${versionColumns} FROM ${versionJoins} WHERE v.plan_id = ? AND v.version = ?`)
          .get(planId, version);
  return row as PlanVersionRow | undefined;
}

/** The latest version of each of the student's plans, the most recently saved first. */
export function studentPlans(connection: Connection, studentId: string): PlanVersionRow[] {
  return connection
    .prepare(
      `SELECT ${versionColumns} FROM ${versionJoins} WHERE p.student_id = ? AND ${isLatest}
       ORDER BY v.created_at DESC, v.plan_id DESC`,
    )
    .all(studentId) as PlanVersionRow[];
}

import {
  type SafetyPlan,
  SafetyPlanSections,
  type SafetyPlanSummary,
  type SaveSafetyPlanInput,
} from '../../../shared/schemas/safety-plans';
import { appendAuditEvent } from '../audit/audit-repository';
import { requireCase } from '../crisis/stored-cases';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { listHotlines } from '../hotlines/hotline-repository';
import { newId } from '../ids';
import { readSettings } from '../settings/settings-service';
import { findStudent } from '../students/student-repository';
import type { Act } from '../students/student-service';
import { newPlanSections } from './plan-draft';
import { findPlanVersion, insertPlan, insertPlanVersion, type PlanVersionRow, studentPlans } from './plan-repository';

function requireStudent(connection: Connection, studentId: string): void {
  if (!findStudent(connection, studentId)) throw new BackendError('NOT_FOUND', 'No student file has this id.');
}

/** A plan made in a crisis case belongs to that case's student. */
function requireCaseOf(connection: Connection, caseId: string | null, studentId: string): void {
  if (caseId === null) return;
  if (requireCase(connection, caseId).opening.studentId !== studentId) {
    throw new BackendError('NOT_FOUND', 'No crisis case of this student has this id.');
  }
}

function toSummary(row: PlanVersionRow): SafetyPlanSummary {
  return {
    id: row.planId,
    studentId: row.studentId,
    caseId: row.caseId,
    version: row.version,
    createdAt: row.planCreatedAt,
    updatedAt: row.createdAt,
    updatedBy: { id: row.createdById, displayName: row.createdByName },
  };
}

function toPlan(row: PlanVersionRow): SafetyPlan {
  return { ...toSummary(row), sections: SafetyPlanSections.parse(JSON.parse(row.sections)) };
}

function audit(connection: Connection, action: string, planId: string, act: Act): void {
  appendAuditEvent(connection, { actorId: act.by, action, entity: 'safety-plan', entityId: planId, at: act.at });
}

/** A new plan's sections, prefilled with the active hotlines in the counselor's language. */
export function draftPlan(connection: Connection, studentId: string, profileId: string): SafetyPlanSections {
  requireStudent(connection, studentId);
  const { language } = readSettings(connection, profileId);
  return newPlanSections(listHotlines(connection, true), language);
}

/**
 * Saves a new plan, or the next version of one when the version the counselor edited is still
 * the latest. Saving what is already stored adds no version.
 */
export function savePlan(connection: Connection, input: SaveSafetyPlanInput, act: Act): SafetyPlan {
  return connection.transaction(() => {
    requireStudent(connection, input.studentId);
    requireCaseOf(connection, input.caseId, input.studentId);
    const sections = JSON.stringify(input.sections);
    if (input.planId === null) {
      const planId = newId(Date.parse(act.at));
      insertPlan(connection, { id: planId, studentId: input.studentId, ...act });
      insertPlanVersion(connection, { planId, version: 1, caseId: input.caseId, sections, ...act });
      audit(connection, 'safety-plans.create', planId, act);
      return toPlan(findPlanVersion(connection, planId)!);
    }
    const latest = findPlanVersion(connection, input.planId);
    if (!latest || latest.studentId !== input.studentId) {
      throw new BackendError('NOT_FOUND', 'No safety plan of this student has this id.');
    }
    if (latest.version !== input.expectedVersion) {
      throw new BackendError('SAFETY_PLAN_CONFLICT', 'The plan was saved since this version.', {
        revision: latest.version,
      });
    }
    if (latest.sections === sections && latest.caseId === input.caseId) return toPlan(latest);
    const version = latest.version + 1;
    insertPlanVersion(connection, { planId: input.planId, version, caseId: input.caseId, sections, ...act });
    audit(connection, 'safety-plans.update', input.planId, act);
    return toPlan(findPlanVersion(connection, input.planId, version)!);
  })();
}

/** One version of a plan (its latest when none is given); opening it is audited. */
export function openPlan(connection: Connection, ref: { planId: string; version?: number }, act: Act): SafetyPlan {
  const row = findPlanVersion(connection, ref.planId, ref.version);
  if (!row) throw new BackendError('NOT_FOUND', 'No safety plan has this id and version.');
  audit(connection, 'safety-plans.open', ref.planId, act);
  return toPlan(row);
}

export function plansForStudent(connection: Connection, studentId: string): SafetyPlanSummary[] {
  requireStudent(connection, studentId);
  return studentPlans(connection, studentId).map(toSummary);
}

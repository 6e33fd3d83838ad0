import { gradeAfterPromotion, schoolYearStart } from '../../../shared/domain/grade-promotion';
import { gradeCodes, type PromotionResult } from '../../../shared/schemas/students';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { readSettingValues, writeSettingValue } from '../settings/settings-repository';
import { graduateActiveGrade, moveActiveGrade } from './student-repository';
import type { Act } from './student-service';

/** The last school year the roster moved up to, kept with the school's settings. */
const lastPromotedSchoolYearKey = 'roster.lastPromotedSchoolYear';

/**
 * Moves every active student up one grade for the new school year, in one transaction:
 * students in a leaving grade graduate. Each school year is promoted once; a second run for
 * the same (or an earlier) year is refused, and so is a school year that has not begun.
 */
export function promoteSchoolYear(connection: Connection, schoolYear: string, act: Act): PromotionResult {
  if (schoolYearStart(schoolYear) > new Date(act.at).getUTCFullYear()) {
    throw new BackendError('VALIDATION_FAILED', 'Invalid fields: schoolYear (it has not begun).');
  }
  return connection.transaction(() => {
    const last = readSettingValues(connection).get(lastPromotedSchoolYearKey);
    if (typeof last === 'string' && schoolYearStart(last) >= schoolYearStart(schoolYear)) {
      throw new BackendError('SCHOOL_YEAR_ALREADY_PROMOTED', 'The roster was already promoted for this school year.');
    }
    let promoted = 0;
    let graduated = 0;
    // From the top grade down, so no student moves twice.
    for (const grade of [...gradeCodes].reverse()) {
      const next = gradeAfterPromotion[grade];
      if (next === 'graduated') graduated += graduateActiveGrade(connection, { grade, ...act });
      else promoted += moveActiveGrade(connection, { from: grade, to: next, ...act });
    }
    writeSettingValue(connection, { key: lastPromotedSchoolYearKey, value: schoolYear, ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'students.promoteSchoolYear',
      entity: 'roster',
      entityId: schoolYear,
      at: act.at,
    });
    return { schoolYear, promoted, graduated };
  })();
}

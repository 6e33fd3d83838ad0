import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import type { Act } from '../students/student-service';

/** What was done to which case, by whom and when: never what the case says. */
export function auditCase(connection: Connection, action: string, caseId: string | null, act: Act): void {
  appendAuditEvent(connection, {
    actorId: act.by,
    action,
    entity: caseId === null ? 'crisis-ledger' : 'crisis-case',
    entityId: caseId,
    at: act.at,
  });
}

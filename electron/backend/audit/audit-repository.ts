import type { Connection } from '../database/open-database';
import { newId } from '../ids';

/** What happened, to what: never the content itself. */
export interface AuditEntry {
  actorId: string;
  action: string;
  entity: string;
  entityId: string | null;
  at: string;
}

export function appendAuditEvent(connection: Connection, entry: AuditEntry): void {
  connection
    .prepare(
      `INSERT INTO audit_events (id, at, actor_id, action, entity, entity_id)
       VALUES (@id, @at, @actorId, @action, @entity, @entityId)`,
    )
    .run({ id: newId(Date.parse(entry.at)), ...entry });
}

import type { Hotline, HotlineEntry } from '../../../shared/schemas/hotlines';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import type { Act } from '../students/student-service';
import { deleteHotline, insertHotline, listHotlines, updateHotline } from './hotline-repository';

/** The fields a counselor edits, in a fixed order, so a line compares as text. */
function editable(line: Omit<Hotline, 'id' | 'sortOrder'>) {
  const { nameZh, nameEn, number, hoursZh, hoursEn, noteZh, noteEn, active } = line;
  return JSON.stringify([nameZh, nameEn, number, hoursZh, hoursEn, noteZh, noteEn, active]);
}

/**
 * Replaces the list with the one given, in its order: new lines are added, changed ones
 * rewritten, lines left out removed. Plans keep their own copy of a number, so removing a line
 * changes no plan. One audit event when anything changed.
 */
export function saveHotlines(connection: Connection, entries: readonly HotlineEntry[], act: Act): Hotline[] {
  return connection.transaction(() => {
    const current = new Map(listHotlines(connection, false).map((line) => [line.id, line]));
    let changed = false;
    entries.forEach((entry, index) => {
      const sortOrder = (index + 1) * 10;
      if (entry.id === null) {
        insertHotline(connection, { ...entry, id: newId(Date.parse(act.at)), sortOrder, ...act });
        changed = true;
        return;
      }
      const stored = current.get(entry.id);
      if (!stored) throw new BackendError('NOT_FOUND', 'No hotline has this id.');
      current.delete(entry.id);
      if (stored.sortOrder === sortOrder && editable(stored) === editable(entry)) return;
      updateHotline(connection, { ...entry, id: entry.id, sortOrder, ...act });
      changed = true;
    });
    for (const removed of current.keys()) {
      deleteHotline(connection, removed);
      changed = true;
    }
    if (changed) {
      appendAuditEvent(connection, {
        actorId: act.by,
        action: 'hotlines.save',
        entity: 'hotlines',
        entityId: null,
        at: act.at,
      });
    }
    return listHotlines(connection, false);
  })();
}

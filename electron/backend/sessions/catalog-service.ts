import { randomBytes } from 'node:crypto';
import type { ConcernCategory, NoteTemplate, TemplateSection } from '../../../shared/schemas/session-catalog';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import type { Act } from '../students/student-service';
import {
  findLabelled,
  findTemplate,
  insertLabelled,
  insertTemplateVersion,
  type LabelTable,
  updateLabelledRow,
} from './catalog-repository';

/**
 * The school's own categories, student flags and templates. A code made here is random, not derived from the
 * label, so renaming never touches the notes that use it.
 */
function newCatalogCode(): string {
  return `custom-${randomBytes(4).toString('hex')}`;
}

/** Changes only what is given; a change to nothing writes nothing. */
function merged<T extends object>(current: T, changes: Partial<T>): T | null {
  const given = Object.entries(changes).filter(([, value]) => value !== undefined);
  const next = { ...current, ...Object.fromEntries(given) } as T;
  return JSON.stringify(next) === JSON.stringify(current) ? null : next;
}

/** The labelled lists a school edits the same way: what each is called in the audit trail. */
const labelLists = {
  categories: {
    table: 'concern_categories',
    action: 'categories',
    entity: 'concern-category',
    noun: 'concern category',
  },
  flags: { table: 'student_flags', action: 'student-flags', entity: 'student-flag', noun: 'student flag' },
} as const satisfies Record<string, { table: LabelTable; action: string; entity: string; noun: string }>;
export type LabelList = keyof typeof labelLists;

/** Adds a concern category or a student flag, with a new code, after the others. */
export function addLabelled(
  connection: Connection,
  list: LabelList,
  entry: { labelZh: string; labelEn: string },
  act: Act,
): ConcernCategory {
  const { table, action, entity } = labelLists[list];
  return connection.transaction(() => {
    const code = newCatalogCode();
    insertLabelled(connection, table, { code, ...entry, ...act });
    appendAuditEvent(connection, { actorId: act.by, action: `${action}.add`, entity, entityId: code, at: act.at });
    return findLabelled(connection, table, code)!;
  })();
}

/** Renames, reorders, retires or brings back a concern category or a student flag. */
export function updateLabelled(
  connection: Connection,
  list: LabelList,
  update: { code: string } & Partial<Omit<ConcernCategory, 'code'>>,
  act: Act,
): ConcernCategory {
  const { table, action, entity, noun } = labelLists[list];
  return connection.transaction(() => {
    const { code, ...changes } = update;
    const current = findLabelled(connection, table, code);
    if (!current) throw new BackendError('NOT_FOUND', `No ${noun} has this code.`);
    const next = merged(current, changes);
    if (!next) return current;
    updateLabelledRow(connection, table, { ...next, ...act });
    appendAuditEvent(connection, { actorId: act.by, action: `${action}.update`, entity, entityId: code, at: act.at });
    return findLabelled(connection, table, code)!;
  })();
}

export function addTemplate(
  connection: Connection,
  template: { labelZh: string; labelEn: string; sections: TemplateSection[] },
  act: Act,
): NoteTemplate {
  return connection.transaction(() => {
    const key = newCatalogCode();
    insertTemplateVersion(connection, { key, version: 1, ...template, active: true, sortOrder: null, ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'templates.add',
      entity: 'note-template',
      entityId: key,
      at: act.at,
    });
    return findTemplate(connection, key)!;
  })();
}

/** Adds the template's next version; the notes written in earlier versions keep theirs. */
export function updateTemplate(
  connection: Connection,
  update: { key: string } & Partial<Pick<NoteTemplate, 'labelZh' | 'labelEn' | 'sections' | 'active' | 'sortOrder'>>,
  act: Act,
): NoteTemplate {
  return connection.transaction(() => {
    const { key, ...changes } = update;
    const current = findTemplate(connection, key);
    if (!current) throw new BackendError('NOT_FOUND', 'No note template has this key.');
    const editable = ({ labelZh, labelEn, sections, active, sortOrder }: NoteTemplate) => ({
      labelZh,
      labelEn,
      sections,
      active,
      sortOrder,
    });
    const next = merged(editable(current), changes);
    if (!next) return current;
    insertTemplateVersion(connection, { key, version: current.version + 1, ...next, ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'templates.update',
      entity: 'note-template',
      entityId: key,
      at: act.at,
    });
    return findTemplate(connection, key)!;
  })();
}

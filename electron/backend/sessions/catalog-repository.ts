import type { ConcernCategory, NoteTemplate, TemplateSection } from '../../../shared/schemas/session-catalog';
import type { Connection } from '../database/open-database';

/** The tables of school-editable labelled lists: concern categories and student flags. */
export type LabelTable = 'concern_categories' | 'student_flags';

interface CategoryRow {
  code: string;
  label_zh: string;
  label_en: string;
  active: number;
  sort_order: number;
}

function toCategory(row: CategoryRow): ConcernCategory {
  return {
    code: row.code,
    labelZh: row.label_zh,
    labelEn: row.label_en,
    active: row.active === 1,
    sortOrder: row.sort_order,
  };
}

const categoryColumns = 'code, label_zh, label_en, active, sort_order';

/** A labelled list in the school's order: concern categories or student flags. */
export function listLabelled(connection: Connection, table: LabelTable, includeRetired: boolean): ConcernCategory[] {
  const rows = connection
    .prepare(
      `SELECT ${categoryColumns} FROM ${table} ${includeRetired ? '' : 'WHERE active = 1'}
       ORDER BY sort_order, code`,
    )
    .all() as CategoryRow[];
  return rows.map(toCategory);
}

export function findLabelled(connection: Connection, table: LabelTable, code: string): ConcernCategory | undefined {
  const row = connection.prepare(`SELECT ${categoryColumns} FROM ${table} WHERE code = ?`).get(code) as
    CategoryRow | undefined;
  return row && toCategory(row);
}

/** The codes of the list that are categories, retired ones included. */
export function knownCategoryCodes(connection: Connection, codes: string[]): Set<string> {
  const rows = connection
    .prepare('SELECT code FROM concern_categories WHERE code IN (SELECT value FROM json_each(?))')
    .all(JSON.stringify(codes)) as { code: string }[];
  return new Set(rows.map((row) => row.code));
}

/** A place after every entry of the list there is, leaving room to slot others between. */
function sortOrderAfterLast(connection: Connection, table: LabelTable | 'note_templates'): number {
  const row = connection.prepare(`SELECT coalesce(max(sort_order), 0) + 10 AS next FROM ${table}`).get() as {
    next: number;
  };
  return row.next;
}

export function insertLabelled(
  connection: Connection,
  table: LabelTable,
  entry: { code: string; labelZh: string; labelEn: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO ${table} (code, label_zh, label_en, active, sort_order, created_at, created_by,
         updated_at, updated_by)
       VALUES (@code, @labelZh, @labelEn, 1, @sortOrder, @at, @by, @at, @by)`,
    )
    .run({ ...entry, sortOrder: sortOrderAfterLast(connection, table) });
}

export function updateLabelledRow(
  connection: Connection,
  table: LabelTable,
  entry: ConcernCategory & { at: string; by: string },
): void {
  connection
    .prepare(
      `UPDATE ${table} SET label_zh = @labelZh, label_en = @labelEn, active = @active,
         sort_order = @sortOrder, updated_at = @at, updated_by = @by
       WHERE code = @code`,
    )
    .run({ ...entry, active: entry.active ? 1 : 0 });
}

interface TemplateRow {
  key: string;
  version: number;
  label_zh: string;
  label_en: string;
  sections: string;
  active: number;
  sort_order: number;
  created_at: string;
  created_by: string | null;
}

function toTemplate(row: TemplateRow): NoteTemplate {
  return {
    key: row.key,
    version: row.version,
    labelZh: row.label_zh,
    labelEn: row.label_en,
    sections: JSON.parse(row.sections) as TemplateSection[],
    active: row.active === 1,
    sortOrder: row.sort_order,
    createdAt: row.created_at,
    createdBy: row.created_by,
  };
}

const latestVersion = 'version = (SELECT max(latest.version) FROM note_templates latest WHERE latest.key = t.key)';

/** The newest version of each template, in the school's order. */
export function listTemplates(connection: Connection, includeRetired: boolean): NoteTemplate[] {
  const rows = connection
    .prepare(
      `SELECT t.* FROM note_templates t WHERE ${latestVersion} ${includeRetired ? '' : 'AND t.active = 1'}
       ORDER BY t.sort_order, t.key`,
    )
    .all() as TemplateRow[];
  return rows.map(toTemplate);
}

/** One version of a template, or its newest when no version is given. */
export function findTemplate(connection: Connection, key: string, version?: number): NoteTemplate | undefined {
  const row = (
    version === undefined
      ? connection.prepare(`SELECT t.* FROM note_templates t WHERE t.key = ? AND ${latestVersion}`).get(key)
      : connection.prepare('SELECT * FROM note_templates WHERE key = ? AND version = ?').get(key, version)
  ) as TemplateRow | undefined;
  return row && toTemplate(row);
}

export function insertTemplateVersion(
  connection: Connection,
  template: Omit<NoteTemplate, 'sortOrder' | 'createdAt' | 'createdBy'> & {
    sortOrder: number | null;
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO note_templates (key, version, label_zh, label_en, sections, active, sort_order, created_at,
         created_by)
       VALUES (@key, @version, @labelZh, @labelEn, @sections, @active, @sortOrder, @at, @by)`,
    )
    .run({
      ...template,
      sections: JSON.stringify(template.sections),
      active: template.active ? 1 : 0,
      sortOrder: template.sortOrder ?? sortOrderAfterLast(connection, 'note_templates'),
    });
}

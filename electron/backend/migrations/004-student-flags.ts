import type { Migration } from '../database/migration';

/**
 * The special flags of a student file (留守, 单亲, 家庭困难 …) become a list the school edits,
 * as concern categories are. Student rows keep storing flag codes in their JSON array; a flag
 * is retired, never deleted, so the files that have it still name it.
 *
 * The seeds are written out here, not imported: a released migration must never change.
 */

interface SeedFlag {
  code: string;
  zh: string;
  en: string;
}

const flags: SeedFlag[] = [
  { code: 'left-behind', zh: '留守儿童', en: 'Left-behind child' },
  { code: 'migrant', zh: '流动儿童', en: 'Migrant child' },
  { code: 'single-parent', zh: '单亲', en: 'Single-parent family' },
  { code: 'orphan', zh: '孤儿', en: 'Orphan' },
  { code: 'hardship', zh: '家庭困难', en: 'Financial hardship' },
  { code: 'learning-difficulty', zh: '学习困难', en: 'Learning difficulty' },
  { code: 'transfer', zh: '转学生', en: 'Transfer student' },
  { code: 'repeating', zh: '复读生', en: 'Repeating the year' },
];

const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const flagSeeds = flags
  .map(
    (flag, index) => `(${text(flag.code)}, ${text(flag.zh)}, ${text(flag.en)}, 1, ${(index + 1) * 10}, ${now}, ${now})`,
  )
  .join(',\n      ');

export const migration004: Migration = {
  version: 4,
  description: 'student flags: the school-editable list of special circumstances',
  sql: `
    CREATE TABLE student_flags (
      code TEXT PRIMARY KEY CHECK (code GLOB '[a-z]*' AND length(code) <= 40),
      label_zh TEXT NOT NULL CHECK (length(label_zh) BETWEEN 1 AND 50),
      label_en TEXT NOT NULL CHECK (length(label_en) BETWEEN 1 AND 80),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      -- Null: shipped with the app.
      created_by TEXT REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT REFERENCES counselors(id)
    ) STRICT;
    INSERT INTO student_flags (code, label_zh, label_en, active, sort_order, created_at, updated_at) VALUES
      ${flagSeeds};
  `,
};

import type { Migration } from '../database/migration';

/**
 * Session notes. A note is a draft until it is finalised; from then on its row never changes
 * and its text lives in `note_versions`, append-only: version 1 is the signed text, each
 * amendment adds the next. `note_drafts` holds the one mutable copy: an unfinished note, or an
 * amendment being written. Case numbers are allocated per student and calendar year, once.
 * Categories and templates ship here as data a school edits; a template is versioned so a note
 * keeps the labels it was signed with. `note_search` is a contentless FTS5 index of tokens the
 * backend computes (CJK bigrams, lowercase words), keyed by the note's stable integer `key`;
 * `note_calendar` keeps each note's day and planned appointment beside it.
 *
 * The seeds are written out here, not imported: a released migration must never change.
 */

interface SeedCategory {
  code: string;
  zh: string;
  en: string;
}

const categories: SeedCategory[] = [
  { code: 'study', zh: '学习问题', en: 'Study' },
  { code: 'emotions', zh: '情绪问题', en: 'Emotions' },
  { code: 'relationships', zh: '人际关系', en: 'Relationships' },
  { code: 'family', zh: '亲子/家庭', en: 'Family' },
  { code: 'puberty', zh: '青春期/异性交往', en: 'Puberty and romance' },
  { code: 'internet', zh: '网络/手机使用', en: 'Internet and phone use' },
  { code: 'self-awareness', zh: '自我意识', en: 'Self-awareness' },
  { code: 'adjustment', zh: '适应问题', en: 'Adjustment' },
  { code: 'career', zh: '生涯规划', en: 'Career' },
  { code: 'behaviour', zh: '行为问题', en: 'Behaviour' },
  { code: 'self-harm', zh: '自伤/自杀风险', en: 'Self-harm or suicide risk' },
  { code: 'other', zh: '其他', en: 'Other' },
];

interface SeedTemplate {
  key: string;
  zh: string;
  en: string;
  sections: { key: string; labelZh: string; labelEn: string }[];
}

const templates: SeedTemplate[] = [
  {
    key: 'school-form',
    zh: '个体心理辅导记录表',
    en: 'School session record',
    sections: [
      { key: 'presenting-problem', labelZh: '主诉', labelEn: 'Presenting problem' },
      { key: 'background', labelZh: '背景', labelEn: 'Background' },
      { key: 'observation', labelZh: '观察', labelEn: 'Observation' },
      { key: 'process', labelZh: '过程与技术', labelEn: 'Process and techniques' },
      { key: 'assessment', labelZh: '评估', labelEn: 'Assessment' },
      { key: 'outcome', labelZh: '结果与反馈', labelEn: 'Outcome and feedback' },
    ],
  },
  {
    key: 'dap',
    zh: 'DAP 记录',
    en: 'DAP note',
    sections: [
      { key: 'data', labelZh: '资料（D）', labelEn: 'Data' },
      { key: 'assessment', labelZh: '评估（A）', labelEn: 'Assessment' },
      { key: 'plan', labelZh: '计划（P）', labelEn: 'Plan' },
    ],
  },
  {
    key: 'soap',
    zh: 'SOAP 记录',
    en: 'SOAP note',
    sections: [
      { key: 'subjective', labelZh: '主观资料（S）', labelEn: 'Subjective' },
      { key: 'objective', labelZh: '客观资料（O）', labelEn: 'Objective' },
      { key: 'assessment', labelZh: '评估（A）', labelEn: 'Assessment' },
      { key: 'plan', labelZh: '计划（P）', labelEn: 'Plan' },
    ],
  },
  {
    key: 'free',
    zh: '自由记录',
    en: 'Free text',
    sections: [{ key: 'text', labelZh: '记录', labelEn: 'Note' }],
  },
];

const text = (value: string) => `'${value.replace(/'/g, "''")}'`;
const now = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

const categorySeeds = categories
  .map(
    (category, index) =>
      `(${text(category.code)}, ${text(category.zh)}, ${text(category.en)}, 1, ${(index + 1) * 10}, ${now}, ${now})`,
  )
  .join(',\n      ');

const templateSeeds = templates
  .map(
    (template, index) =>
      `(${text(template.key)}, 1, ${text(template.zh)}, ${text(template.en)}, ${text(JSON.stringify(template.sections))},
        1, ${(index + 1) * 10}, ${now})`,
  )
  .join(',\n      ');

const appendOnly = (table: string, what: string) => `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;`;

export const migration003: Migration = {
  version: 3,
  description: 'session notes: drafts, signed versions, case numbers, categories, templates, search',
  sql: `
    CREATE TABLE concern_categories (
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
    INSERT INTO concern_categories (code, label_zh, label_en, active, sort_order, created_at, updated_at) VALUES
      ${categorySeeds};

    CREATE TABLE note_templates (
      key TEXT NOT NULL CHECK (key GLOB '[a-z]*' AND length(key) <= 40),
      version INTEGER NOT NULL CHECK (version >= 1),
      label_zh TEXT NOT NULL CHECK (length(label_zh) BETWEEN 1 AND 50),
      label_en TEXT NOT NULL CHECK (length(label_en) BETWEEN 1 AND 80),
      sections TEXT NOT NULL CHECK (json_valid(sections) AND json_type(sections) = 'array'
        AND json_array_length(sections) BETWEEN 1 AND 20),
      active INTEGER NOT NULL CHECK (active IN (0, 1)),
      sort_order INTEGER NOT NULL,
      created_at TEXT NOT NULL,
      -- Null: shipped with the app.
      created_by TEXT REFERENCES counselors(id),
      PRIMARY KEY (key, version)
    ) STRICT;
    ${appendOnly('note_templates', 'template versions')}
    INSERT INTO note_templates (key, version, label_zh, label_en, sections, active, sort_order, created_at) VALUES
      ${templateSeeds};

    -- 2026-001: one number per student and calendar year, given when their first note of that
    -- year is finalised, and never given again.
    CREATE TABLE case_numbers (
      year INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
      sequence INTEGER NOT NULL CHECK (sequence >= 1),
      student_id TEXT NOT NULL REFERENCES students(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      PRIMARY KEY (year, sequence),
      UNIQUE (student_id, year)
    ) STRICT;
    ${appendOnly('case_numbers', 'case numbers')}

    CREATE TABLE session_notes (
      -- Stable across VACUUM, unlike an implicit rowid: the search index is keyed by it.
      key INTEGER PRIMARY KEY,
      id TEXT NOT NULL UNIQUE,
      student_id TEXT NOT NULL REFERENCES students(id),
      status TEXT NOT NULL CHECK (status IN ('draft', 'final')),
      case_year INTEGER,
      case_sequence INTEGER,
      session_number INTEGER CHECK (session_number >= 1),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES counselors(id),
      FOREIGN KEY (case_year, case_sequence) REFERENCES case_numbers(year, sequence),
      CHECK ((status = 'final') = (case_year IS NOT NULL AND case_sequence IS NOT NULL AND session_number IS NOT NULL)),
      CHECK ((case_year IS NULL) = (case_sequence IS NULL))
    ) STRICT;
    CREATE INDEX session_notes_student ON session_notes(student_id);
    CREATE UNIQUE INDEX session_notes_session_number ON session_notes(student_id, session_number)
      WHERE session_number IS NOT NULL;

    CREATE TRIGGER session_notes_final_no_update BEFORE UPDATE ON session_notes WHEN OLD.status = 'final'
    BEGIN SELECT RAISE(ABORT, 'a finalised note is immutable: amend it'); END;
    CREATE TRIGGER session_notes_final_no_delete BEFORE DELETE ON session_notes WHEN OLD.status = 'final'
    BEGIN SELECT RAISE(ABORT, 'a finalised note is immutable: amend it'); END;

    CREATE TABLE note_drafts (
      note_id TEXT PRIMARY KEY REFERENCES session_notes(id),
      revision INTEGER NOT NULL CHECK (revision >= 1),
      content TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES counselors(id)
    ) STRICT;

    CREATE TABLE note_versions (
      note_id TEXT NOT NULL REFERENCES session_notes(id),
      version INTEGER NOT NULL CHECK (version >= 1),
      content TEXT NOT NULL CHECK (json_valid(content) AND json_type(content) = 'object'),
      -- Why it was amended; none for version 1, the text as finalised.
      reason TEXT CHECK (length(reason) BETWEEN 1 AND 500),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      PRIMARY KEY (note_id, version),
      CHECK ((version = 1) = (reason IS NULL))
    ) STRICT;
    ${appendOnly('note_versions', 'note versions')}
    CREATE TRIGGER note_versions_in_order BEFORE INSERT ON note_versions
    WHEN (SELECT status FROM session_notes WHERE id = NEW.note_id) IS NOT 'final'
      OR NEW.version <> (SELECT count(*) + 1 FROM note_versions WHERE note_id = NEW.note_id)
    BEGIN SELECT RAISE(ABORT, 'versions belong to a finalised note and follow each other'); END;

    -- Each note as it stands: the draft of an unfinished note, the newest version of a finalised
    -- one (a pending amendment draft is not yet the note). Not a UNION, so SQLite flattens it
    -- into each query and reaches the content by primary key.
    CREATE VIEW current_notes AS
      SELECT n.key, n.id, n.student_id, n.status, n.case_year, n.case_sequence, n.session_number,
        n.created_at,
        CASE n.status
          WHEN 'draft' THEN (SELECT d.content FROM note_drafts d WHERE d.note_id = n.id)
          ELSE (SELECT v.content FROM note_versions v WHERE v.note_id = n.id ORDER BY v.version DESC LIMIT 1)
        END AS content,
        (SELECT max(v.version) FROM note_versions v WHERE v.note_id = n.id) AS version
      FROM session_notes n;

    -- What finds and orders notes, kept by the backend in the transaction that changes a note's
    -- current text: the search tokens, and the note's day and planned appointment, so search,
    -- agenda and timeline never parse every note. Derived data: rebuilt from current_notes.
    CREATE VIRTUAL TABLE note_search USING fts5(tokens, tokenize = 'ascii', content = '', contentless_delete = 1);
    CREATE TABLE note_calendar (
      note_key INTEGER PRIMARY KEY REFERENCES session_notes(key),
      student_id TEXT NOT NULL REFERENCES students(id),
      -- The session day, or for a draft without one the day it was started.
      day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      start_time TEXT,
      appointment_date TEXT,
      appointment_time TEXT
    ) STRICT;
    CREATE INDEX note_calendar_student_day ON note_calendar(student_id, day);
  `,
};

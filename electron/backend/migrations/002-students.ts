import type { Migration } from '../database/migration';

/**
 * Student case files. Never deleted: `status` takes a file off the active roster. The pinyin
 * columns are search keys computed when the name is written, so `zs` and `zhangsan` find 张三
 * without converting every name at each search. `grade_rank` gives school order (P1…S3) to
 * the roster index. Guardians and flags are JSON arrays read and written with the file.
 */
export const migration002: Migration = {
  version: 2,
  description: 'student case files',
  sql: `
    CREATE TABLE students (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
      name_pinyin TEXT NOT NULL,
      name_initials TEXT NOT NULL,
      student_number TEXT NOT NULL CHECK (length(student_number) BETWEEN 1 AND 32),
      gender TEXT CHECK (gender IN ('female', 'male')),
      date_of_birth TEXT CHECK (date_of_birth GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
      grade TEXT NOT NULL
        CHECK (grade IN ('P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3')),
      grade_rank INTEGER GENERATED ALWAYS AS (
        CASE substr(grade, 1, 1) WHEN 'P' THEN 0 WHEN 'J' THEN 6 ELSE 9 END + CAST(substr(grade, 2) AS INTEGER)
      ) VIRTUAL,
      class_number INTEGER CHECK (class_number BETWEEN 1 AND 99),
      enrolment_year INTEGER CHECK (enrolment_year BETWEEN 1990 AND 2100),
      guardians TEXT NOT NULL CHECK (json_valid(guardians) AND json_type(guardians) = 'array'),
      class_teacher TEXT NOT NULL CHECK (length(class_teacher) <= 50),
      family_structure TEXT CHECK (family_structure IN
        ('nuclear', 'single-parent', 'blended', 'grandparent-raised', 'left-behind', 'other')),
      flags TEXT NOT NULL CHECK (json_valid(flags) AND json_type(flags) = 'array'),
      remarks TEXT NOT NULL CHECK (length(remarks) <= 2000),
      status TEXT NOT NULL CHECK (status IN ('active', 'archived', 'graduated')),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES counselors(id)
    ) STRICT;

    -- One school per database: a student number appears once, whatever its letter case.
    CREATE UNIQUE INDEX students_student_number ON students(student_number COLLATE NOCASE);
    -- The roster: filtered by status, grade and class, in school order.
    CREATE INDEX students_roster ON students(status, grade_rank, class_number, student_number);
  `,
};

import type { Grade, Student, StudentFields, StudentStatus, StudentSummary } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';
import { latestNoteCalendarSql } from '../sessions/lookup-repository';
import type { NameSearchKeys } from './search-keys';

interface StudentRow {
  id: string;
  name: string;
  student_number: string;
  gender: Student['gender'];
  date_of_birth: string | null;
  grade: Grade;
  class_number: number | null;
  enrolment_year: number | null;
  guardians: string;
  class_teacher: string;
  family_structure: Student['familyStructure'];
  flags: string;
  remarks: string;
  status: StudentStatus;
  created_at: string;
  updated_at: string;
}

const studentColumns = `id, name, student_number, gender, date_of_birth, grade, class_number, enrolment_year,
  guardians, class_teacher, family_structure, flags, remarks, status, created_at, updated_at`;

function toStudent(row: StudentRow): Student {
  return {
    id: row.id,
    name: row.name,
    studentNumber: row.student_number,
    gender: row.gender,
    dateOfBirth: row.date_of_birth,
    grade: row.grade,
    classNumber: row.class_number,
    enrolmentYear: row.enrolment_year,
    guardians: JSON.parse(row.guardians) as Student['guardians'],
    classTeacher: row.class_teacher,
    familyStructure: row.family_structure,
    flags: JSON.parse(row.flags) as Student['flags'],
    remarks: row.remarks,
    status: row.status,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fieldParameters(fields: StudentFields, keys: NameSearchKeys) {
  return {
    name: fields.name,
    namePinyin: keys.pinyin,
    nameInitials: keys.initials,
    studentNumber: fields.studentNumber,
    gender: fields.gender,
    dateOfBirth: fields.dateOfBirth,
    grade: fields.grade,
    classNumber: fields.classNumber,
    enrolmentYear: fields.enrolmentYear,
    guardians: JSON.stringify(fields.guardians),
    classTeacher: fields.classTeacher,
    familyStructure: fields.familyStructure,
    flags: JSON.stringify(fields.flags),
    remarks: fields.remarks,
  };
}

export function insertStudent(
  connection: Connection,
  student: { id: string; fields: StudentFields; keys: NameSearchKeys; status: StudentStatus; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO students (id, name, name_pinyin, name_initials, student_number, gender, date_of_birth, grade,
         class_number, enrolment_year, guardians, class_teacher, family_structure, flags, remarks, status,
         created_at, created_by, updated_at, updated_by)
       VALUES (@id, @name, @namePinyin, @nameInitials, @studentNumber, @gender, @dateOfBirth, @grade,
         @classNumber, @enrolmentYear, @guardians, @classTeacher, @familyStructure, @flags, @remarks, @status,
         @at, @by, @at, @by)`,
    )
    .run({
      id: student.id,
      status: student.status,
      at: student.at,
      by: student.by,
      ...fieldParameters(student.fields, student.keys),
    });
}

export function updateStudentFields(
  connection: Connection,
  change: { id: string; fields: StudentFields; keys: NameSearchKeys; at: string; by: string },
): void {
  connection
    .prepare(
      `UPDATE students SET name = @name, name_pinyin = @namePinyin, name_initials = @nameInitials,
         student_number = @studentNumber, gender = @gender, date_of_birth = @dateOfBirth, grade = @grade,
         class_number = @classNumber, enrolment_year = @enrolmentYear, guardians = @guardians,
         class_teacher = @classTeacher, family_structure = @familyStructure, flags = @flags, remarks = @remarks,
         updated_at = @at, updated_by = @by
       WHERE id = @id`,
    )
    .run({ id: change.id, at: change.at, by: change.by, ...fieldParameters(change.fields, change.keys) });
}

export function updateStudentStatus(
  connection: Connection,
  change: { id: string; status: StudentStatus; at: string; by: string },
): void {
  connection
    .prepare('UPDATE students SET status = @status, updated_at = @at, updated_by = @by WHERE id = @id')
    .run(change);
}

export function findStudent(connection: Connection, id: string): Student | undefined {
  const row = connection.prepare(`SELECT ${studentColumns} FROM students WHERE id = ?`).get(id) as
    StudentRow | undefined;
  return row && toStudent(row);
}

/** The file with this student number, whatever its letter case. */
export function findStudentByNumber(connection: Connection, studentNumber: string): Student | undefined {
  const row = connection
    .prepare(`SELECT ${studentColumns} FROM students WHERE student_number = ? COLLATE NOCASE`)
    .get(studentNumber) as StudentRow | undefined;
  return row && toStudent(row);
}

export interface RosterFilter {
  status?: StudentStatus;
  grade?: Grade;
  classNumber?: number;
  /** Only students whose latest note planned an appointment, overdue or still to come. */
  openFollowUps?: boolean;
  /** Text to find in names and student numbers, and its pinyin form when it can be pinyin. */
  search?: { text: string; pinyin: string | null };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

/** The WHERE clause of a roster filter, built from fixed fragments; values are bound. */
function rosterWhere(filter: RosterFilter): { where: string; parameters: Record<string, unknown> } {
  const clauses: string[] = [];
  const parameters: Record<string, unknown> = {};
  if (filter.status !== undefined) {
    clauses.push('status = @status');
    parameters.status = filter.status;
  }
  if (filter.grade !== undefined) {
    clauses.push('grade = @grade');
    parameters.grade = filter.grade;
  }
  if (filter.classNumber !== undefined) {
    clauses.push('class_number = @classNumber');
    parameters.classNumber = filter.classNumber;
  }
  if (filter.openFollowUps) {
    clauses.push(
      `id IN (SELECT student_id FROM (${latestNoteCalendarSql}) WHERE recency = 1 AND appointment_date IS NOT NULL)`,
    );
  }
  if (filter.search) {
    const { text, pinyin } = filter.search;
    const matches = [`name LIKE @contains ESCAPE '\\'`, `student_number LIKE @contains ESCAPE '\\'`];
    parameters.contains = `%${escapeLike(text)}%`;
    // Full pinyin anywhere in the name finds a given name (`xiaoming`); initials are typed from the start.
    if (pinyin !== null) {
      matches.push(`name_pinyin LIKE @pinyinContains ESCAPE '\\'`, `name_initials LIKE @pinyinStartsWith ESCAPE '\\'`);
      parameters.pinyinContains = `%${escapeLike(pinyin)}%`;
      parameters.pinyinStartsWith = `${escapeLike(pinyin)}%`;
    }
    clauses.push(`(${matches.join(' OR ')})`);
  }
  return { where: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', parameters };
}

/**
 * Ranks a search hit: the name, number or pinyin typed in full first, then those that start
 * with the text, then the rest; within a rank, school order.
 */
function searchRank(search: RosterFilter['search'], parameters: Record<string, unknown>): string {
  if (!search) return '';
  parameters.text = search.text;
  parameters.startsWith = `${escapeLike(search.text)}%`;
  const exact = ['name = @text', 'student_number = @text COLLATE NOCASE'];
  const prefix = [`name LIKE @startsWith ESCAPE '\\'`, `student_number LIKE @startsWith ESCAPE '\\'`];
  if (search.pinyin !== null) {
    parameters.pinyin = search.pinyin;
    exact.push('name_pinyin = @pinyin', 'name_initials = @pinyin');
    prefix.push(`name_pinyin LIKE @pinyinStartsWith ESCAPE '\\'`, `name_initials LIKE @pinyinStartsWith ESCAPE '\\'`);
  }
  return `CASE WHEN ${exact.join(' OR ')} THEN 0 WHEN ${prefix.join(' OR ')} THEN 1 ELSE 2 END, `;
}

export function listStudentSummaries(
  connection: Connection,
  filter: RosterFilter,
  page: { limit: number; offset: number },
): StudentSummary[] {
  const { where, parameters } = rosterWhere(filter);
  const rank = searchRank(filter.search, parameters);
  return connection
    .prepare(
      `SELECT id, name, student_number AS studentNumber, grade, class_number AS classNumber, status, gender
       FROM students ${where}
       ORDER BY ${rank}grade_rank, class_number, student_number
       LIMIT @limit OFFSET @offset`,
    )
    .all({ ...parameters, ...page }) as StudentSummary[];
}

export function countStudents(connection: Connection, filter: RosterFilter): number {
  const { where, parameters } = rosterWhere(filter);
  const row = connection.prepare(`SELECT count(*) AS total FROM students ${where}`).get(parameters) as {
    total: number;
  };
  return row.total;
}

/** Moves the active students of one grade to another; returns how many moved. */
export function moveActiveGrade(
  connection: Connection,
  change: { from: Grade; to: Grade; at: string; by: string },
): number {
  return connection
    .prepare(
      `UPDATE students SET grade = @to, updated_at = @at, updated_by = @by
       WHERE status = 'active' AND grade = @from`,
    )
    .run(change).changes;
}

/** Marks the active students of one grade graduated; returns how many. */
export function graduateActiveGrade(connection: Connection, change: { grade: Grade; at: string; by: string }): number {
  return connection
    .prepare(
      `UPDATE students SET status = 'graduated', updated_at = @at, updated_by = @by
       WHERE status = 'active' AND grade = @grade`,
    )
    .run(change).changes;
}

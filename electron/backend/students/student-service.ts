import {
  type NewStudent,
  type Student,
  StudentFields,
  type StudentListQuery,
  type StudentPage,
  type StudentStatus,
  type StudentUpdate,
} from '../../../shared/schemas/students';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { listLabelled } from '../sessions/catalog-repository';
import { nameSearchKeys, pinyinQuery } from './search-keys';
import {
  countStudents,
  findStudent,
  findStudentByNumber,
  insertStudent,
  listStudentSummaries,
  type RosterFilter,
  updateStudentFields,
  updateStudentStatus,
} from './student-repository';

/** Who acts, and when: every write names its author and is audited. */
export interface Act {
  by: string;
  at: string;
}

function requireStudent(connection: Connection, id: string): Student {
  const student = findStudent(connection, id);
  if (!student) throw new BackendError('NOT_FOUND', 'No student file has this id.');
  return student;
}

/** The student number belongs to one file only; the error names the file that has it. */
function refuseTakenNumber(connection: Connection, studentNumber: string, ownId: string | null): void {
  const holder = findStudentByNumber(connection, studentNumber);
  if (holder && holder.id !== ownId) {
    throw new BackendError('DUPLICATE_STUDENT_NUMBER', 'Another student file has this student number.', {
      conflictId: holder.id,
    });
  }
}

/**
 * Every flag a file is given must be one of the school's flags in use; a flag it already has
 * stays even once retired, so saving an older file never drops it.
 */
function refuseUnknownFlags(connection: Connection, flags: readonly string[], had: readonly string[]): void {
  const active = new Set(listLabelled(connection, 'student_flags', false).map((flag) => flag.code));
  const refused = flags.filter((flag) => !active.has(flag) && !had.includes(flag));
  if (refused.length > 0) {
    throw new BackendError('VALIDATION_FAILED', 'Invalid fields: flags (unknown or retired code)');
  }
}

/** Adds a file to the active roster; `action` tells the audit trail how it came (typed or imported). */
export function addStudent(
  connection: Connection,
  fields: NewStudent,
  act: Act & { action: 'students.create' | 'students.import' },
): Student {
  return connection.transaction(() => {
    refuseTakenNumber(connection, fields.studentNumber, null);
    refuseUnknownFlags(connection, fields.flags, []);
    const id = newId(Date.parse(act.at));
    insertStudent(connection, { id, fields, keys: nameSearchKeys(fields.name), status: 'active', ...act });
    appendAuditEvent(connection, { actorId: act.by, action: act.action, entity: 'student', entityId: id, at: act.at });
    return requireStudent(connection, id);
  })();
}

/** The fields of a file in their schema order, so two versions compare as text. */
function fieldsOf(student: Student): StudentFields {
  return Object.fromEntries(StudentFields.keyof().options.map((field) => [field, student[field]])) as StudentFields;
}

/** Changes the fields given; a change to nothing writes nothing. */
export function updateStudent(connection: Connection, update: StudentUpdate, act: Act): Student {
  return connection.transaction(() => {
    const { id, ...changes } = update;
    const current = requireStudent(connection, id);
    const before = fieldsOf(current);
    const given = Object.entries(changes).filter(([, value]) => value !== undefined);
    const after: StudentFields = { ...before, ...Object.fromEntries(given) };
    if (JSON.stringify(after) === JSON.stringify(before)) return current;
    refuseTakenNumber(connection, after.studentNumber, id);
    refuseUnknownFlags(connection, after.flags, before.flags);
    updateStudentFields(connection, { id, fields: after, keys: nameSearchKeys(after.name), ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'students.update',
      entity: 'student',
      entityId: id,
      at: act.at,
    });
    return requireStudent(connection, id);
  })();
}

/** Reads one file; opening a file is recorded in the audit trail. */
export function openStudent(connection: Connection, id: string, act: Act): Student {
  const student = requireStudent(connection, id);
  appendAuditEvent(connection, {
    actorId: act.by,
    action: 'students.open',
    entity: 'student',
    entityId: id,
    at: act.at,
  });
  return student;
}

const statusAfter: Record<'archive' | 'restore', StudentStatus> = { archive: 'archived', restore: 'active' };

/**
 * Archives a file (it leaves the roster, nothing is deleted) or brings an archived or graduated
 * one back to the active roster, as for a student who repeats the leaving year.
 */
export function changeStudentStatus(
  connection: Connection,
  change: { id: string; action: 'archive' | 'restore' },
  act: Act,
): Student {
  return connection.transaction(() => {
    const current = requireStudent(connection, change.id);
    const status = statusAfter[change.action];
    if (current.status === status) return current;
    updateStudentStatus(connection, { id: change.id, status, ...act });
    appendAuditEvent(connection, {
      actorId: act.by,
      action: `students.${change.action}`,
      entity: 'student',
      entityId: change.id,
      at: act.at,
    });
    return requireStudent(connection, change.id);
  })();
}

export function listStudents(connection: Connection, query: StudentListQuery): StudentPage {
  const filter: RosterFilter = {
    status: query.status,
    grade: query.grade,
    classNumber: query.classNumber,
    openFollowUps: query.openFollowUps,
  };
  if (query.query) filter.search = { text: query.query, pinyin: pinyinQuery(query.query) };
  return {
    total: countStudents(connection, filter),
    items: listStudentSummaries(connection, filter, { limit: query.limit, offset: query.offset }),
  };
}

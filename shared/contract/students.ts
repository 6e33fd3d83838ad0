import { z } from 'zod';
import { CommitImportInput, ImportPreview, ImportResult, PreviewImportInput } from '../schemas/student-import';
import { ListCatalogInput } from '../schemas/session-catalog';
import {
  NewStudent,
  NewStudentFlag,
  PromoteSchoolYearInput,
  PromotionResult,
  Student,
  StudentListQuery,
  StudentPage,
  StudentRef,
  StudentFlag,
  StudentFlagUpdate,
  StudentUpdate,
} from '../schemas/students';
import type { ContractSection } from './section';

export const studentsContract = {
  'students.create': { input: NewStudent, output: Student },
  'students.update': { input: StudentUpdate, output: Student },
  'students.get': { input: StudentRef, output: Student },
  'students.list': { input: StudentListQuery, output: StudentPage },
  /** Takes the file off the roster; nothing is deleted. Archiving an archived file changes nothing. */
  'students.archive': { input: StudentRef, output: Student },
  /** Brings an archived or graduated file back to the active roster. */
  'students.restore': { input: StudentRef, output: Student },
  /** Moves every active student up one grade, once per school year, in one transaction. */
  'students.promoteSchoolYear': { input: PromoteSchoolYearInput, output: PromotionResult },
  /** Reads a roster file and reports what an import would do; writes nothing. */
  'students.previewImport': { input: PreviewImportInput, output: ImportPreview },
  /** Imports the rows that are new and valid, all in one transaction, and reports the rest. */
  'students.commitImport': { input: CommitImportInput, output: ImportResult },
  /** The special flags a file can have, in the school's order; retired ones only when asked. */
  'students.listFlags': { input: ListCatalogInput, output: z.array(StudentFlag) },
  'students.addFlag': { input: NewStudentFlag, output: StudentFlag },
  /** Renames, reorders, retires or brings back a flag; files keep naming it by code. */
  'students.updateFlag': { input: StudentFlagUpdate, output: StudentFlag },
} satisfies ContractSection;

import { CommitImportInput, ImportPreview, ImportResult, PreviewImportInput } from '../schemas/student-import';
import {
  NewStudent,
  PromoteSchoolYearInput,
  PromotionResult,
  Student,
  StudentListQuery,
  StudentPage,
  StudentRef,
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
} satisfies ContractSection;

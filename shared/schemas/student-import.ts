import { z } from 'zod';
import { Id, lineOfText } from './common';
import { StudentFieldName } from './students';

/**
 * The largest roster file accepted. The renderer checks a file's size against it before
 * reading it, and shows IMPORT_FILE_TOO_LARGE's text for a larger one.
 */
export const maxImportFileBytes = 5 * 1024 * 1024;
/** Data rows and columns a roster may have: a large school has about 5,000 students. */
export const maxImportRows = 10_000;
export const maxImportColumns = 100;

/** Length of the base64 text of `bytes` bytes. */
export function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/** The columns of a roster file that become fields of a student file. */
export const importFields = [
  'name',
  'studentNumber',
  'gender',
  'dateOfBirth',
  'grade',
  'classNumber',
  'enrolmentYear',
  'classTeacher',
  'guardianName',
  'guardianRelation',
  'guardianPhone',
] as const;
export const ImportField = z.enum(importFields);
export type ImportField = z.infer<typeof ImportField>;

export const ColumnIndex = z
  .number()
  .int()
  .min(0)
  .max(maxImportColumns - 1);

/** Which column (0-based) holds each field; a field without a column is not imported. */
export const ColumnMapping = z.strictObject({
  name: ColumnIndex.optional(),
  studentNumber: ColumnIndex.optional(),
  gender: ColumnIndex.optional(),
  dateOfBirth: ColumnIndex.optional(),
  grade: ColumnIndex.optional(),
  classNumber: ColumnIndex.optional(),
  enrolmentYear: ColumnIndex.optional(),
  classTeacher: ColumnIndex.optional(),
  guardianName: ColumnIndex.optional(),
  guardianRelation: ColumnIndex.optional(),
  guardianPhone: ColumnIndex.optional(),
});
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** The file as the counselor picked it: the name gives the format, the bytes come as base64. */
export const ImportFile = z.strictObject({
  fileName: lineOfText(255).min(1),
  content: z.base64().max(base64Length(maxImportFileBytes)),
});

export const PreviewImportInput = ImportFile.extend({
  /** The mapping to check the rows with; the suggested one when absent. */
  mapping: ColumnMapping.optional(),
});
export type PreviewImportInput = z.infer<typeof PreviewImportInput>;

export const CommitImportInput = ImportFile.extend({ mapping: ColumnMapping });
export type CommitImportInput = z.infer<typeof CommitImportInput>;

/**
 * What is wrong with one cell of a row: `missing` (a needed field is empty), `invalid` (cannot
 * be read: a bad date, an unknown grade…), `too-long`, `formula-like` (text starting with = + - @
 * where a name belongs), `duplicate-in-file` (the student number is also on `otherRow`).
 */
export const ImportProblemCode = z.enum(['missing', 'invalid', 'too-long', 'formula-like', 'duplicate-in-file']);
export type ImportProblemCode = z.infer<typeof ImportProblemCode>;

export const ImportProblem = z.strictObject({
  code: ImportProblemCode,
  field: ImportField,
  otherRow: z.number().int().positive().optional(),
});
export type ImportProblem = z.infer<typeof ImportProblem>;

/**
 * `new`: a student the database does not have (imported by the commit); `unchanged`: the
 * student number exists with the same data; `conflict`: it exists with different data, which
 * is never overwritten; `invalid`: the row has problems and is not imported.
 */
export const ImportOutcome = z.enum(['new', 'unchanged', 'conflict', 'invalid']);
export type ImportOutcome = z.infer<typeof ImportOutcome>;

/** The longest cell text a report repeats back. */
export const maxReportedCellLength = 100;

export const ImportRowReport = z.strictObject({
  /** The row number the counselor sees in Excel (1-based, counting the header). */
  rowNumber: z.number().int().positive(),
  outcome: ImportOutcome,
  problems: z.array(ImportProblem),
  /** The mapped cells as text, cleaned and cut for display. */
  cells: z.partialRecord(ImportField, z.string().max(maxReportedCellLength)),
  /** The file that already has this student number (unchanged and conflict). */
  existingId: Id.optional(),
  /** The fields where the row and the existing file disagree (conflict). */
  differingFields: z.array(StudentFieldName).optional(),
});
export type ImportRowReport = z.infer<typeof ImportRowReport>;

export const ImportSummary = z.strictObject({
  rows: z.number().int().nonnegative(),
  new: z.number().int().nonnegative(),
  unchanged: z.number().int().nonnegative(),
  conflict: z.number().int().nonnegative(),
  invalid: z.number().int().nonnegative(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ImportColumn = z.strictObject({
  index: ColumnIndex,
  header: z.string().max(maxReportedCellLength),
  /** The first few values below the header, to help choose the mapping. */
  samples: z.array(z.string().max(maxReportedCellLength)).max(3),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

export const ImportPreview = z.strictObject({
  format: z.enum(['xlsx', 'csv']),
  /** How a CSV file was decoded; null for XLSX. GBK files are read as GB 18030, its superset. */
  encoding: z.enum(['utf-8', 'utf-16le', 'gbk']).nullable(),
  sheetName: z.string().max(maxReportedCellLength).nullable(),
  headerRow: z.number().int().positive(),
  columns: z.array(ImportColumn).max(maxImportColumns),
  mapping: ColumnMapping,
  summary: ImportSummary,
  rows: z.array(ImportRowReport).max(maxImportRows),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

/** After the commit: the `new` rows were written, all in one transaction. */
export const ImportResult = z.strictObject({
  summary: ImportSummary,
  rows: z.array(ImportRowReport).max(maxImportRows),
});
export type ImportResult = z.infer<typeof ImportResult>;

import { type ColumnMapping, type ImportField, importFields } from '../../../../shared/schemas/student-import';

/** Without these a row cannot become a file, so the wizard points out when no column gives them. */
export const requiredImportFields: readonly ImportField[] = ['name', 'studentNumber', 'grade'];

/** The fields a column gives, in the order of the student file. */
export function fieldsOfColumn(mapping: ColumnMapping, column: number): ImportField[] {
  return importFields.filter((field) => mapping[field] === column);
}

/**
 * The mapping once a column gives exactly `fields`: each field comes from one column only, so
 * choosing it here takes it away from the column that gave it before.
 */
export function withColumnFields(
  mapping: ColumnMapping,
  column: number,
  fields: readonly ImportField[],
): ColumnMapping {
  const next: ColumnMapping = {};
  for (const field of importFields) {
    if (fields.includes(field)) next[field] = column;
    else if (mapping[field] !== undefined && mapping[field] !== column) next[field] = mapping[field];
  }
  return next;
}

export function missingRequiredFields(mapping: ColumnMapping): ImportField[] {
  return requiredImportFields.filter((field) => mapping[field] === undefined);
}

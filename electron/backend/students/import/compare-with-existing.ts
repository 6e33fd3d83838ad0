import type { Guardian, Student, StudentFieldName } from '../../../../shared/schemas/students';
import type { ImportedStudent } from './parse-row';

/**
 * The fields where a roster row says something other than the file already kept under its
 * student number. Only what the row gives is compared: an empty cell says nothing new, and the
 * row's guardian is the same when the file lists them already.
 */
export function differingFields(existing: Student, imported: ImportedStudent): StudentFieldName[] {
  const differing: StudentFieldName[] = [];
  for (const field of imported.given) {
    const same =
      field === 'guardians'
        ? imported.fields.guardians.every((guardian) => existing.guardians.some((kept) => sameGuardian(kept, guardian)))
        : field === 'studentNumber'
          ? existing.studentNumber.toUpperCase() === imported.fields.studentNumber.toUpperCase()
          : existing[field] === imported.fields[field];
    if (!same) differing.push(field);
  }
  return differing;
}

function sameGuardian(kept: Guardian, imported: Guardian): boolean {
  return (['name', 'relation', 'phone'] as const).every(
    (part) => imported[part] === '' || kept[part] === imported[part],
  );
}

import type { FamilyStructure, Gender, Grade, StudentFields, StudentFlagCode } from '../../../shared/schemas/students';

export interface GuardianRow {
  name?: string;
  relation?: string;
  phone?: string;
}

/**
 * The file as the form holds it: antd leaves a cleared choice or number undefined, and a
 * guardian row the counselor added but has not filled in has no values yet.
 */
export interface StudentFormValues {
  name?: string;
  studentNumber?: string;
  gender?: Gender | null;
  dateOfBirth?: string | null;
  grade?: Grade;
  classNumber?: number | null;
  enrolmentYear?: number | null;
  guardians?: GuardianRow[];
  classTeacher?: string;
  familyStructure?: FamilyStructure | null;
  flags?: StudentFlagCode[];
  remarks?: string;
}

export function formValuesOf(fields: StudentFields | null): StudentFormValues {
  if (!fields) return { guardians: [], flags: [] };
  return { ...fields, guardians: fields.guardians.map((guardian) => ({ ...guardian })) };
}

const clean = (text: string | undefined) => (text ?? '').trim();

/** A row with nothing typed in it is left out rather than refused: it was added, then not needed. */
function guardiansOf(rows: GuardianRow[]): StudentFields['guardians'] {
  return rows
    .map((row) => ({ name: clean(row.name), relation: clean(row.relation), phone: clean(row.phone) }))
    .filter((guardian) => guardian.name !== '' || guardian.relation !== '' || guardian.phone !== '');
}

/** The fields to send; the form's rules have already required the name, number and grade. */
export function studentFieldsOf(values: StudentFormValues): StudentFields {
  return {
    name: clean(values.name),
    studentNumber: clean(values.studentNumber),
    gender: values.gender ?? null,
    dateOfBirth: values.dateOfBirth ?? null,
    grade: values.grade!,
    classNumber: values.classNumber ?? null,
    enrolmentYear: values.enrolmentYear ?? null,
    guardians: guardiansOf(values.guardians ?? []),
    classTeacher: clean(values.classTeacher),
    familyStructure: values.familyStructure ?? null,
    flags: values.flags ?? [],
    remarks: clean(values.remarks),
  };
}

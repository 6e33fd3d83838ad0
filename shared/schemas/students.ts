import { z } from 'zod';
import { blockOfText, Id, IsoDate, IsoTime, lineOfText } from './common';
import { CatalogCode, CategoryUpdate, ConcernCategory, NewCategory } from './session-catalog';

/**
 * Grades from 小学一年级 to 高三 as stage and year: P (primary) 1–6, J (junior high) 1–3,
 * S (senior high) 1–3. Listed in school order; the labels are translations.
 */
export const gradeCodes = ['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'J1', 'J2', 'J3', 'S1', 'S2', 'S3'] as const;
export const Grade = z.enum(gradeCodes);
export type Grade = z.infer<typeof Grade>;

export const Gender = z.enum(['female', 'male']);
export type Gender = z.infer<typeof Gender>;

/** 核心, 单亲, 重组, 隔代抚养, 留守, other. */
export const familyStructures = [
  'nuclear',
  'single-parent',
  'blended',
  'grandparent-raised',
  'left-behind',
  'other',
] as const;
export const FamilyStructure = z.enum(familyStructures);
export type FamilyStructure = z.infer<typeof FamilyStructure>;

/**
 * The special flags of a student file (留守, 流动, 单亲, 孤儿, 家庭困难, 学习困难, 转学生, 复读生 as
 * shipped): a list the school edits, like concern categories. A file stores flag codes; a
 * retired flag is offered no more but still names the files that have it.
 */
export const StudentFlagCode = CatalogCode;
export type StudentFlagCode = z.infer<typeof StudentFlagCode>;
export const maxStudentFlags = 40;

export const StudentFlag = ConcernCategory;
export type StudentFlag = z.infer<typeof StudentFlag>;
export const NewStudentFlag = NewCategory;
export const StudentFlagUpdate = CategoryUpdate;

/** Files are never deleted: archived and graduated students only leave the active roster. */
export const studentStatuses = ['active', 'archived', 'graduated'] as const;
export const StudentStatus = z.enum(studentStatuses);
export type StudentStatus = z.infer<typeof StudentStatus>;

/** Longest text each field holds; the import reports longer cells instead of cutting them. */
export const studentTextLimits = {
  name: 50,
  studentNumber: 32,
  classTeacher: 50,
  guardianName: 50,
  guardianRelation: 20,
  guardianPhone: 20,
  remarks: 2000,
} as const;

export const maxGuardians = 6;

export const StudentNumber = lineOfText(studentTextLimits.studentNumber)
  .min(1)
  .regex(/^[0-9A-Za-z-]+$/, { message: 'letters, digits and hyphens only' });

export const ClassNumber = z.number().int().min(1).max(99);
export const EnrolmentYear = z.number().int().min(1990).max(2100);
export const PhoneNumber = lineOfText(studentTextLimits.guardianPhone).regex(/^[0-9+\-() ]*$/, {
  message: 'digits, spaces and + - ( ) only',
});

export const Guardian = z
  .strictObject({
    name: lineOfText(studentTextLimits.guardianName),
    /** As the family says it: 母亲, 爷爷, 姑姑… */
    relation: lineOfText(studentTextLimits.guardianRelation),
    phone: PhoneNumber,
  })
  .refine((guardian) => guardian.name !== '' || guardian.phone !== '', {
    message: 'a guardian needs a name or a phone number',
  });
export type Guardian = z.infer<typeof Guardian>;

/** Everything the counselor edits in a case file. Empty text is '', an unknown choice null. */
export const StudentFields = z.strictObject({
  name: lineOfText(studentTextLimits.name).min(1),
  studentNumber: StudentNumber,
  gender: Gender.nullable(),
  dateOfBirth: IsoDate.nullable(),
  grade: Grade,
  classNumber: ClassNumber.nullable(),
  enrolmentYear: EnrolmentYear.nullable(),
  guardians: z.array(Guardian).max(maxGuardians),
  classTeacher: lineOfText(studentTextLimits.classTeacher),
  familyStructure: FamilyStructure.nullable(),
  flags: z
    .array(StudentFlagCode)
    .max(maxStudentFlags)
    .refine((flags) => new Set(flags).size === flags.length, { message: 'each flag once' }),
  remarks: blockOfText(studentTextLimits.remarks),
});
export type StudentFields = z.infer<typeof StudentFields>;
export type StudentFieldName = keyof StudentFields;
export const StudentFieldName = StudentFields.keyof();

/** A new file: name, number and grade are needed, the rest may be filled in later. */
export const NewStudent = StudentFields.extend({
  gender: StudentFields.shape.gender.default(null),
  dateOfBirth: StudentFields.shape.dateOfBirth.default(null),
  classNumber: StudentFields.shape.classNumber.default(null),
  enrolmentYear: StudentFields.shape.enrolmentYear.default(null),
  guardians: StudentFields.shape.guardians.default([]),
  classTeacher: StudentFields.shape.classTeacher.default(''),
  familyStructure: StudentFields.shape.familyStructure.default(null),
  flags: StudentFields.shape.flags.default([]),
  remarks: StudentFields.shape.remarks.default(''),
});
export type NewStudent = z.infer<typeof NewStudent>;

/** The fields that change; the others keep their value. */
export const StudentUpdate = StudentFields.partial().extend({ id: Id });
export type StudentUpdate = z.infer<typeof StudentUpdate>;

export const Student = StudentFields.extend({
  id: Id,
  status: StudentStatus,
  createdAt: IsoTime,
  updatedAt: IsoTime,
});
export type Student = z.infer<typeof Student>;

/** One line of the roster. */
export const StudentSummary = z.strictObject({
  id: Id,
  name: z.string(),
  studentNumber: z.string(),
  grade: Grade,
  classNumber: ClassNumber.nullable(),
  status: StudentStatus,
  gender: Gender.nullable(),
});
export type StudentSummary = z.infer<typeof StudentSummary>;

export const maxRosterPage = 200;

export const StudentListQuery = z.strictObject({
  /** Part of a name, a student number, full pinyin (`zhangsan`) or pinyin initials (`zs`). */
  query: lineOfText(50).optional(),
  grade: Grade.optional(),
  classNumber: ClassNumber.optional(),
  /** Every status when absent. */
  status: StudentStatus.optional(),
  /**
   * Only students with an open follow-up: their latest note planned a next appointment, overdue
   * or still to come (the home screen's agenda by the same rule). Everyone when absent or false.
   */
  openFollowUps: z.boolean().optional(),
  limit: z.number().int().min(1).max(maxRosterPage).default(50),
  offset: z.number().int().min(0).max(1_000_000).default(0),
});
export type StudentListQuery = z.infer<typeof StudentListQuery>;

export const StudentPage = z.strictObject({
  /** How many students match, across all pages. */
  total: z.number().int().nonnegative(),
  items: z.array(StudentSummary).max(maxRosterPage),
});
export type StudentPage = z.infer<typeof StudentPage>;

export const StudentRef = z.strictObject({ id: Id });

/** A school year as `2026-2027`: it starts in September of the first year. */
export const SchoolYear = z
  .string()
  .regex(/^\d{4}-\d{4}$/, { message: 'a school year looks like 2026-2027' })
  .refine((year) => Number(year.slice(5)) === Number(year.slice(0, 4)) + 1, {
    message: 'the two years follow each other',
  });
export type SchoolYear = z.infer<typeof SchoolYear>;

export const PromoteSchoolYearInput = z.strictObject({ schoolYear: SchoolYear });

export const PromotionResult = z.strictObject({
  schoolYear: SchoolYear,
  /** Active students moved up one grade. */
  promoted: z.number().int().nonnegative(),
  /** Active students in a leaving grade (P6, J3, S3), now graduated. */
  graduated: z.number().int().nonnegative(),
});
export type PromotionResult = z.infer<typeof PromotionResult>;

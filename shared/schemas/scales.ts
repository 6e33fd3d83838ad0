import { z } from 'zod';
import { Id, IsoDate, IsoTime, Language, lineOfText } from './common';
import { LocalizedText, ScaleAnswer, ScaleAnswers, ScaleDefinition, ScaleKey } from './scale-definition';
import { ScaleScoring } from './scale-scoring';
import { ColumnIndex, ImportFile } from './student-import';
import { Grade } from './students';

/**
 * The records of scale work: the library the school may administer, results, the student
 * self-report mode and screening imports. Definitions are content-addressed by their hash:
 * a result names the exact definition (bands included) it was scored with.
 */

export const ScaleHash = z.string().regex(/^[0-9a-f]{64}$/, { message: 'a SHA-256 in lowercase hex' });
export type ScaleHash = z.infer<typeof ScaleHash>;

export const ScaleRef = z.strictObject({ hash: ScaleHash });

/** Shipped with the app, or delivered in full by a district pack. */
export const ScaleOrigin = z.enum(['bundled', 'district']);
export type ScaleOrigin = z.infer<typeof ScaleOrigin>;

export const ScaleSummary = z.strictObject({
  hash: ScaleHash,
  id: ScaleKey,
  version: z.string(),
  title: LocalizedText,
  shortTitle: z.strictObject({ 'zh-CN': z.string().optional(), en: z.string().optional() }),
  origin: ScaleOrigin,
  /** The district's pack changed its bands: this is the effective definition. */
  overridden: z.boolean(),
  /** May be administered now: every shipped scale until a pack is installed, then only what it approves. */
  approved: z.boolean(),
  /** Languages with an approved translation. */
  languages: z.array(Language),
  ageRange: z.strictObject({ min: z.number().int(), max: z.number().int() }).nullable(),
  itemCount: z.number().int().min(1),
});
export type ScaleSummary = z.infer<typeof ScaleSummary>;

export const DistrictKeyInfo = z.strictObject({
  district: z.string(),
  /** 16 groups of 4 hex digits, read out over the phone to check the key. */
  fingerprint: z.string(),
  installedAt: IsoTime,
});
export type DistrictKeyInfo = z.infer<typeof DistrictKeyInfo>;

export const InstalledPackInfo = z.strictObject({
  packId: Id,
  district: z.string(),
  issuedAt: IsoTime,
  sequence: z.number().int().min(1),
  installedAt: IsoTime,
});
export type InstalledPackInfo = z.infer<typeof InstalledPackInfo>;

export const ScaleLibrary = z.strictObject({
  districtKey: DistrictKeyInfo.nullable(),
  /** Null: no pack yet, every shipped scale may be administered. */
  pack: InstalledPackInfo.nullable(),
  /** Approved scales first; shipped scales a pack did not approve are listed as not approved. */
  scales: z.array(ScaleSummary),
});
export type ScaleLibrary = z.infer<typeof ScaleLibrary>;

export const ScaleDefinitionRecord = z.strictObject({
  hash: ScaleHash,
  definition: ScaleDefinition,
  origin: ScaleOrigin,
  overridden: z.boolean(),
  approved: z.boolean(),
});
export type ScaleDefinitionRecord = z.infer<typeof ScaleDefinitionRecord>;

/** A district's public key file or a signed pack, as picked by the counselor. */
export const DistrictFile = ImportFile;

export const DistrictKeyPreview = z.strictObject({ district: z.string(), fingerprint: z.string() });

export const InstallDistrictKeyInput = DistrictFile.extend({
  /** The fingerprint the counselor confirmed on screen; installing fails if the file says otherwise. */
  fingerprint: z.string().max(100),
});

export const PackScale = z.strictObject({
  hash: ScaleHash,
  id: ScaleKey,
  version: z.string(),
  title: LocalizedText,
  origin: ScaleOrigin,
  overridden: z.boolean(),
  /** Not approved before this pack. */
  added: z.boolean(),
});

export const PackPreview = z.strictObject({
  district: z.string(),
  issuedAt: IsoTime,
  sequence: z.number().int().min(1),
  note: z.string().nullable(),
  scales: z.array(PackScale),
  /** Scales approved now that this pack no longer approves. */
  withdrawn: z.array(z.strictObject({ id: ScaleKey, title: LocalizedText })),
});
export type PackPreview = z.infer<typeof PackPreview>;

/** How a result came to be. */
export const AdministrationMode = z.enum(['counselor', 'self-report', 'screening']);
export type AdministrationMode = z.infer<typeof AdministrationMode>;

export const ScaleResult = z.strictObject({
  id: Id,
  studentId: Id,
  scaleHash: ScaleHash,
  scaleId: ScaleKey,
  scaleVersion: z.string(),
  title: LocalizedText,
  mode: AdministrationMode,
  /** The language the items were shown in. */
  language: Language,
  administeredOn: IsoDate,
  answers: ScaleAnswers,
  /** Computed by the backend's engine with the definition named by `scaleHash`; never rewritten. */
  scoring: ScaleScoring,
  remark: z.string(),
  screeningId: Id.nullable(),
  createdAt: IsoTime,
  createdBy: z.string(),
});
export type ScaleResult = z.infer<typeof ScaleResult>;

export const SaveResultInput = z.strictObject({
  studentId: Id,
  scaleHash: ScaleHash,
  language: Language,
  administeredOn: IsoDate,
  answers: ScaleAnswers,
  remark: lineOfText(500).default(''),
});

export const ListResultsInput = z.strictObject({ studentId: Id, scaleId: ScaleKey.optional() });
export const ResultRef = z.strictObject({ id: Id });

/** The student's consent is asked before anything is shown; a refusal is recorded and ends it. */
export const SelfReportConsent = z.enum(['given', 'declined']);

export const StartSelfReportInput = z.strictObject({
  studentId: Id,
  scaleHash: ScaleHash,
  language: Language,
  consent: SelfReportConsent,
});

/**
 * What the student's screen gets: the questionnaire and the answers so far, never a score and
 * no other record. The definition is sent whole because items depend on earlier answers.
 */
export const SelfReportSession = z.strictObject({
  id: Id,
  definition: ScaleDefinition,
  language: Language,
  answers: ScaleAnswers,
  startedAt: IsoTime,
  finished: z.boolean(),
});
export type SelfReportSession = z.infer<typeof SelfReportSession>;

export const StartSelfReportOutput = z.strictObject({ session: SelfReportSession.nullable() });

export const AnswerSelfReportInput = z.strictObject({
  sessionId: Id,
  itemId: ScaleKey,
  /** Null takes the answer back. */
  answer: ScaleAnswer.nullable(),
});

export const SelfReportRef = z.strictObject({ sessionId: Id });

export const ExitSelfReportInput = z.strictObject({ passphrase: z.string().min(1).max(1024) });

export const ExitSelfReportOutput = z.strictObject({
  /** Results finished in this sitting that raised a critical rule: shown to the counselor at once. */
  critical: z.array(ScaleResult),
});

export const SelfReportSummary = z.strictObject({
  id: Id,
  studentId: Id,
  studentName: z.string(),
  scaleHash: ScaleHash,
  title: LocalizedText,
  answered: z.number().int().min(0),
  itemCount: z.number().int().min(1),
  startedAt: IsoTime,
});
export type SelfReportSummary = z.infer<typeof SelfReportSummary>;

/** Which column holds the student number, and which holds each item's answer. */
export const ScreeningMapping = z.strictObject({
  studentNumber: ColumnIndex,
  items: z.record(ScaleKey, ColumnIndex),
});
export type ScreeningMapping = z.infer<typeof ScreeningMapping>;

export const screeningFlagRule = {
  /** A result is flagged when a band or outcome reaches this concern level, or a critical rule is raised or left unanswered. */
  defaultConcern: 2,
} as const;

export const PreviewScreeningInput = ImportFile.extend({
  scaleHash: ScaleHash,
  mapping: ScreeningMapping.optional(),
  flagConcern: z.number().int().min(1).max(10),
});

export const CommitScreeningInput = ImportFile.extend({
  scaleHash: ScaleHash,
  mapping: ScreeningMapping,
  flagConcern: z.number().int().min(1).max(10),
  title: lineOfText(100).min(1),
  administeredOn: IsoDate,
});

/** Why a row is not imported. */
export const ScreeningRowProblem = z.enum([
  'no-student-number',
  'unknown-student',
  'duplicate-in-file',
  'invalid-answer',
  'too-many-missing',
]);
export type ScreeningRowProblem = z.infer<typeof ScreeningRowProblem>;

export const ScreeningStudent = z.strictObject({
  id: Id,
  name: z.string(),
  studentNumber: z.string(),
  grade: Grade.nullable(),
  classNumber: z.number().int().nullable(),
});
export type ScreeningStudent = z.infer<typeof ScreeningStudent>;

export const ScreeningRow = z.strictObject({
  /** The row's line in the file, 1-based as a spreadsheet shows it. */
  line: z.number().int().min(1),
  studentNumber: z.string(),
  student: ScreeningStudent.nullable(),
  problems: z.array(z.strictObject({ code: ScreeningRowProblem, itemId: ScaleKey.nullable() })),
  scoring: ScaleScoring.nullable(),
  flagged: z.boolean(),
});
export type ScreeningRow = z.infer<typeof ScreeningRow>;

export const ScreeningPreview = z.strictObject({
  headers: z.array(z.string()),
  mapping: ScreeningMapping.nullable(),
  rows: z.array(ScreeningRow),
  counts: z.strictObject({
    rows: z.number().int().min(0),
    importable: z.number().int().min(0),
    flagged: z.number().int().min(0),
    problems: z.number().int().min(0),
  }),
});
export type ScreeningPreview = z.infer<typeof ScreeningPreview>;

export const ScreeningSummary = z.strictObject({
  id: Id,
  title: z.string(),
  scaleHash: ScaleHash,
  scaleTitle: LocalizedText,
  administeredOn: IsoDate,
  importedAt: IsoTime,
  flagConcern: z.number().int(),
  screened: z.number().int().min(0),
  flagged: z.number().int().min(0),
});
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

export const ScreeningRef = z.strictObject({ screeningId: Id });

export const ScreeningGroup = z.strictObject({
  grade: Grade.nullable(),
  classNumber: z.number().int().nullable(),
  screened: z.number().int().min(0),
  /** Results per band of the scale's first score; `null` key counted as `unbanded`. */
  byBand: z.record(ScaleKey, z.number().int().min(0)),
  unbanded: z.number().int().min(0),
  flagged: z.number().int().min(0),
});

export const FlaggedStudent = z.strictObject({
  student: ScreeningStudent,
  resultId: Id,
  value: z.number().nullable(),
  bandId: ScaleKey.nullable(),
  concern: z.number().int(),
  critical: z.boolean(),
});

export const ScreeningOverview = z.strictObject({
  screening: ScreeningSummary,
  /** The bands of the scale's first score, in order, with their labels. */
  bands: z.array(z.strictObject({ id: ScaleKey, label: LocalizedText, concern: z.number().int() })),
  groups: z.array(ScreeningGroup),
  flagged: z.array(FlaggedStudent),
});
export type ScreeningOverview = z.infer<typeof ScreeningOverview>;

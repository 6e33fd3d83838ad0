import { z } from 'zod';
import { Id, IsoDate, IsoTime, lineOfText } from './common';
import { CatalogCode, NoteTemplate, TemplateRef } from './session-catalog';

/** 个体 individual, 团体 group, 家长 parent and 教师 teacher consultation. */
export const sessionKinds = ['individual', 'group', 'parent', 'teacher'] as const;
export const SessionKind = z.enum(sessionKinds);
export type SessionKind = z.infer<typeof SessionKind>;

/** 面询 in person, 电话 phone, 线上 online. */
export const sessionModes = ['in-person', 'phone', 'online'] as const;
export const SessionMode = z.enum(sessionModes);
export type SessionMode = z.infer<typeof SessionMode>;

/** How the student came: 主动求助, 教师转介, 家长要求, 教师观察发现. */
export const referralRoutes = ['self', 'teacher-referral', 'parent-request', 'teacher-noticed'] as const;
export const ReferralRoute = z.enum(referralRoutes);
export type ReferralRoute = z.infer<typeof ReferralRoute>;

export const riskChecks = ['none', 'some-concern', 'urgent'] as const;
export const RiskCheck = z.enum(riskChecks);
export type RiskCheck = z.infer<typeof RiskCheck>;

/** A time of day as `HH:MM`. */
export const ClockTime = z.iso.time({ precision: -1 });

export const noteTextLimits = { section: 20_000, plan: 5000, place: 50, appointmentNote: 200, reason: 500 } as const;
export const maxNoteCategories = 30;

const noControlCharacters = { message: 'control characters are not allowed' };

/**
 * Text of a note, kept exactly as typed: never trimmed, so a restored draft is what the
 * counselor left, spaces and line breaks included.
 */
const noteText = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[\P{Cc}\t\n\r]*$/u, noControlCharacters);
const noteLine = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, noControlCharacters);

export const NextAppointment = z.strictObject({
  date: IsoDate,
  time: ClockTime.nullable(),
  note: noteLine(noteTextLimits.appointmentNote),
});
export type NextAppointment = z.infer<typeof NextAppointment>;

/**
 * Everything the counselor writes in a note. A draft may leave any of it open; finalising
 * needs `FinalNoteContent`. Section texts are keyed by the section keys of the template.
 */
export const NoteContent = z.strictObject({
  template: TemplateRef,
  date: IsoDate.nullable(),
  startTime: ClockTime.nullable(),
  endTime: ClockTime.nullable(),
  place: noteLine(noteTextLimits.place),
  kind: SessionKind.nullable(),
  mode: SessionMode.nullable(),
  referralRoute: ReferralRoute.nullable(),
  categories: z
    .array(CatalogCode)
    .max(maxNoteCategories)
    .refine((codes) => new Set(codes).size === codes.length, { message: 'each category once' }),
  sections: z.record(CatalogCode, noteText(noteTextLimits.section)),
  risk: RiskCheck.nullable(),
  plan: noteText(noteTextLimits.plan),
  informClassTeacher: z.boolean(),
  informParents: z.boolean(),
  refer: z.boolean(),
  nextAppointment: NextAppointment.nullable(),
});
export type NoteContent = z.infer<typeof NoteContent>;

/**
 * What a note needs before it is signed: the date and times, kind, mode, at least one
 * concern category and the risk check; how the student came, for an individual session; a
 * next appointment no earlier than the session.
 */
export const FinalNoteContent = NoteContent.extend({
  date: IsoDate,
  startTime: ClockTime,
  endTime: ClockTime,
  kind: SessionKind,
  mode: SessionMode,
  categories: NoteContent.shape.categories.min(1),
  risk: RiskCheck,
}).superRefine((content, context) => {
  if (content.endTime <= content.startTime) {
    context.addIssue({ code: 'custom', path: ['endTime'], message: 'the session ends after it starts' });
  }
  if (content.nextAppointment && content.nextAppointment.date < content.date) {
    context.addIssue({
      code: 'custom',
      path: ['nextAppointment', 'date'],
      message: 'the next appointment comes later',
    });
  }
  if (content.kind === 'individual' && content.referralRoute === null) {
    context.addIssue({ code: 'custom', path: ['referralRoute'], message: 'say how the student came' });
  }
});
export type FinalNoteContent = z.infer<typeof FinalNoteContent>;

export const CounselorRef = z.strictObject({ id: Id, displayName: z.string() });
export type CounselorRef = z.infer<typeof CounselorRef>;

export const NoteStatus = z.enum(['draft', 'final']);
export type NoteStatus = z.infer<typeof NoteStatus>;

/** A draft either writes a note not yet finalised, or an amendment of a finalised one. */
export const DraftPurpose = z.enum(['new-note', 'amendment']);
export type DraftPurpose = z.infer<typeof DraftPurpose>;

export const NoteRef = z.strictObject({ noteId: Id });

export const CreateDraftInput = z.strictObject({
  studentId: Id,
  /** The template's newest version; the first active template when absent. */
  templateKey: CatalogCode.optional(),
});

export const SaveDraftInput = z.strictObject({
  noteId: Id,
  /** The revision this content was based on: 0 to start an amendment draft of a finalised note. */
  revision: z.number().int().min(0),
  content: NoteContent,
});

export const SavedDraft = z.strictObject({ noteId: Id, revision: z.number().int().min(1), savedAt: IsoTime });
export type SavedDraft = z.infer<typeof SavedDraft>;

export const Draft = z.strictObject({
  noteId: Id,
  studentId: Id,
  studentName: z.string(),
  purpose: DraftPurpose,
  revision: z.number().int().min(1),
  content: NoteContent,
  /** The template version the content names, so the editor can show its sections. */
  template: NoteTemplate,
  /** For a new note, the number it would get if finalised now; for an amendment, its own. */
  sessionNumber: z.number().int().min(1),
  /** Set once the note is finalised. */
  caseNumber: z.string().nullable(),
  createdAt: IsoTime,
  /** When the content was last written to disk: the screen says it restored a draft from then. */
  savedAt: IsoTime,
  savedBy: CounselorRef,
});
export type Draft = z.infer<typeof Draft>;

export const DraftSummary = z.strictObject({
  noteId: Id,
  studentId: Id,
  studentName: z.string(),
  purpose: DraftPurpose,
  revision: z.number().int().min(1),
  date: IsoDate.nullable(),
  savedAt: IsoTime,
});
export type DraftSummary = z.infer<typeof DraftSummary>;

export const DraftChange = z.strictObject({ noteId: Id, revision: z.number().int().min(1) });

export const AmendInput = DraftChange.extend({
  reason: lineOfText(noteTextLimits.reason).min(1),
});

/** A note as it stands: the newest version of a finalised note, or the draft of an unfinished one. */
export const Note = z.strictObject({
  noteId: Id,
  studentId: Id,
  studentName: z.string(),
  status: NoteStatus,
  /** `2026-001`: the student's case of that calendar year; null until finalised. */
  caseNumber: z.string().nullable(),
  /** 第 N 次: stored at finalisation; for an unfinished note, the number it would get now. */
  sessionNumber: z.number().int().min(1),
  content: NoteContent,
  template: NoteTemplate,
  /** The version shown (1 is the finalised text, each amendment adds one); null for a draft. */
  version: z.number().int().min(1).nullable(),
  signedAt: IsoTime.nullable(),
  signedBy: CounselorRef.nullable(),
  /** The revision of the pending draft (the draft itself, or an amendment being written). */
  draftRevision: z.number().int().min(1).nullable(),
  createdAt: IsoTime,
  createdBy: CounselorRef,
});
export type Note = z.infer<typeof Note>;

export const NoteVersion = z.strictObject({
  version: z.number().int().min(1),
  content: NoteContent,
  template: NoteTemplate,
  /** Why the note was amended; null for the first, finalised version. */
  reason: z.string().nullable(),
  createdAt: IsoTime,
  createdBy: CounselorRef,
});
export type NoteVersion = z.infer<typeof NoteVersion>;

export const NoteHistory = z.strictObject({ noteId: Id, versions: z.array(NoteVersion) });
export type NoteHistory = z.infer<typeof NoteHistory>;

import { z } from 'zod';
import { Id, IsoDate, lineOfText } from './common';
import { CaseStage } from './crisis';
import { CaseEntryType, LevelTag } from './crisis-records';
import { LocalizedText, ScaleKey } from './scale-definition';
import { AdministrationMode } from './scales';
import { ClockTime, NoteStatus, RiskCheck, SessionKind, SessionMode } from './sessions';
import { StudentStatus } from './students';

/** The ways into the notes besides opening one: full-text search, a student's timeline, the agenda. */

export const maxSearchHits = 100;

export const SearchNotesInput = z.strictObject({
  /** Words or Chinese text; words separated by spaces must all occur. */
  query: lineOfText(100),
  limit: z.number().int().min(1).max(maxSearchHits).default(30),
  offset: z.number().int().min(0).max(100_000).default(0),
});

/** Where in the note the snippet comes from. */
export const SnippetField = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('section'),
    key: z.string(),
    /** The section's labels in the note's template; null for a section that template lacks. */
    labelZh: z.string().nullable(),
    labelEn: z.string().nullable(),
  }),
  z.strictObject({ kind: z.literal('plan') }),
  z.strictObject({ kind: z.literal('appointment') }),
]);
export type SnippetField = z.infer<typeof SnippetField>;

/** A stretch of `text`, in UTF-16 code units as JavaScript strings count them. */
export const TextRange = z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) });
export type TextRange = z.infer<typeof TextRange>;

/**
 * Plain text cut from the note around the first match, with the matches to highlight. Never
 * markup: the screen renders `text` as text and marks the ranges itself.
 */
export const Snippet = z.strictObject({
  field: SnippetField,
  text: z.string(),
  ranges: z.array(TextRange),
  /** The note's text goes on before `text` starts / after it ends. */
  truncatedStart: z.boolean(),
  truncatedEnd: z.boolean(),
});
export type Snippet = z.infer<typeof Snippet>;

export const SearchHit = z.strictObject({
  noteId: Id,
  studentId: Id,
  studentName: z.string(),
  /** Notes of archived and graduated students are found too: they are part of the record. */
  studentStatus: StudentStatus,
  noteStatus: NoteStatus,
  date: IsoDate.nullable(),
  snippet: Snippet,
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchResult = z.strictObject({
  /** Notes that match, across all pages. */
  total: z.number().int().min(0),
  hits: z.array(SearchHit).max(maxSearchHits),
});
export type SearchResult = z.infer<typeof SearchResult>;

/** The kinds of entry a timeline holds. */
export const TimelineEntryKind = z.enum(['note', 'scale-result', 'crisis-event']);
export type TimelineEntryKind = z.infer<typeof TimelineEntryKind>;

export const TimelineInput = z.strictObject({
  studentId: Id,
  /** Every kind when absent. */
  kinds: z.array(TimelineEntryKind).min(1).optional(),
});

export const NoteTimelineEntry = z.strictObject({
  kind: z.literal('note'),
  /** The session date; for a draft without one, the day it was started. */
  date: IsoDate,
  time: ClockTime.nullable(),
  noteId: Id,
  noteStatus: NoteStatus,
  caseNumber: z.string().nullable(),
  sessionNumber: z.number().int().min(1).nullable(),
  sessionKind: SessionKind.nullable(),
  mode: SessionMode.nullable(),
  risk: RiskCheck.nullable(),
  categories: z.array(z.string()),
  /** The note has versions after the finalised one. */
  amended: z.boolean(),
});
export type NoteTimelineEntry = z.infer<typeof NoteTimelineEntry>;

/** A stored scale result, read with the definition it was scored with. */
export const ScaleResultTimelineEntry = z.strictObject({
  kind: z.literal('scale-result'),
  /** The day it was administered. */
  date: IsoDate,
  resultId: Id,
  scaleId: ScaleKey,
  title: LocalizedText,
  mode: AdministrationMode,
  /** The scale's first score; null when it has none or too many answers were missing. */
  value: z.number().nullable(),
  bandId: ScaleKey.nullable(),
  bandLabel: LocalizedText.nullable(),
  concern: z.number().int().min(0),
  /** A critical rule was raised or could not be cleared. */
  critical: z.boolean(),
});
export type ScaleResultTimelineEntry = z.infer<typeof ScaleResultTimelineEntry>;

/**
 * A crisis case's opening or one of its events, on the day it happened, with the level and
 * stage the case had just after it was recorded. A corrected event stays, marked: the case's
 * timeline shows what replaced it.
 */
export const CrisisTimelineEntry = z.strictObject({
  kind: z.literal('crisis-event'),
  date: IsoDate,
  time: ClockTime.nullable(),
  caseId: Id,
  /** Null for the opening. */
  eventId: Id.nullable(),
  eventType: CaseEntryType,
  level: LevelTag,
  stage: CaseStage,
  corrected: z.boolean(),
});
export type CrisisTimelineEntry = z.infer<typeof CrisisTimelineEntry>;

export const TimelineEntry = z.discriminatedUnion('kind', [
  NoteTimelineEntry,
  ScaleResultTimelineEntry,
  CrisisTimelineEntry,
]);
export type TimelineEntry = z.infer<typeof TimelineEntry>;

export const Timeline = z.strictObject({
  studentId: Id,
  /** Oldest first. */
  entries: z.array(TimelineEntry),
});
export type Timeline = z.infer<typeof Timeline>;

export const AgendaItem = z.strictObject({
  studentId: Id,
  studentName: z.string(),
  date: IsoDate,
  time: ClockTime.nullable(),
  note: z.string(),
  /** The note that planned the appointment. */
  noteId: Id,
  noteStatus: NoteStatus,
});
export type AgendaItem = z.infer<typeof AgendaItem>;

/**
 * Each active student's next appointment, as planned in their latest note. Overdue: its day
 * has passed and no later note was written for that student. This week runs to Sunday.
 */
export const Agenda = z.strictObject({
  date: IsoDate,
  overdue: z.array(AgendaItem),
  today: z.array(AgendaItem),
  thisWeek: z.array(AgendaItem),
});
export type Agenda = z.infer<typeof Agenda>;

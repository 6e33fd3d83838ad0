import { z } from 'zod';
import { Empty } from '../schemas/common';
import {
  CategoryUpdate,
  ConcernCategory,
  ListCatalogInput,
  NewCategory,
  NewTemplate,
  NoteTemplate,
  TemplateUpdate,
} from '../schemas/session-catalog';
import { Agenda, SearchNotesInput, SearchResult, Timeline, TimelineInput } from '../schemas/session-lookups';
import {
  AmendInput,
  CreateDraftInput,
  Draft,
  DraftChange,
  DraftSummary,
  Note,
  NoteHistory,
  NoteRef,
  SaveDraftInput,
  SavedDraft,
} from '../schemas/sessions';
import type { ContractSection } from './section';

export const sessionsContract = {
  /** Starts a note for a student: a draft with today's date in the chosen (or default) template. */
  'sessions.createDraft': { input: CreateDraftInput, output: Draft },
  /**
   * Writes the draft's full content to disk before answering. `revision` must be the one last
   * saved (0 starts an amendment of a finalised note); a stale one is DRAFT_CONFLICT.
   */
  'sessions.saveDraft': { input: SaveDraftInput, output: SavedDraft },
  'sessions.getDraft': { input: NoteRef, output: Draft },
  /** Every pending draft, newest first: what the app offers to restore after a crash. */
  'sessions.listDrafts': { input: Empty, output: z.array(DraftSummary) },
  /** Drops a draft on purpose: an unfinished note goes entirely, an amendment draft leaves the note as it was. */
  'sessions.discardDraft': { input: DraftChange, output: Empty },
  /** Signs the saved draft: case number, session number, time and counselor; the note is then immutable. */
  'sessions.finalize': { input: DraftChange, output: Note },
  /** Turns the saved amendment draft into a new version, with the reason; earlier versions stay. */
  'sessions.amend': { input: AmendInput, output: Note },
  'sessions.get': { input: NoteRef, output: Note },
  /** Every version of a finalised note, oldest first, each with who and when. */
  'sessions.history': { input: NoteRef, output: NoteHistory },
  'sessions.search': { input: SearchNotesInput, output: SearchResult },
  'sessions.timeline': { input: TimelineInput, output: Timeline },
  /** Appointments for the home screen, by the backend's clock: overdue, today, the rest of this week. */
  'sessions.agenda': { input: Empty, output: Agenda },
  'sessions.listTemplates': { input: ListCatalogInput, output: z.array(NoteTemplate) },
  'sessions.addTemplate': { input: NewTemplate, output: NoteTemplate },
  /** Adds a version of the template; notes keep the version they were written in. */
  'sessions.updateTemplate': { input: TemplateUpdate, output: NoteTemplate },
  'sessions.listCategories': { input: ListCatalogInput, output: z.array(ConcernCategory) },
  'sessions.addCategory': { input: NewCategory, output: ConcernCategory },
  /** Renames, reorders, retires or brings back a category; notes keep naming it by code. */
  'sessions.updateCategory': { input: CategoryUpdate, output: ConcernCategory },
} satisfies ContractSection;

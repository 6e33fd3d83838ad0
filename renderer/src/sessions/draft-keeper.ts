import type { NoteContent, SavedDraft } from '../../../shared/schemas/sessions';
import type { ClientError, ClientResult } from '../api/client-result';

/** Under 1.5 s after the last keystroke, so a draft is on disk within 2 s of it. */
export const saveDelayMs = 1000;
/** Typing without a pause still saves this often: a crash mid-sentence loses at most this much. */
export const maxSaveDelayMs = 1500;

export type DraftSaveState =
  /** Opened and not typed in: an amendment nobody has changed yet. */
  | { kind: 'idle' }
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** The vault locked first: the text waits in memory and is saved right after unlock. */
  | { kind: 'locked' }
  /** Another window changed or signed the draft; the editor reloads it. */
  | { kind: 'conflict' }
  | { kind: 'failed'; error: ClientError };

export type SaveDraft = (
  noteId: string,
  revision: number,
  content: NoteContent,
  keepalive: boolean,
) => Promise<ClientResult<SavedDraft>>;

interface Entry {
  revision: number;
  content: NoteContent;
  unsaved: boolean;
  state: DraftSaveState;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** When the oldest text not on disk must be saved, however fast the typing goes on. */
  dueBy: number | undefined;
  running: Promise<void> | undefined;
  listeners: Set<(state: DraftSaveState) => void>;
}

/**
 * Holds every open draft's newest text outside the React tree, so locking (which unmounts the
 * editor) cannot drop it, and saves it one revision at a time: after a pause in typing, on
 * blur, before locking, when the page is hidden, and after unlock for text a lock cut off.
 */
export class DraftKeeper {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly save: SaveDraft) {}

  /**
   * Starts keeping a draft read from disk (revision 0: an amendment not yet saved). Text kept
   * in memory that is not on disk yet is newer than the disk's, so it wins.
   */
  open(
    noteId: string,
    revision: number,
    content: NoteContent,
    savedAt: string | null,
  ): { revision: number; content: NoteContent } {
    const kept = this.entries.get(noteId);
    if (kept?.unsaved) return { revision: kept.revision, content: kept.content };
    this.entries.set(noteId, {
      revision,
      content,
      unsaved: false,
      state: savedAt ? { kind: 'saved', at: savedAt } : { kind: 'idle' },
      timer: undefined,
      dueBy: undefined,
      running: undefined,
      listeners: kept?.listeners ?? new Set(),
    });
    return { revision, content };
  }

  change(noteId: string, content: NoteContent): void {
    const entry = this.entries.get(noteId);
    if (!entry) return;
    entry.content = content;
    entry.unsaved = true;
    if (entry.state.kind !== 'saving') this.setState(entry, { kind: 'unsaved' });
    clearTimeout(entry.timer);
    entry.dueBy ??= Date.now() + maxSaveDelayMs;
    const delay = Math.max(0, Math.min(saveDelayMs, entry.dueBy - Date.now()));
    entry.timer = setTimeout(() => void this.saveDue(noteId), delay);
  }

  state(noteId: string): DraftSaveState | undefined {
    return this.entries.get(noteId)?.state;
  }

  revision(noteId: string): number | undefined {
    return this.entries.get(noteId)?.revision;
  }

  subscribe(noteId: string, listener: (state: DraftSaveState) => void): () => void {
    const entry = this.entries.get(noteId);
    entry?.listeners.add(listener);
    return () => {
      entry?.listeners.delete(listener);
      const done = entry && !entry.unsaved && !entry.running && entry.listeners.size === 0;
      if (done && this.entries.get(noteId) === entry) {
        this.entries.delete(noteId);
      }
    };
  }

  /** Stops keeping a draft that was signed or discarded. */
  forget(noteId: string): void {
    const entry = this.entries.get(noteId);
    if (entry) clearTimeout(entry.timer);
    this.entries.delete(noteId);
  }

  /** Writes the draft's newest text unless it is on disk already; resolves when it is, or cannot be. */
  async flush(noteId: string, keepalive = false): Promise<void> {
    const entry = this.entries.get(noteId);
    if (!entry) return;
    clearTimeout(entry.timer);
    // Typing may go on while a save runs; the loop ends once the newest text is on disk. One
    // save at a time, whoever started it, or the second would repeat the first's revision. A
    // refused save is not retried here: the text stays, and a change, flush or unlock tries again.
    for (;;) {
      while (entry.running) await entry.running;
      if (!entry.unsaved || entry.state.kind === 'conflict') return;
      await this.saveOnce(noteId, entry, keepalive);
      if (refused(entry.state)) return;
    }
  }

  /** The timer's save: one write of what is there now; typing meanwhile schedules the next. */
  private async saveDue(noteId: string): Promise<void> {
    const entry = this.entries.get(noteId);
    if (!entry || !entry.unsaved || entry.state.kind === 'conflict') return;
    if (entry.running) {
      await entry.running;
      return this.saveDue(noteId);
    }
    await this.saveOnce(noteId, entry, false);
  }

  private saveOnce(noteId: string, entry: Entry, keepalive: boolean): Promise<void> {
    const { content, revision } = entry;
    entry.unsaved = false;
    entry.dueBy = undefined;
    this.setState(entry, { kind: 'saving' });
    entry.running = this.save(noteId, revision, content, keepalive).then((result) => {
      entry.running = undefined;
      if (result.ok) {
        entry.revision = result.value.revision;
        this.setState(entry, entry.unsaved ? { kind: 'unsaved' } : { kind: 'saved', at: result.value.savedAt });
        if (!entry.unsaved && entry.listeners.size === 0) this.entries.delete(noteId);
        return;
      }
      entry.unsaved = true;
      if (result.error.code === 'VAULT_LOCKED') this.setState(entry, { kind: 'locked' });
      else if (result.error.code === 'DRAFT_CONFLICT') this.setState(entry, { kind: 'conflict' });
      else this.setState(entry, { kind: 'failed', error: result.error });
    });
    return entry.running;
  }

  /** Before locking, when the page goes away, and after unlock. */
  async flushAll(keepalive = false): Promise<void> {
    await Promise.all([...this.entries.keys()].map((noteId) => this.flush(noteId, keepalive)));
  }

  private setState(entry: Entry, state: DraftSaveState): void {
    entry.state = state;
    for (const listener of entry.listeners) listener(state);
  }
}

function refused(state: DraftSaveState): boolean {
  return state.kind === 'locked' || state.kind === 'conflict' || state.kind === 'failed';
}

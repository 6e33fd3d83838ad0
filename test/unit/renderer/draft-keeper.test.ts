import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { NoteContent } from '../../../shared/schemas/sessions';
import type { ClientResult } from '../../../renderer/src/api/client-result';
import { DraftKeeper, maxSaveDelayMs, saveDelayMs } from '../../../renderer/src/sessions/draft-keeper';

const noteId = '0190a000-0000-7000-8000-000000000001';
const content = (plan: string): NoteContent => ({
  template: { key: 'school-form', version: 1 },
  date: '2026-09-01',
  startTime: null,
  endTime: null,
  place: '',
  kind: null,
  mode: null,
  referralRoute: null,
  categories: [],
  sections: {},
  risk: null,
  plan,
  informClassTeacher: false,
  informParents: false,
  refer: false,
  nextAppointment: null,
});

type Reply = ClientResult<{ noteId: string; revision: number; savedAt: string }>;

/** A backend that keeps the revision and can be told to refuse as locked. */
function fakeBackend() {
  const backend = {
    revision: 1,
    locked: false,
    saved: [] as { revision: number; plan: string }[],
    save: vi.fn(async (_id: string, revision: number, next: NoteContent): Promise<Reply> => {
      await Promise.resolve();
      if (backend.locked) return { ok: false, error: { code: 'VAULT_LOCKED', message: 'Locked.' } };
      if (revision !== backend.revision) {
        return { ok: false, error: { code: 'DRAFT_CONFLICT', message: 'Stale.', revision: backend.revision } };
      }
      backend.revision += 1;
      backend.saved.push({ revision, plan: next.plan });
      return { ok: true, value: { noteId, revision: backend.revision, savedAt: '2026-09-01T12:00:00.000Z' } };
    }),
  };
  return backend;
}

describe('DraftKeeper', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  test('saves a pause after the last keystroke, and at least every 1.5 s while typing goes on', async () => {
    const backend = fakeBackend();
    const keeper = new DraftKeeper(backend.save);
    keeper.open(noteId, 1, content(''), '2026-09-01T11:00:00.000Z');
    keeper.subscribe(noteId, () => undefined);
    keeper.change(noteId, content('a'));
    await vi.advanceTimersByTimeAsync(saveDelayMs - 1);
    expect(backend.save).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(backend.saved).toEqual([{ revision: 1, plan: 'a' }]);

    for (let typed = 1; typed <= 20; typed += 1) {
      keeper.change(noteId, content('b'.repeat(typed)));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(saveDelayMs).toBeLessThanOrEqual(1500);
    expect(backend.saved.length).toBeGreaterThanOrEqual(1 + Math.floor(2000 / maxSaveDelayMs));
    expect(keeper.state(noteId)).toMatchObject({ kind: expect.stringMatching(/saved|unsaved/) });
  });

  test('a flush writes the newest text once, one save at a time, even when called twice', async () => {
    const backend = fakeBackend();
    const keeper = new DraftKeeper(backend.save);
    keeper.open(noteId, 1, content(''), null);
    keeper.subscribe(noteId, () => undefined);
    keeper.change(noteId, content('first'));
    const flushes = Promise.all([keeper.flush(noteId), keeper.flush(noteId)]);
    keeper.change(noteId, content('second'));
    await flushes;
    await keeper.flush(noteId);
    expect(backend.saved.map((save) => save.plan)).toEqual(['first', 'second']);
    expect(keeper.revision(noteId)).toBe(3);
  });

  test('text a lock cut off stays in memory, wins over the disk, and is saved after unlock with the same revision', async () => {
    const backend = fakeBackend();
    const keeper = new DraftKeeper(backend.save);
    keeper.open(noteId, 1, content(''), null);
    const unsubscribe = keeper.subscribe(noteId, () => undefined);
    backend.locked = true;
    keeper.change(noteId, content('typed just before the lock'));
    await keeper.flushAll();
    expect(keeper.state(noteId)).toEqual({ kind: 'locked' });
    unsubscribe();

    expect(keeper.open(noteId, 1, content('older, from disk'), null).content.plan).toBe('typed just before the lock');
    backend.locked = false;
    await keeper.flushAll();
    expect(backend.saved).toEqual([{ revision: 1, plan: 'typed just before the lock' }]);
  });

  test('a stale revision is reported as a conflict and not retried', async () => {
    const backend = fakeBackend();
    backend.revision = 5;
    const keeper = new DraftKeeper(backend.save);
    keeper.open(noteId, 1, content(''), null);
    keeper.change(noteId, content('x'));
    await keeper.flush(noteId);
    await keeper.flush(noteId);
    expect(keeper.state(noteId)).toEqual({ kind: 'conflict' });
    expect(backend.save).toHaveBeenCalledTimes(1);
  });
});

import { describe, expect, test } from 'vitest';
import type { ClientResult } from '../../../renderer/src/api/client-result';
import { AnswerQueue, type SaveState } from '../../../renderer/src/scales/self-report/answer-queue';
import type { ScaleAnswer } from '../../../shared/schemas/scale-definition';

type Call = { itemId: string; answer: ScaleAnswer | null; settle: (ok: boolean) => void };

/** A backend whose answers the test gives one at a time. */
function fakeBackend() {
  const calls: Call[] = [];
  const stored = new Map<string, ScaleAnswer | null>();
  const send = (itemId: string, answer: ScaleAnswer | null) =>
    new Promise<ClientResult<unknown>>((resolve) => {
      calls.push({
        itemId,
        answer,
        settle: (ok) => {
          if (ok) stored.set(itemId, answer);
          resolve(
            ok ? { ok: true, value: {} } : { ok: false, error: { code: 'BACKEND_UNAVAILABLE', message: 'down' } },
          );
        },
      });
    });
  return { calls, stored, send };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the self-report answer queue', () => {
  test('sends an answer at once and reports it saved', async () => {
    const backend = fakeBackend();
    const states: SaveState[] = [];
    const queue = new AnswerQueue(backend.send, (state) => states.push(state));
    const done = queue.give('1', 2);
    expect(backend.calls.map((call) => [call.itemId, call.answer])).toEqual([['1', 2]]);
    backend.calls[0]!.settle(true);
    expect(await done).toBe(true);
    expect(states.map((state) => state.kind)).toEqual(['saving', 'saved']);
    expect(queue.unsaved).toBe(0);
  });

  test('sends one call at a time, and the latest choice for an item is the one stored', async () => {
    const backend = fakeBackend();
    const queue = new AnswerQueue(backend.send, () => undefined);
    const done = queue.give('1', 0);
    void queue.give('1', 3);
    void queue.give('2', 1);
    expect(backend.calls).toHaveLength(1);
    backend.calls[0]!.settle(true);
    await flush();
    expect(backend.calls.map((call) => [call.itemId, call.answer])).toEqual([
      ['1', 0],
      ['1', 3],
    ]);
    backend.calls[1]!.settle(true);
    await flush();
    backend.calls[2]!.settle(true);
    expect(await done).toBe(true);
    expect(Object.fromEntries(backend.stored)).toEqual({ 1: 3, 2: 1 });
  });

  test('keeps an answer that failed to save and sends it again with the next one', async () => {
    const backend = fakeBackend();
    const states: SaveState[] = [];
    const queue = new AnswerQueue(backend.send, (state) => states.push(state));
    const first = queue.give('1', 2);
    backend.calls[0]!.settle(false);
    expect(await first).toBe(false);
    expect(states.at(-1)).toMatchObject({ kind: 'failed', error: { code: 'BACKEND_UNAVAILABLE' } });
    expect(queue.unsaved).toBe(1);

    const second = queue.give('2', 1);
    expect(backend.calls.map((call) => call.itemId)).toEqual(['1', '1']);
    backend.calls[1]!.settle(true);
    await flush();
    backend.calls[2]!.settle(true);
    expect(await second).toBe(true);
    expect(Object.fromEntries(backend.stored)).toEqual({ 1: 2, 2: 1 });
    expect(states.at(-1)).toEqual({ kind: 'saved' });
  });

  test('a retry with nothing waiting sends nothing; a taken-back answer is sent as null', async () => {
    const backend = fakeBackend();
    const queue = new AnswerQueue(backend.send, () => undefined);
    expect(await queue.drain()).toBe(true);
    expect(backend.calls).toHaveLength(0);
    const done = queue.give('3', null);
    backend.calls[0]!.settle(true);
    expect(await done).toBe(true);
    expect(backend.stored.get('3')).toBeNull();
  });
});

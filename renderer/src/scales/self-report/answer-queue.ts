import type { ScaleAnswer } from '../../../../shared/schemas/scale-definition';
import type { ClientError, ClientResult } from '../../api/client-result';

export type SaveState =
  { kind: 'idle' } | { kind: 'saving' } | { kind: 'saved' } | { kind: 'failed'; error: ClientError };

/** Stores one answer; null takes it back. */
export type SendAnswer = (itemId: string, answer: ScaleAnswer | null) => Promise<ClientResult<unknown>>;

/**
 * The student's answers on their way to the backend, one call at a time so the last choice for
 * an item is the one stored. An answer leaves the queue only once the backend has it: after a
 * failure it waits for the next answer or a retry, and is never dropped.
 */
export class AnswerQueue {
  private readonly pending = new Map<string, ScaleAnswer | null>();
  private running: Promise<void> | null = null;

  constructor(
    private readonly send: SendAnswer,
    private readonly report: (state: SaveState) => void,
  ) {}

  get unsaved(): number {
    return this.pending.size;
  }

  /** Queues the answer and sends whatever is waiting; true once everything is stored. */
  give(itemId: string, answer: ScaleAnswer | null): Promise<boolean> {
    // Re-inserted at the end, so answers go out in the order they were last given.
    this.pending.delete(itemId);
    this.pending.set(itemId, answer);
    return this.drain();
  }

  /** Sends whatever is waiting; true once everything is stored. */
  drain(): Promise<boolean> {
    if (this.pending.size === 0 && !this.running) return Promise.resolve(true);
    this.running ??= this.run();
    return this.running.then(() => this.pending.size === 0);
  }

  private async run(): Promise<void> {
    this.report({ kind: 'saving' });
    try {
      for (let next = this.first(); next; next = this.first()) {
        const [itemId, answer] = next;
        const result = await this.send(itemId, answer);
        if (!result.ok) return this.report({ kind: 'failed', error: result.error });
        // A newer choice for the same item, given meanwhile, still has to go.
        if (this.pending.get(itemId) === answer) this.pending.delete(itemId);
      }
      this.report({ kind: 'saved' });
    } finally {
      this.running = null;
    }
  }

  private first(): [string, ScaleAnswer | null] | undefined {
    return this.pending.entries().next().value;
  }
}

import type { z } from 'zod';
import {
  type AppError,
  type ChannelName,
  type ChannelOutput,
  contract,
  type ParsedInput,
  type Result,
} from '../../shared/contract';
import { BackendError, storageFailure } from './errors';

export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export interface Router {
  call(channel: string, input: unknown): Promise<Result<unknown>>;
}

function isChannel(channel: string): channel is ChannelName {
  return Object.hasOwn(contract, channel);
}

/** Names the fields that failed, never their values: inputs can hold passphrases and notes. */
function describeIssues(error: z.ZodError): string {
  const fields = error.issues.map((issue) => issue.path.join('.') || '(input)');
  return `Invalid fields: ${[...new Set(fields)].join(', ')}`.slice(0, 500);
}

/**
 * Implements the contract: every input is checked against its schema before a handler sees
 * it, every output before it leaves, and every failure becomes a typed error.
 */
export function createRouter(
  handlers: Handlers,
  hooks: {
    /** Refuses a whole channel for now (the student self-report mode), before its input is read. */
    gate?: (channel: ChannelName) => BackendError | null;
    onCall?: (channel: ChannelName) => void;
    onInternalError?: (error: unknown) => void;
  } = {},
): Router {
  return {
    async call(channel, input) {
      if (!isChannel(channel)) {
        return failure({ code: 'UNKNOWN_CHANNEL', message: 'No such channel.' });
      }
      const refused = hooks.gate?.(channel);
      if (refused) return failure({ code: refused.code, message: refused.message });
      const schema = contract[channel];
      const parsed = schema.input.safeParse(input ?? {});
      if (!parsed.success) {
        return failure({ code: 'VALIDATION_FAILED', message: describeIssues(parsed.error) });
      }
      hooks.onCall?.(channel);
      try {
        const handler = handlers[channel] as (value: unknown) => unknown;
        const value = await handler(parsed.data);
        const output = schema.output.safeParse(value);
        if (!output.success) {
          hooks.onInternalError?.(
            new Error(`Output of ${channel} broke the contract: ${describeIssues(output.error)}`),
          );
          return failure({ code: 'INTERNAL', message: 'The result did not match the contract.' });
        }
        return { ok: true, value: output.data };
      } catch (error) {
        const known = error instanceof BackendError ? error : storageFailure(error);
        if (known) return failure({ code: known.code, message: known.message, ...known.details });
        hooks.onInternalError?.(error);
        return failure({ code: 'INTERNAL', message: 'Something went wrong inside the app.' });
      }
    },
  };
}

function failure(error: AppError): Result<never> {
  return { ok: false, error };
}

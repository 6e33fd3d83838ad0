import { useCallback, useEffect, useState } from 'react';
import type { ScaleAnswer, ScaleAnswers } from '../../../../shared/schemas/scale-definition';
import type { SelfReportSession } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import { AnswerQueue, type SaveState } from './answer-queue';

/** A failed save is tried again after this long, as well as with the next answer. */
const retryAfterMs = 5_000;

/**
 * The answers as the student gave them (the screen never waits for the backend) and whether
 * they are stored yet. Each answer is sent at once; each stored answer also tells the backend
 * someone is at the keyboard, so the idle lock does not end a questionnaire being answered.
 */
export function useAnswerSaving(session: SelfReportSession) {
  const [answers, setAnswers] = useState<ScaleAnswers>(session.answers);
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [queue] = useState(
    () =>
      new AnswerQueue(
        (itemId, answer) => api.call('scales.answerSelfReport', { sessionId: session.id, itemId, answer }),
        setState,
      ),
  );

  const give = useCallback(
    (itemId: string, answer: ScaleAnswer | null) => {
      setAnswers((current) => {
        const next = { ...current };
        if (answer === null) delete next[itemId];
        else next[itemId] = answer;
        return next;
      });
      void queue.give(itemId, answer);
    },
    [queue],
  );

  const flush = useCallback(() => queue.drain(), [queue]);

  useEffect(() => {
    if (state.kind !== 'failed') return;
    const timer = window.setTimeout(() => void queue.drain(), retryAfterMs);
    return () => window.clearTimeout(timer);
  }, [state, queue]);

  return { answers, state, give, flush };
}

export type AnswerSaving = ReturnType<typeof useAnswerSaving>;

import { useState } from 'react';
import type { ClientError, ClientResult } from './client-result';

/**
 * The state of a form that sends one call: busy while it runs, the refused call's error after,
 * and the value handed on when it succeeds.
 */
export function useApiSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const submit = async <T>(call: () => Promise<ClientResult<T>>, onSuccess: (value: T) => void): Promise<void> => {
    setBusy(true);
    setError(null);
    const result = await call();
    setBusy(false);
    if (result.ok) onSuccess(result.value);
    else setError(result.error);
  };
  return { busy, error, submit };
}

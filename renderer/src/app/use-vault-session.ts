import { useCallback, useEffect, useState } from 'react';
import type { ChannelOutput } from '../../../shared/contract/contract';
import type { VaultStatus } from '../../../shared/schemas/vault';
import { api } from '../api/api';
import type { ClientError, ClientResult } from '../api/client-result';
import { switchLanguage } from '../i18n/i18n';
import { draftKeeper } from '../sessions/draft-keeper-instance';

/** The recovery code just made at setup, kept in memory only until the counselor confirms it. */
export interface RecoveryNotice {
  code: string;
  schoolName: string;
}

/**
 * Which screen the app is on, from the backend's vault status. Decrypted data lives only in
 * components below the unlocked state, so showing the lock screen unmounts and drops all of it.
 */
export function useVaultSession() {
  const [status, setStatus] = useState<VaultStatus | null>(null);
  const [failure, setFailure] = useState<ClientError | null>(null);
  const [recovery, setRecovery] = useState<RecoveryNotice | null>(null);

  const showStatus = useCallback((result: ClientResult<VaultStatus>) => {
    if (result.ok) {
      setFailure(null);
      setStatus(result.value);
    } else {
      setFailure(result.error);
    }
  }, []);

  const refresh = useCallback(() => api.call('vault.status', {}).then(showStatus), [showStatus]);

  // Hides everything decrypted at once, before the backend has answered.
  const hideRecords = useCallback(() => {
    setRecovery(null);
    setStatus((current) =>
      current?.state === 'unlocked' ? { ...current, state: 'locked', profile: null, autoLockMinutes: null } : current,
    );
  }, []);

  // The keeper holds the drafts' text outside the screens, so they can go first.
  const lock = useCallback(async () => {
    hideRecords();
    await draftKeeper.flushAll();
    const result = await api.call('vault.lock', {});
    if (result.ok) setStatus(result.value);
  }, [hideRecords]);

  /** The backend locked by itself (idle timer, Electron menu) or refused a call as locked. */
  const lockedElsewhere = useCallback(() => {
    hideRecords();
    void refresh();
  }, [hideRecords, refresh]);

  const setUp = useCallback((output: ChannelOutput<'vault.setup'>, schoolName: string) => {
    setRecovery({ code: output.recoveryCode, schoolName });
    setStatus(output.status);
  }, []);

  useEffect(() => {
    void refresh();
    return api.onLocked(lockedElsewhere);
  }, [refresh, lockedElsewhere]);

  useEffect(() => {
    if (status?.language) void switchLanguage(status.language);
  }, [status?.language]);

  // Text that a lock from outside cut off was kept in memory: it goes to disk at once.
  const open = status?.state === 'unlocked';
  useEffect(() => {
    if (open) void draftKeeper.flushAll();
  }, [open]);

  // The host asks before it locks (menu, sleep, screen lock, quit); it locks by itself soon after.
  useEffect(() => api.onLockRequested(() => void lock()), [lock]);

  return {
    status,
    failure,
    recovery,
    refresh,
    lock,
    lockedElsewhere,
    setUp,
    unlocked: setStatus,
    finishRecovery: useCallback(() => setRecovery(null), []),
  };
}

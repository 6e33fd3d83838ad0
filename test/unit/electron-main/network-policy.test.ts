import { describe, expect, it } from 'vitest';
import { blockedRequestPatterns, cancelRequest } from '../../../electron/main/network-policy';

describe('network policy', () => {
  it('cancels every request to the network or the file system', () => {
    expect([...blockedRequestPatterns].sort()).toEqual(
      ['file:///*', 'ftp://*/*', 'http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'].sort(),
    );
    expect(cancelRequest()).toEqual({ cancel: true });
  });

  it('leaves the app scheme alone', () => {
    expect(blockedRequestPatterns.some((pattern) => pattern.startsWith('app:'))).toBe(false);
  });
});

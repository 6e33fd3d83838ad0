import { describe, expect, it } from 'vitest';
import { privilegedSchemes } from '../../../electron/main/scheme-privileges';

describe('privilegedSchemes', () => {
  it('makes app: standard, secure and fetchable, and nothing more', () => {
    expect(privilegedSchemes()).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('never lets the scheme bypass the CSP', () => {
    for (const scheme of privilegedSchemes()) {
      expect(scheme.privileges?.bypassCSP).not.toBe(true);
    }
  });
});

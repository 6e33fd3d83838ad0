import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  normalizeRecoveryCode,
  recoveryGroupsToConfirm,
} from '../../../shared/domain/recovery-code';

describe('recovery codes', () => {
  const digits = '3f9a07c2b1d4e5f60718293a4b5c6d7e';

  it('are written as eight groups of four upper-case hex digits', () => {
    expect(formatRecoveryCode(digits)).toBe('3F9A-07C2-B1D4-E5F6-0718-293A-4B5C-6D7E');
  });

  it('are read back however the counselor spaced or cased them, O read as zero', () => {
    expect(normalizeRecoveryCode(' 3f9a 07c2-b1d4 e5f6 O718 293a 4b5c 6d7e ')).toBe(digits.toUpperCase());
    expect(normalizeRecoveryCode('3F9A-07C2')).toBeNull();
    expect(normalizeRecoveryCode('3F9A-07C2-B1D4-E5F6-0718-293A-4B5C-6D7G')).toBeNull();
  });

  it('ask for two distinct groups, in order, covering every pair', () => {
    const pairs = new Set<string>();
    for (let step = 0; step < 1000; step += 1) {
      const [first, second] = recoveryGroupsToConfirm(step / 1000);
      expect(first).toBeLessThan(second);
      expect(second).toBeLessThan(8);
      pairs.add(`${first}-${second}`);
    }
    expect(pairs.size).toBe(28);
  });
});

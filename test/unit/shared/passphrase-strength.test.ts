import { describe, expect, it } from 'vitest';
import { passphraseStrength } from '../../../shared/domain/passphrase-strength';

describe('the passphrase strength hint', () => {
  it('calls anything under ten characters too short', () => {
    expect(passphraseStrength('')).toBe('too-short');
    expect(passphraseStrength('Ab3$Ab3$A')).toBe('too-short');
    expect(passphraseStrength('心理辅导室的电脑')).toBe('too-short');
  });

  it('calls repeated or sequential runs weak however long', () => {
    expect(passphraseStrength('aaaaaaaaaaaaaaaa')).toBe('weak');
    expect(passphraseStrength('1234567890')).toBe('weak');
    expect(passphraseStrength('abcdefghijklmnop')).toBe('weak');
  });

  it('rewards length and variety, Chinese included', () => {
    expect(passphraseStrength('password12')).toBe('weak');
    expect(passphraseStrength('counseling room')).toBe('fair');
    expect(passphraseStrength('Counseling-room7')).toBe('strong');
    expect(passphraseStrength('春眠不觉晓-处处闻啼鸟')).toBe('fair');
    expect(passphraseStrength('Green tea at 7, 心晴 room 302!')).toBe('strong');
  });
});

import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isLoopbackRequest, tokenMatches } from '../../../electron/browser-host/loopback-guard';
import { parseHostOptions } from '../../../electron/browser-host/host-options';

describe('the loopback guard', () => {
  it('accepts only our loopback host and port, and our own origin', () => {
    expect(isLoopbackRequest({ host: '127.0.0.1:4000' }, 4000)).toBe(true);
    expect(isLoopbackRequest({ host: 'localhost:4000', origin: 'http://localhost:4000' }, 4000)).toBe(true);
    expect(isLoopbackRequest({ host: '127.0.0.1:4001' }, 4000)).toBe(false);
    expect(isLoopbackRequest({ host: 'rebind.example:4000' }, 4000)).toBe(false);
    expect(isLoopbackRequest({}, 4000)).toBe(false);
    expect(isLoopbackRequest({ host: '127.0.0.1:4000', origin: 'http://rebind.example:4000' }, 4000)).toBe(false);
    expect(isLoopbackRequest({ host: '127.0.0.1:4000', origin: 'null' }, 4000)).toBe(false);
  });

  it('compares tokens exactly', () => {
    const token = randomBytes(32);
    expect(tokenMatches(token.toString('hex'), token)).toBe(true);
    expect(tokenMatches(randomBytes(32).toString('hex'), token)).toBe(false);
    expect(tokenMatches(token.toString('hex').slice(2), token)).toBe(false);
    expect(tokenMatches(undefined, token)).toBe(false);
  });
});

describe('browser host options', () => {
  it('take flags over environment over defaults', () => {
    expect(
      parseHostOptions(['--data-dir', '/a', '--port', '5000'], { XINQING_DATA_DIR: '/b', XINQING_PORT: '6000' }),
    ).toEqual({
      dataFolder: '/a',
      port: 5000,
      open: false,
    });
    expect(parseHostOptions(['--open'], { XINQING_DATA_DIR: '/b', XINQING_PORT: '6000' })).toEqual({
      dataFolder: '/b',
      port: 6000,
      open: true,
    });
    expect(parseHostOptions(['--data-dir=/c'], {}).dataFolder).toBe('/c');
    expect(parseHostOptions([], {}).dataFolder).toMatch(/Xinqing[\\/]records$/);
    expect(() => parseHostOptions(['--port', 'eighty'], {})).toThrow(/port/);
  });
});

import { describe, expect, test, vi } from 'vitest';
import { takeBrowserToken } from '../../../renderer/src/api/browser-token';

const token = 'ab'.repeat(32);

function memoryStorage() {
  const values = new Map<string, string>();
  return {
    getItem: (key: string) => values.get(key) ?? null,
    setItem: (key: string, value: string) => values.set(key, value),
  };
}

describe('takeBrowserToken', () => {
  test('takes the token from the fragment, keeps it and clears the address bar', () => {
    const storage = memoryStorage();
    const history = { replaceState: vi.fn() };
    expect(takeBrowserToken({ hash: `#token=${token}`, pathname: '/', search: '' }, history, storage)).toBe(token);
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(storage.getItem('xinqing.token')).toBe(token);
  });

  test('after a reload, the kept token is used', () => {
    const storage = memoryStorage();
    storage.setItem('xinqing.token', token);
    const history = { replaceState: vi.fn() };
    expect(takeBrowserToken({ hash: '', pathname: '/', search: '' }, history, storage)).toBe(token);
    expect(history.replaceState).not.toHaveBeenCalled();
  });

  test('ignores anything that is not a 64-digit hex token', () => {
    const history = { replaceState: vi.fn() };
    expect(takeBrowserToken({ hash: '#token=xyz', pathname: '/', search: '' }, history, memoryStorage())).toBeNull();
    expect(
      takeBrowserToken({ hash: `#token=${token}00`, pathname: '/', search: '' }, history, memoryStorage()),
    ).toBeNull();
  });
});

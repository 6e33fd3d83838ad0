import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppUrl } from '../../../electron/main/app-origin';
import { isInside, resolveAppPath } from '../../../electron/main/app-path';

const root = path.resolve('/srv/xinqing/renderer');

describe('resolveAppPath', () => {
  it('maps app URLs to files under the renderer root', () => {
    expect(resolveAppPath('app://xinqing/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://xinqing/assets/index-3f2a.js', root)).toBe(path.join(root, 'assets', 'index-3f2a.js'));
    expect(resolveAppPath('app://xinqing/assets/%E5%BF%83.svg', root)).toBe(path.join(root, 'assets', '心.svg'));
    expect(resolveAppPath('app://xinqing/assets/app.js?v=1#top', root)).toBe(path.join(root, 'assets', 'app.js'));
  });

  it('serves index.html for the bare origin', () => {
    expect(resolveAppPath('app://xinqing/', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppPath('app://xinqing', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    ['encoded dot-dot with encoded slash', 'app://xinqing/%2e%2e%2fsecret.txt'],
    ['upper-case encoded dot-dot-slash', 'app://xinqing/assets/%2E%2E%2F%2E%2E%2Fetc%2Fpasswd'],
    ['encoded backslashes', 'app://xinqing/..%5c..%5cwindows%5cwin.ini'],
    ['raw backslashes', 'app://xinqing/assets\\..\\..\\secret.txt'],
    ['encoded slash inside a segment', 'app://xinqing/assets%2f..%2f..%2fsecret.txt'],
    ['an absolute path after a double slash', 'app://xinqing//etc/passwd'],
    ['an encoded absolute path', 'app://xinqing/%2fetc%2fpasswd'],
    ['a Windows drive letter', 'app://xinqing/C:/Windows/win.ini'],
    ['an encoded drive letter', 'app://xinqing/C%3a%5cWindows%5cwin.ini'],
    ['an alternate data stream', 'app://xinqing/index.html::$DATA'],
    ['an encoded NUL', 'app://xinqing/index.html%00.png'],
    ['a control character', 'app://xinqing/index%0a.html'],
    ['a trailing dot', 'app://xinqing/index.html.'],
    ['a trailing space', 'app://xinqing/index.html%20'],
    ['a malformed escape', 'app://xinqing/%E0%A4%A'],
  ])('refuses %s', (_name, url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });

  it('decodes once and refuses what is still encoded after that (a double-encoded "../")', () => {
    expect(resolveAppPath('app://xinqing/%252e%252e%252fsecret.txt', root)).toBeNull();
  });

  it('keeps dot-segments that the URL parser folds away inside the root', () => {
    for (const url of ['app://xinqing/../../secret.txt', 'app://xinqing/assets/%2e%2e/%2e%2e/secret.txt']) {
      expect(resolveAppPath(url, root)).toBe(path.join(root, 'secret.txt'));
    }
  });

  it.each([
    'file:///etc/passwd',
    'https://xinqing/index.html',
    'app://evil/index.html',
    'app://xinqing.evil/index.html',
    'app://xinqing:8080/index.html',
    'app://user:pass@xinqing/index.html',
    'app:/index.html',
    'not a url',
  ])('refuses the foreign URL %s', (url) => {
    expect(resolveAppPath(url, root)).toBeNull();
  });
});

describe('isAppUrl', () => {
  it('accepts only the app scheme and host', () => {
    expect(isAppUrl('app://xinqing/index.html')).toBe(true);
    expect(isAppUrl('APP://XINQING/index.html')).toBe(true);
    expect(isAppUrl('app://xinqing2/index.html')).toBe(false);
    expect(isAppUrl('http://xinqing/index.html')).toBe(false);
  });
});

describe('isInside', () => {
  it('is true only strictly below the root', () => {
    expect(isInside(root, path.join(root, 'a.js'))).toBe(true);
    expect(isInside(root, path.join(root, '..foo.js'))).toBe(true);
    expect(isInside(root, root)).toBe(false);
    expect(isInside(root, path.dirname(root))).toBe(false);
    expect(isInside(root, `${root}-other${path.sep}a.js`)).toBe(false);
    expect(isInside(root, path.resolve('/etc/passwd'))).toBe(false);
  });
});

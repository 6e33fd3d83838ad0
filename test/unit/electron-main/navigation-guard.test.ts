import { describe, expect, it } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-origin';
import { denyWindowOpen, isAllowedNavigation } from '../../../electron/main/navigation-guard';

describe('isAllowedNavigation', () => {
  it('allows navigation within the app origin', () => {
    expect(isAllowedNavigation(appEntryUrl)).toBe(true);
    expect(isAllowedNavigation('app://xinqing/')).toBe(true);
    expect(isAllowedNavigation('app://xinqing/index.html#/students')).toBe(true);
  });

  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'http://xinqing/index.html',
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://xinqing.evil.com/index.html',
    'app://xinqing@evil/index.html',
    'app://xinqing:1/index.html',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://xinqing/0b8a7c1e',
    'about:blank',
    'chrome://settings',
    'devtools://devtools/bundled/inspector.html',
    'mailto:someone@example.com',
    'ms-settings:privacy',
    '',
    'not a url',
  ])('denies %s', (url) => {
    expect(isAllowedNavigation(url)).toBe(false);
  });
});

describe('denyWindowOpen', () => {
  it('denies every window.open', () => {
    expect(denyWindowOpen()).toEqual({ action: 'deny' });
  });
});

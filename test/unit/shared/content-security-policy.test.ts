import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';

describe('the content security policy', () => {
  const directives = new Map(
    contentSecurityPolicy()
      .split('; ')
      .map((directive) => {
        const [name, ...sources] = directive.split(' ');
        return [name!, sources] as const;
      }),
  );

  it('allows scripts only from the app and never eval or inline script', () => {
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval');
  });

  it('denies everything by default and every plugin, frame, base and form target', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    for (const name of ['object-src', 'frame-src', 'frame-ancestors', 'base-uri', 'form-action']) {
      expect(directives.get(name), name).toEqual(["'none'"]);
    }
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('img-src')).toEqual(["'self'", 'data:']);
  });
});

/**
 * The one Content Security Policy of every host (the Electron protocol handler and the loopback
 * browser host). Scripts only from the app itself and never eval. Styles also allow inline
 * `style` because the UI kit (Ant Design) sets style attributes and injects a few <style>
 * elements at run time (docs/decisions/0003-ui-kit-ant-design.md).
 */
export const contentSecurityPolicyDirectives = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'frame-src': ["'none'"],
  'frame-ancestors': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
} as const;

export function contentSecurityPolicy(): string {
  return Object.entries(contentSecurityPolicyDirectives)
    .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
    .join('; ');
}

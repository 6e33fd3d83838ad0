import type { CustomScheme } from 'electron';
import { appScheme } from './app-origin';

/**
 * Privileges of the `app:` scheme, registered before `ready`. `standard` gives it a real origin
 * (so 'self' in the CSP, relative URLs and storage work), `secure` treats it like https, and
 * `supportFetchAPI` lets the renderer fetch its own assets. Deliberately absent: `bypassCSP`
 * (the CSP must apply), `corsEnabled`, `allowServiceWorkers`, `stream` and `codeCache`.
 */
export function privilegedSchemes(): CustomScheme[] {
  return [{ scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } }];
}

import path from 'node:path';
import { assetPathOf } from '../../shared/security/asset-path';
import { isAppUrl } from './app-origin';

/**
 * Maps an `app://xinqing/...` URL to a file path under `rendererRoot`, or null when the URL is
 * not the app's or its path could point anywhere else (shared/security/asset-path.ts). The
 * containment check is a second guard; symlinks are the protocol handler's job.
 */
export function resolveAppPath(url: string, rendererRoot: string): string | null {
  if (!isAppUrl(url)) return null;
  const segments = assetPathOf(new URL(url).pathname);
  if (segments === null) return null;
  const root = path.resolve(rendererRoot);
  const candidate = path.join(root, ...segments);
  return isInside(root, candidate) ? candidate : null;
}

/** Whether the absolute path `candidate` lies strictly below the absolute path `root`. */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}

import { readFile, realpath, stat } from 'node:fs/promises';
import { contentSecurityPolicy } from '../../shared/security/content-security-policy';
import { isInside, resolveAppPath } from './app-path';
import { assetContentType } from '../../shared/security/asset-path';

/** Headers of every response, errors included, so no document of ours is ever without the CSP. */
export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
  };
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

interface ServedFile {
  path: string;
  contentType: string;
}

/**
 * The file an app URL names, after following symlinks: it must still be a regular file below
 * the (equally resolved) renderer root, so a link pointing outside the build is refused.
 */
async function findServedFile(url: string, rendererRoot: string): Promise<ServedFile | null> {
  const candidate = resolveAppPath(url, rendererRoot);
  if (candidate === null) return null;
  const contentType = assetContentType(candidate);
  if (contentType === null) return null;
  try {
    const [root, real] = await Promise.all([realpath(rendererRoot), realpath(candidate)]);
    if (!isInside(root, real) || !(await stat(real)).isFile()) return null;
    return { path: real, contentType };
  } catch {
    return null;
  }
}

/**
 * The `app:` protocol handler: serves the built renderer read-only, GET and HEAD only. Anything
 * it cannot map to a known file gets 404, and no response says why or where it looked.
 */
export function createAppProtocolHandler(rendererRoot: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return plainResponse(405, 'Method not allowed');
    }
    const file = await findServedFile(request.url, rendererRoot);
    if (file === null) return plainResponse(404, 'Not found');
    try {
      const body = request.method === 'HEAD' ? null : await readFile(file.path);
      return new Response(body, { status: 200, headers: responseHeaders(file.contentType) });
    } catch {
      return plainResponse(404, 'Not found');
    }
  };
}

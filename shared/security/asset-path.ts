/**
 * The relative file a request for the renderer's assets may name, or null when the path could
 * leave the renderer folder. Pure text rules, applied before any host joins it to its root:
 * decoded once, no `..` or `.` segments, no backslashes, no NUL or control characters, no drive
 * letters; `/` means index.html.
 */
export function assetPathOf(urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (/[\\\p{Cc}]/u.test(decoded) || /%/.test(decoded)) return null;
  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment === '..' || segment === '.' || /^[A-Za-z]:/.test(segment))) return null;
  return segments.length === 0 ? 'index.html' : segments.join('/');
}

const contentTypes: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  woff: 'font/woff',
  ttf: 'font/ttf',
  txt: 'text/plain; charset=utf-8',
};

/** The Content-Type of an asset by its extension; null for kinds the renderer never ships. */
export function assetContentType(assetPath: string): string | null {
  const extension = assetPath.slice(assetPath.lastIndexOf('.') + 1).toLowerCase();
  return contentTypes[extension] ?? null;
}

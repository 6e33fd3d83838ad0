/**
 * Path separators (a decoded `%2f` or `%5c` would smuggle one in), `:` (Windows drive letters
 * and alternate data streams), `%` (a second round of encoding) and control characters.
 */
const forbiddenCharacter = /[/\\:%\p{Cc}]/u;

/**
 * Refuses `.`/`..`, empty segments (`//` would restart at the root) and names Windows would
 * silently rewrite by dropping trailing dots or spaces.
 */
function isSafeSegment(segment: string): boolean {
  return segment !== '' && !segment.endsWith('.') && !segment.endsWith(' ') && !forbiddenCharacter.test(segment);
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

/**
 * The segments of the renderer file a request names, or null when the path could point
 * anywhere else. Each segment is decoded once and checked after decoding, so no spelling of
 * "go up" (`../`, `%2e%2e%2f`, `..%5c`, `//`, `C:`) survives; `/` means index.html. Each host
 * joins the segments to its own root and checks containment again.
 */
export function assetPathOf(urlPathname: string): string[] | null {
  if (urlPathname === '' || urlPathname === '/') return ['index.html'];
  if (!urlPathname.startsWith('/')) return null;
  const segments: string[] = [];
  for (const raw of urlPathname.slice(1).split('/')) {
    const segment = decodeSegment(raw);
    if (segment === null || !isSafeSegment(segment)) return null;
    segments.push(segment);
  }
  return segments;
}

/**
 * Content types of what Vite emits for the renderer. A file whose extension is not listed is
 * not served at all, and `nosniff` stops the browser from guessing.
 */
const contentTypes: Readonly<Record<string, string>> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  otf: 'font/otf',
};

/** The Content-Type of an asset by its extension; null for kinds the renderer never ships. */
export function assetContentType(fileName: string): string | null {
  const dot = fileName.lastIndexOf('.');
  if (dot === -1) return null;
  const extension = fileName.slice(dot + 1).toLowerCase();
  return Object.hasOwn(contentTypes, extension) ? (contentTypes[extension] ?? null) : null;
}

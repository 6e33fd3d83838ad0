import { mkdtempSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../shared/security/content-security-policy';
import { createAppProtocolHandler } from '../../../electron/main/app-protocol';

// Created at collection time so test names can mention it; filled and removed by the hooks.
const folder = mkdtempSync(path.join(tmpdir(), 'xinqing-app-protocol-'));
const root = path.join(folder, 'renderer');
const handle = createAppProtocolHandler(root);

beforeAll(async () => {
  await mkdir(path.join(root, 'assets', 'folder.js'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><title>心晴</title>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  await writeFile(path.join(root, 'assets', 'app.css'), 'body{}');
  await writeFile(path.join(root, 'assets', 'logo.svg'), '<svg/>');
  await writeFile(path.join(root, 'assets', 'font.woff2'), 'wOF2');
  await writeFile(path.join(root, 'assets', 'data.bin'), 'raw');
  await writeFile(path.join(folder, 'secret.js'), 'SECRET');
  await writeFile(path.join(folder, 'secret.txt'), 'SECRET');
  await symlink(path.join(folder, 'secret.js'), path.join(root, 'assets', 'escape.js'));
  await symlink(folder, path.join(root, 'outside'));
  await symlink(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function get(url: string, method = 'GET'): Promise<Response> {
  return handle(new Request(url, { method }));
}

describe('app protocol handler', () => {
  it.each([
    ['app://xinqing/index.html', 'text/html; charset=utf-8', '<!doctype html><title>心晴</title>'],
    ['app://xinqing/', 'text/html; charset=utf-8', '<!doctype html><title>心晴</title>'],
    ['app://xinqing/assets/app.js', 'text/javascript; charset=utf-8', 'console.log(1);'],
    ['app://xinqing/assets/app.css', 'text/css; charset=utf-8', 'body{}'],
    ['app://xinqing/assets/logo.svg', 'image/svg+xml', '<svg/>'],
    ['app://xinqing/assets/font.woff2', 'font/woff2', 'wOF2'],
  ])('serves %s as %s with the CSP', async (url, contentType, body) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(contentType);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toBe(body);
  });

  it('follows a symlink that stays inside the renderer', async () => {
    const response = await get('app://xinqing/alias.js');
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log(1);');
  });

  it.each([
    ['a missing file', 'app://xinqing/missing.js'],
    ['a directory', 'app://xinqing/assets/folder.js'],
    ['a file type the app does not serve', 'app://xinqing/assets/data.bin'],
    ['a symlink to a file outside the renderer', 'app://xinqing/assets/escape.js'],
    ['a path through a symlinked folder outside the renderer', 'app://xinqing/outside/secret.js'],
    ['encoded traversal', 'app://xinqing/%2e%2e%2fsecret.js'],
    ['encoded backslash traversal', 'app://xinqing/..%5csecret.js'],
    ['an encoded absolute path', `app://xinqing/${encodeURIComponent(path.join(folder, 'secret.js'))}`],
    ['an encoded NUL', 'app://xinqing/index.html%00.js'],
    ['another host', 'app://other/index.html'],
  ])('answers 404 with the CSP for %s', async (_name, url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    const body = await response.text();
    expect(body).not.toContain('SECRET');
    expect(body).not.toContain(folder);
  });

  it('answers HEAD without a body', async () => {
    const response = await get('app://xinqing/index.html', 'HEAD');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
    expect(await response.text()).toBe('');
  });

  it.each(['POST', 'PUT', 'DELETE'])('refuses %s with 405 and the CSP', async (method) => {
    const response = await get('app://xinqing/index.html', method);
    expect(response.status).toBe(405);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
  });
});

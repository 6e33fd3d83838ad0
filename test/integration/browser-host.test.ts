import { request } from 'node:http';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type BrowserHost, maxCallBytes, startBrowserHost } from '../../electron/browser-host/server';
import { type Fixture, newFixture } from './support/backend-fixture';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the test can send the Host and Origin headers a browser would not. */
function send(
  port: number,
  options: { path: string; method?: string; headers?: Record<string, string>; body?: string },
) {
  return new Promise<Reply>((resolve, reject) => {
    const outgoing = request(
      { host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
      },
    );
    outgoing.on('error', (error: NodeJS.ErrnoException) =>
      error.code === 'ECONNRESET' || error.code === 'EPIPE'
        ? resolve({ status: 413, headers: {}, body: '' })
        : reject(error),
    );
    outgoing.end(options.body);
  });
}

describe('the loopback browser host', () => {
  let fixture: Fixture;
  let host: BrowserHost;
  let rendererFolder: string;
  let token: string;
  beforeEach(async () => {
    fixture = newFixture();
    rendererFolder = mkdtempSync(join(tmpdir(), 'xinqing-renderer-'));
    mkdirSync(join(rendererFolder, 'assets'));
    writeFileSync(join(rendererFolder, 'index.html'), '<!doctype html><title>心晴</title>');
    writeFileSync(join(rendererFolder, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(fixture.folder, 'secret.txt'), 'outside the renderer');
    host = await startBrowserHost({ router: fixture.backend.router, rendererFolder });
    token = new URL(host.url).hash.replace('#token=', '');
  });
  afterEach(async () => {
    await host.close();
    fixture.cleanup();
    rmSync(rendererFolder, { recursive: true, force: true });
  });

  const local = () => ({ Host: `127.0.0.1:${host.port}` });
  const call = (channel: string, body: string, headers: Record<string, string> = {}) =>
    send(host.port, {
      path: `/api/${channel}`,
      method: 'POST',
      headers: { ...local(), 'Content-Type': 'application/json', 'X-Xinqing-Token': token, ...headers },
      body,
    });

  it('binds the loopback address and puts a 256-bit token in the fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[0-9a-f]{64}$/);
  });

  it('serves the renderer with the app CSP and no caching', async () => {
    const page = await send(host.port, { path: '/', headers: local() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('心晴');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-eval');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await send(host.port, { path: '/assets/app.js', headers: local() })).headers['content-type']).toContain(
      'javascript',
    );
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/%252e%252e/secret.txt',
      '/index.html%00.js',
    ]) {
      const reply = await send(host.port, { path, headers: local() });
      expect(reply.status, path).toBe(404);
      expect(reply.body).not.toContain('outside the renderer');
    }
  });

  it('answers contract calls only with the token', async () => {
    expect(JSON.parse((await call('vault.status', '{}')).body)).toMatchObject({
      ok: true,
      value: { state: 'setup-needed' },
    });
    const missing = await call('vault.status', '{}', { 'X-Xinqing-Token': '' });
    expect(missing.status).toBe(401);
    const wrong = await call('vault.status', '{}', { 'X-Xinqing-Token': 'ab'.repeat(32) });
    expect(JSON.parse(wrong.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses other Host names (DNS rebinding) and foreign origins', async () => {
    expect((await call('vault.status', '{}', { Host: `evil.example:${host.port}` })).status).toBe(421);
    expect((await send(host.port, { path: '/', headers: { Host: 'xinqing.example' } })).status).toBe(421);
    expect((await call('vault.status', '{}', { Origin: 'http://evil.example' })).status).toBe(421);
    expect(
      (await call('vault.status', '{}', { Origin: `http://localhost:${host.port}`, Host: `localhost:${host.port}` }))
        .status,
    ).toBe(200);
  });

  it('refuses bodies that are not JSON, too large, or not POST', async () => {
    expect(JSON.parse((await call('vault.status', '{not json')).body).error.code).toBe('VALIDATION_FAILED');
    expect((await call('vault.status', '{}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await call('vault.status', 'x'.repeat(maxCallBytes + 10))).status).toBe(413);
    expect((await send(host.port, { path: '/api/vault.status', headers: local() })).status).toBe(405);
  });
});

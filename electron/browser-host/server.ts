import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { assetContentType, assetPathOf } from '../../shared/security/asset-path';
import type { Router } from '../backend/router';
import { isLoopbackRequest, tokenMatches } from './loopback-guard';
import { securityHeaders } from './response-headers';

/** A call carries at most this much JSON; larger bodies are refused before parsing. */
export const maxCallBytes = 8 * 1024 * 1024;
const apiPrefix = '/api/';

export interface BrowserHost {
  /** The address to open, with the token in the fragment so it never reaches a log or Referer. */
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * The router behind a loopback HTTP endpoint, with the built renderer beside it. Same
 * contract and validation as the Electron host; only the transport differs.
 */
export async function startBrowserHost(options: {
  router: Router;
  rendererFolder: string;
  port?: number;
}): Promise<BrowserHost> {
  const token = randomBytes(32);
  let port = 0;
  const server = createServer((request, response) => {
    handle(request, response).catch(() => send(response, 500, 'text/plain; charset=utf-8', 'Internal error'));
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (!isLoopbackRequest(request.headers, port)) {
      return send(response, 421, 'text/plain; charset=utf-8', 'Misdirected request');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    if (url.pathname.startsWith(apiPrefix)) return handleCall(request, response, url.pathname.slice(apiPrefix.length));
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    }
    const segments = assetPathOf(url.pathname);
    const contentType = segments === null ? null : assetContentType(segments.at(-1)!);
    if (segments === null || contentType === null) return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    try {
      const body = await readFile(join(options.rendererFolder, ...segments));
      return send(response, 200, contentType, request.method === 'HEAD' ? '' : body);
    } catch {
      return send(response, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  async function handleCall(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    if (request.method !== 'POST') return send(response, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const sentToken = request.headers['x-xinqing-token'];
    if (!tokenMatches(Array.isArray(sentToken) ? undefined : sentToken, token)) {
      return sendJson(response, 401, {
        ok: false,
        error: { code: 'UNAUTHORIZED', message: 'Missing or wrong token.' },
      });
    }
    if (!(request.headers['content-type'] ?? '').startsWith('application/json')) {
      return sendJson(response, 415, { ok: false, error: { code: 'VALIDATION_FAILED', message: 'Calls are JSON.' } });
    }
    const body = await readBody(request);
    if (body === null) {
      return sendJson(response, 413, {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: 'The call is too large.' },
      });
    }
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
    } catch {
      return sendJson(response, 400, {
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: 'The call is not JSON.' },
      });
    }
    return sendJson(response, 200, await options.router.call(decodeURIComponent(channel), input));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token.toString('hex')}`,
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxCallBytes) {
        resolve(null);
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Buffer): void {
  if (response.headersSent) return;
  response.writeHead(status, { ...securityHeaders(), 'Content-Type': contentType });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json; charset=utf-8', JSON.stringify(value));
}

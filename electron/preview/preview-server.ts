import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import path from 'node:path';
import type { Duplex } from 'node:stream';
import { fail } from '../../shared/ipc/result';
import { IMPORT_FILE_MAX_BYTES } from '../../shared/domain/imports';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../shared/domain/playbook';
import type { Dispatch } from '../main/ipc/dispatch';
import { loadAsset, UI_RESPONSE_HEADERS } from '../main/static-assets';
import type { EventHub } from './event-hub';

export const BRIDGE_FILE_NAME = 'preview-bridge.js';
/**
 * The largest argument list a request can carry: a playbook file of the largest size accepted,
 * as a JSON string (escaping can make one character take up to six bytes, `\u0001`), or an import
 * file of the largest size accepted, as base64 (four characters per three bytes, none escaped);
 * plus the brackets, quotes and choices around it.
 */
export const MAX_BODY_BYTES =
  Math.max(6 * PLAYBOOK_FILE_MAX_BYTES, Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4) + 64 * 1024;
const INVOKE_PREFIX = '/api/invoke/';
const BASE_URL = 'http://preview.invalid';

export interface PreviewServerOptions {
  /** The built renderer (out/renderer). */
  readonly rendererDir: string;
  /** The built bridge script that gives the page `window.callCoach` over HTTP. */
  readonly bridgeFile: string;
  readonly dispatch: Dispatch;
  readonly events: EventHub;
}

/**
 * Only this machine's own pages may use the preview: the Host must be the loopback address and
 * port we listen on, and a cross-origin page (another site, DNS rebinding) is turned away.
 */
export function isAllowedRequest(headers: IncomingMessage['headers'], port: number): boolean {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!headers.host || !ownHosts.includes(headers.host)) return false;
  const origin = headers.origin;
  return origin === undefined || ownHosts.some((host) => origin === `http://${host}`);
}

function sendJson(
  response: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(JSON.stringify(value));
}

/**
 * The path a request names, or null when the request target is malformed: not a plain
 * origin-form path, not a URL, or percent-encoding that does not decode (or decodes to NUL).
 */
function requestPathname(target: string | undefined): string | null {
  // A browser sends the server it talks to an origin-form target ("/path?query"). Absolute-form
  // is for proxies, and "//name" or "/\\name" would parse as another host.
  if (!target?.startsWith('/') || target.startsWith('//')) return null;
  let url: URL;
  try {
    url = new URL(target, BASE_URL);
  } catch {
    return null;
  }
  if (url.origin !== BASE_URL) return null;
  try {
    if (decodeURIComponent(url.pathname).includes('\0')) return null;
  } catch {
    return null;
  }
  return url.pathname;
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(text);
}

class BodyTooLargeError extends Error {}

async function readJsonBody(request: IncomingMessage): Promise<unknown> {
  // A body that says up front it is too large is refused before a byte of it is read.
  if (Number(request.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
    throw new BodyTooLargeError('Request body too large');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLargeError('Request body too large');
    chunks.push(chunk);
  }
  return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
}

/** The page is the built index.html with the bridge loaded before the app's module script. */
async function sendIndex(response: ServerResponse, rendererDir: string): Promise<void> {
  const html = await readFile(path.join(rendererDir, 'index.html'), 'utf8');
  const withBridge = html.replace(
    '<script',
    `<script src="./${BRIDGE_FILE_NAME}"></script>\n    <script`,
  );
  response.writeHead(200, { ...UI_RESPONSE_HEADERS, 'content-type': 'text/html; charset=utf-8' });
  response.end(withBridge);
}

/** A file of the built UI, with the security headers (404 outside `root`, by name or by link). */
async function sendAsset(response: ServerResponse, root: string, pathname: string): Promise<void> {
  const asset = await loadAsset(root, pathname);
  response.writeHead(asset.status, asset.headers).end(asset.body);
}

function channelFrom(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(INVOKE_PREFIX.length));
  } catch {
    return null;
  }
}

async function handleInvoke(
  request: IncomingMessage,
  response: ServerResponse,
  pathname: string,
  dispatch: Dispatch,
) {
  const channel = channelFrom(pathname);
  if (channel === null) {
    sendJson(response, 400, fail('invalid-input', 'The request name was not valid.'));
    return;
  }
  let args: unknown;
  try {
    args = await readJsonBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // The rest of the body is never read, so the connection cannot carry another request.
      sendJson(response, 413, fail('invalid-input', 'The request was too large to read.'), {
        connection: 'close',
      });
    } else {
      sendJson(response, 400, fail('invalid-input', 'The request body was not valid JSON.'));
    }
    return;
  }
  if (!Array.isArray(args)) {
    sendJson(response, 400, fail('invalid-input', 'The request body must be a list of arguments.'));
    return;
  }
  sendJson(response, 200, await dispatch(channel, args));
}

async function route(
  request: IncomingMessage,
  response: ServerResponse,
  options: PreviewServerOptions,
  port: number,
) {
  const pathname = requestPathname(request.url);
  if (pathname === null) {
    sendText(response, 400, 'Bad request');
    return;
  }
  if (!isAllowedRequest(request.headers, port)) {
    sendText(response, 403, 'Forbidden: the preview only answers its own pages on 127.0.0.1.');
    return;
  }
  if (request.method === 'POST' && pathname.startsWith(INVOKE_PREFIX)) {
    await handleInvoke(request, response, pathname, options.dispatch);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendText(response, 405, 'Method not allowed');
    return;
  }
  if (pathname === '/api/events') {
    options.events.attach(response);
  } else if (pathname === '/' || pathname === '/index.html') {
    await sendIndex(response, options.rendererDir);
  } else if (pathname === `/${BRIDGE_FILE_NAME}`) {
    await sendAsset(response, path.dirname(options.bridgeFile), pathname);
  } else {
    await sendAsset(response, options.rendererDir, pathname);
  }
}

function bareAnswer(statusLine: string): string {
  return `HTTP/1.1 ${statusLine}\r\nContent-Length: 0\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n`;
}

// What Node's parser could not read (a broken request line, NUL, headers over the size limit)
// never reaches `route`. It is answered here with no body and nothing about the error, and the
// connection is closed: its framing cannot be trusted.
function answerClientError(error: NodeJS.ErrnoException, socket: Duplex): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(
    bareAnswer(
      error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request',
    ),
  );
}

/** An HTTP server for the browser preview: the built UI plus main's request dispatcher. */
export function createPreviewServer(options: PreviewServerOptions): Server {
  const server = createServer((request, response) => {
    // Every answer, whichever path writes it (assets, JSON, errors, the event stream).
    response.setHeader('x-content-type-options', 'nosniff');
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    route(request, response, options, port).catch((error: unknown) => {
      console.error('Preview request failed', error);
      if (!response.headersSent) sendText(response, 500, 'Internal error');
      else response.end();
    });
  });
  server.on('clientError', answerClientError);
  return server;
}

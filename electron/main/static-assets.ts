import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security-policy';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The file under `root` that a URL path names, or null when it would escape `root`.
 * `/` serves index.html.
 */
export function resolveAssetPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolved = path.resolve(root, relative);
  return resolved.startsWith(path.resolve(root) + path.sep) ? resolved : null;
}

export function contentTypeFor(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export interface Asset {
  readonly status: 200 | 404;
  readonly body: Uint8Array;
  readonly headers: Readonly<Record<string, string>>;
}

/** The security headers every UI response carries, from the app protocol and the preview alike. */
export const UI_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

/** Reads one UI file for a request path, with its content type and the security headers. */
export async function loadAsset(root: string, urlPath: string): Promise<Asset> {
  const notFound: Asset = {
    status: 404,
    body: new TextEncoder().encode('Not found'),
    headers: { ...UI_RESPONSE_HEADERS, 'content-type': 'text/plain; charset=utf-8' },
  };
  const file = resolveAssetPath(root, urlPath);
  if (!file) return notFound;
  try {
    // The path is inside root by its name; a symlink in the folder must not hand out a file
    // from elsewhere on the machine, so where it really leads is checked as well.
    const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
    if (!realFile.startsWith(realRoot + path.sep)) return notFound;
    const body = await readFile(realFile);
    return {
      status: 200,
      body,
      headers: { ...UI_RESPONSE_HEADERS, 'content-type': contentTypeFor(file) },
    };
  } catch {
    return notFound;
  }
}

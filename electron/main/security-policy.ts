/** The custom scheme the packaged UI is served from; nothing else may call into main. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'call-coach';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * The Content Security Policy for every page of the UI: only our own scripts, styles and
 * connections; no inline script, no eval, no plugins, no framing, no remote anything.
 * The renderer's index.html carries the same policy in a meta tag (a test keeps them equal).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The requests a window may make: our own UI, the devtools, and blob URLs our UI created (an
 * exported playbook is saved from one). Everything else, and every remote address, is cancelled.
 */
export function isAllowedRequestUrl(url: string): boolean {
  return (
    isTrustedAppUrl(url) || url.startsWith('devtools:') || url.startsWith(`blob:${APP_ORIGIN}/`)
  );
}

/** True only for pages of our own UI, the only senders main will answer. */
export function isTrustedAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * What our own pages may do beyond the page itself: write to the clipboard (the recap's Copy;
 * reading it stays refused). Any other permission, `openExternal` included (the page opens no
 * link in another program), and anything asked by another page, is refused.
 */
export function isAllowedPermission(permission: string, requestingUrl: string): boolean {
  return isTrustedAppUrl(requestingUrl) && permission === 'clipboard-sanitized-write';
}

import { protocol } from 'electron';
import { APP_HOST, APP_SCHEME } from './security-policy';
import { loadAsset } from './static-assets';

/** Must run before `app.ready`: makes `app://` a secure, standard origin for the UI. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built UI from `rendererDir` at `app://call-coach/`, with the CSP on every response. */
export function serveAppScheme(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== APP_HOST) return new Response('Not found', { status: 404 });
    const asset = await loadAsset(rendererDir, url.pathname);
    return new Response(new Uint8Array(asset.body), {
      status: asset.status,
      headers: asset.headers,
    });
  });
}

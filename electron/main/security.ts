import { app, session } from 'electron';
import { isAllowedPermission, isAllowedRequestUrl } from './security-policy';

/**
 * App-wide guards, installed before any window exists: no new windows, no navigation away from
 * the UI, no webviews, no permission prompts, and no request to anything but our own scheme.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    // The UI is one page. Even a mailto: link goes nowhere from the page: "Open in mail app"
    // asks main, which builds the link itself (calls:open-recap-mail).
    contents.on('will-navigate', (event) => event.preventDefault());
    // The same for any frame: the CSP lets no frame load, and none may move elsewhere either.
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isAllowedPermission(permission, details.requestingUrl)),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

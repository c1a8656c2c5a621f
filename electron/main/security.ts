import { app, session, shell } from 'electron';
import {
  isAllowedPermission,
  isAllowedRequestUrl,
  isMailtoLink,
  isTrustedAppUrl,
} from './security-policy';

/**
 * App-wide guards, installed before any window exists: no new windows, no navigation away from
 * the UI, no webviews, no permission prompts, and no request to anything but our own scheme.
 */
export function hardenApp(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      event.preventDefault();
      // The recap's "Open in mail app" is a mailto: link; the mail program opens it, never a page.
      if (isMailtoLink(url) && isTrustedAppUrl(contents.getURL())) {
        void shell.openExternal(url).catch(() => undefined);
      }
    });
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(
      isAllowedPermission(
        permission,
        details.requestingUrl,
        'externalURL' in details ? details.externalURL : '',
      ),
    ),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isAllowedPermission(permission, requestingOrigin),
  );
  session.defaultSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url) });
  });
}

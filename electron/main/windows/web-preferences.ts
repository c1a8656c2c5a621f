import type { WebPreferences } from 'electron';

export interface WebPreferenceOptions {
  /** DevTools are for development: a packaged app ships without them. */
  readonly allowDevTools: boolean;
}

/**
 * The only way a window gets its web preferences: isolated, sandboxed, no Node, web security on,
 * no webviews, no remote content, DevTools only when allowed. Every window in the app is created
 * with this.
 */
export function secureWebPreferences(
  preloadPath: string,
  { allowDevTools }: WebPreferenceOptions,
): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: true,
    devTools: allowDevTools,
  };
}

import type { WebPreferences } from 'electron';

/**
 * The only way a window gets its web preferences: isolated, sandboxed, no Node, web security on,
 * no webviews, no remote content. Every window in the app is created with this.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
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
    devTools: true,
  };
}

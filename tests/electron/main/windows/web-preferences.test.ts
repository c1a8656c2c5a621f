import { secureWebPreferences } from '../../../../electron/main/windows/web-preferences';

const development = { allowDevTools: true };
const packaged = { allowDevTools: false };

describe('secureWebPreferences', () => {
  it('isolates the page from the preload', () => {
    expect(secureWebPreferences('/app/preload.cjs', development).contextIsolation).toBe(true);
  });

  it('sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs', development).sandbox).toBe(true);
  });

  it('gives the page no Node, in workers and subframes too', () => {
    expect(secureWebPreferences('/app/preload.cjs', development)).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and refuses insecure content', () => {
    expect(secureWebPreferences('/app/preload.cjs', development)).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('disables the webview tag', () => {
    expect(secureWebPreferences('/app/preload.cjs', development).webviewTag).toBe(false);
  });

  it('does not navigate to files dropped on the window', () => {
    expect(secureWebPreferences('/app/preload.cjs', development).navigateOnDragDrop).toBe(false);
  });

  it('uses the preload path it is given', () => {
    expect(secureWebPreferences('/opt/call-coach/preload/index.cjs', development).preload).toBe(
      '/opt/call-coach/preload/index.cjs',
    );
  });

  it('turns DevTools off when they are not allowed, as in the packaged app', () => {
    expect(secureWebPreferences('/app/preload.cjs', packaged).devTools).toBe(false);
  });

  it('allows DevTools in development', () => {
    expect(secureWebPreferences('/app/preload.cjs', development).devTools).toBe(true);
  });
});

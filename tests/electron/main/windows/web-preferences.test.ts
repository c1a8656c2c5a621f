import { secureWebPreferences } from '../../../../electron/main/windows/web-preferences';

describe('secureWebPreferences', () => {
  it('isolates the page from the preload', () => {
    expect(secureWebPreferences('/app/preload.cjs').contextIsolation).toBe(true);
  });

  it('sandboxes the renderer', () => {
    expect(secureWebPreferences('/app/preload.cjs').sandbox).toBe(true);
  });

  it('gives the page no Node, in workers and subframes too', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and refuses insecure content', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('disables the webview tag', () => {
    expect(secureWebPreferences('/app/preload.cjs').webviewTag).toBe(false);
  });

  it('does not navigate to files dropped on the window', () => {
    expect(secureWebPreferences('/app/preload.cjs').navigateOnDragDrop).toBe(false);
  });

  it('uses the preload path it is given', () => {
    expect(secureWebPreferences('/opt/call-coach/preload/index.cjs').preload).toBe(
      '/opt/call-coach/preload/index.cjs',
    );
  });
});

import { hardenApp } from '../../../electron/main/security';

const fake = vi.hoisted(() => {
  type Listener = (...args: unknown[]) => void;
  const appListeners = new Map<string, Listener[]>();
  const session = {
    permissionRequestHandler: null as
      | null
      | ((
          contents: unknown,
          permission: string,
          callback: (granted: boolean) => void,
          details: { requestingUrl: string; externalURL?: string },
        ) => void),
    permissionCheckHandler: null as null | ((...args: unknown[]) => boolean),
    beforeRequest: null as
      | null
      | ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void),
  };
  const opened: string[] = [];
  const electron = {
    shell: {
      openExternal(url: string) {
        opened.push(url);
        return Promise.resolve();
      },
    },
    app: {
      on(event: string, listener: Listener) {
        appListeners.set(event, [...(appListeners.get(event) ?? []), listener]);
        return electron.app;
      },
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler(handler: typeof session.permissionRequestHandler) {
          session.permissionRequestHandler = handler;
        },
        setPermissionCheckHandler(handler: typeof session.permissionCheckHandler) {
          session.permissionCheckHandler = handler;
        },
        webRequest: {
          onBeforeRequest(handler: typeof session.beforeRequest) {
            session.beforeRequest = handler;
          },
        },
      },
    },
  };
  return { electron, appListeners, session, opened };
});

vi.mock('electron', () => fake.electron);

function createFakeWebContents(url = 'app://call-coach/index.html') {
  const listeners = new Map<
    string,
    ((event: { preventDefault(): void }, ...args: unknown[]) => void)[]
  >();
  let windowOpenHandler: ((details: { url: string }) => unknown) | null = null;
  return {
    getURL: () => url,
    setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
      windowOpenHandler = handler;
    },
    on(event: string, listener: (event: { preventDefault(): void }, ...args: unknown[]) => void) {
      listeners.set(event, [...(listeners.get(event) ?? []), listener]);
    },
    openWindow(url: string): unknown {
      if (!windowOpenHandler) throw new Error('No window open handler');
      return windowOpenHandler({ url });
    },
    /** Fires the event and tells whether a listener prevented its default. */
    fire(event: string, ...args: unknown[]): boolean {
      let isPrevented = false;
      const electronEvent = { preventDefault: () => (isPrevented = true) };
      for (const listener of listeners.get(event) ?? []) listener(electronEvent, ...args);
      return isPrevented;
    },
  };
}

function createHardenedContents(url?: string) {
  hardenApp();
  const contents = createFakeWebContents(url);
  for (const listener of fake.appListeners.get('web-contents-created') ?? [])
    listener({}, contents);
  return contents;
}

function requestOutcome(url: string): { cancel: boolean } | null {
  let outcome: { cancel: boolean } | null = null;
  fake.session.beforeRequest?.({ url }, (response) => (outcome = response));
  return outcome;
}

beforeEach(() => {
  fake.appListeners.clear();
  fake.session.permissionRequestHandler = null;
  fake.session.permissionCheckHandler = null;
  fake.session.beforeRequest = null;
  fake.opened.length = 0;
});

const OUR_PAGE = 'app://call-coach/index.html';

function permissionAnswer(permission: string, requestingUrl = OUR_PAGE, externalURL?: string) {
  let answer: boolean | null = null;
  fake.session.permissionRequestHandler?.(
    {},
    permission,
    (granted) => (answer = granted),
    externalURL === undefined ? { requestingUrl } : { requestingUrl, externalURL },
  );
  return answer;
}

describe('hardenApp', () => {
  it('denies every window.open', () => {
    const contents = createHardenedContents();

    expect(contents.openWindow('https://evil.example/')).toEqual({ action: 'deny' });
    expect(contents.openWindow('app://call-coach/index.html')).toEqual({ action: 'deny' });
  });

  it('prevents navigation away from the loaded page', () => {
    const contents = createHardenedContents();

    expect(contents.fire('will-navigate', 'https://evil.example/')).toBe(true);
  });

  it('prevents redirects', () => {
    expect(createHardenedContents().fire('will-redirect', 'https://evil.example/')).toBe(true);
  });

  it('prevents attaching a webview', () => {
    expect(createHardenedContents().fire('will-attach-webview', {}, {})).toBe(true);
  });

  it('denies every permission request but writing to the clipboard', () => {
    hardenApp();

    const answers = ['media', 'geolocation', 'notifications', 'clipboard-read'].map((permission) =>
      permissionAnswer(permission),
    );

    expect(answers).toEqual([false, false, false, false]);
  });

  it('answers every permission check with no but writing to the clipboard', () => {
    hardenApp();

    expect(fake.session.permissionCheckHandler?.({}, 'media', 'app://call-coach', {})).toBe(false);
    expect(
      fake.session.permissionCheckHandler?.(
        {},
        'clipboard-sanitized-write',
        'app://call-coach',
        {},
      ),
    ).toBe(true);
  });

  it('lets our own pages write to the clipboard, and no other page', () => {
    hardenApp();

    expect(permissionAnswer('clipboard-sanitized-write')).toBe(true);
    expect(permissionAnswer('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('lets no page open a link in another program, a mailto: link included', () => {
    hardenApp();

    expect(permissionAnswer('openExternal', OUR_PAGE, 'mailto:dana@acme.example')).toBe(false);
    expect(permissionAnswer('openExternal', OUR_PAGE, 'https://evil.example/')).toBe(false);
  });

  it('prevents navigating to a mailto: link and opens nothing: main builds the mail link', () => {
    const contents = createHardenedContents();

    expect(contents.fire('will-navigate', 'mailto:dana@acme.example?subject=Hi')).toBe(true);
    expect(contents.fire('will-navigate', OUR_PAGE)).toBe(true);

    expect(fake.opened).toEqual([]);
  });

  it('prevents any frame from navigating', () => {
    expect(createHardenedContents().fire('will-frame-navigate')).toBe(true);
  });

  it.each([
    'https://evil.example/track.js',
    'http://127.0.0.1:4780/',
    'file:///etc/passwd',
    'ws://example.com/',
    'app://other-host/index.html',
    'blob:https://evil.example/4b1c',
    'blob:app://other-host/4b1c',
  ])('cancels a request to %s', (url) => {
    hardenApp();

    expect(requestOutcome(url)).toEqual({ cancel: true });
  });

  it('lets requests for the app scheme through', () => {
    hardenApp();

    expect(requestOutcome('app://call-coach/assets/index.js')).toEqual({ cancel: false });
  });

  it('lets a blob our own UI made through, so an exported playbook can be saved', () => {
    hardenApp();

    expect(requestOutcome('blob:app://call-coach/0f6e2a4c-1b2d-4e1f-9a0b-3c4d5e6f7a8b')).toEqual({
      cancel: false,
    });
  });
});

import type { Dialog, NotificationConstructorOptions, SaveDialogOptions } from 'electron';
import { RequestError } from '../../../../electron/main/core/request-error';
import { createElectronHost } from '../../../../electron/main/hosts/electron-host';
import {
  DEFAULT_HOTKEYS,
  HOTKEY_ACTIONS,
  type HotkeyAction,
  type HotkeyMap,
} from '../../../../shared/domain/hotkeys';
import { MAILTO_MAX_LENGTH, mailtoLink, type MailtoHref } from '../../../../shared/domain/mailto';
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings';

type Call = readonly [method: string, ...args: unknown[]];

function fakeGlobalShortcut() {
  const registered = new Map<string, () => void>();
  const log: Call[] = [];
  return {
    registered,
    log,
    /** Accelerators another app holds: register() returns false. */
    taken: new Set<string>(),
    /** Accelerators Electron cannot parse: register() throws. */
    unparseable: new Set<string>(),
    register(accelerator: string, callback: () => void): boolean {
      log.push(['register', accelerator]);
      if (this.unparseable.has(accelerator)) throw new TypeError('conversion failure');
      if (this.taken.has(accelerator)) return false;
      registered.set(accelerator, callback);
      return true;
    },
    unregisterAll(): void {
      log.push(['unregisterAll']);
      registered.clear();
    },
  };
}

function fakeOverlay() {
  const calls: Call[] = [];
  const record =
    (method: string) =>
    (...args: unknown[]) => {
      calls.push([method, ...args]);
    };
  let visibilityListener: (isShown: boolean) => void = () => undefined;
  const overlay = {
    calls,
    isShownNow: false,
    window: {
      hide: record('hide'),
      show: record('show'),
      showInactive: record('showInactive'),
      focus: record('focus'),
      setAlwaysOnTop: record('setAlwaysOnTop'),
      setVisibleOnAllWorkspaces: record('setVisibleOnAllWorkspaces'),
      setOpacity: record('setOpacity'),
      setContentProtection: record('setContentProtection'),
      setIgnoreMouseEvents: record('setIgnoreMouseEvents'),
    },
    isShown: () => overlay.isShownNow,
    applyLayout: record('applyLayout'),
    onVisibilityChange(listener: (isShown: boolean) => void) {
      visibilityListener = listener;
    },
    /** The window was shown or hidden by the system or the app. */
    changeVisibility(isShown: boolean) {
      overlay.isShownNow = isShown;
      visibilityListener(isShown);
    },
    callsTo(method: string): unknown[][] {
      return calls.filter(([name]) => name === method).map(([, ...args]) => args);
    },
  };
  return overlay;
}

/** Electron's notifications as the host uses them: each one made, shown, and clickable. */
function fakeNotifications(isSupported = true) {
  const made: { options: NotificationConstructorOptions; isShown: boolean; click(): void }[] = [];
  class FakeNotification {
    private readonly entry: (typeof made)[number];
    static isSupported = () => isSupported;
    constructor(options: NotificationConstructorOptions) {
      this.entry = { options, isShown: false, click: () => undefined };
      made.push(this.entry);
    }
    show() {
      this.entry.isShown = true;
    }
    on(_event: 'click', listener: () => void) {
      this.entry.click = listener;
      return this;
    }
  }
  return { Notification: FakeNotification, made };
}

function hostFor(
  nodePlatform: NodeJS.Platform,
  openPath: (folder: string) => Promise<string> = () => Promise.resolve(''),
  options: {
    saveDialog?: { canceled: boolean; filePath: string };
    notifications?: ReturnType<typeof fakeNotifications>;
    openExternal?: (url: string) => Promise<void>;
  } = {},
) {
  const openedExternally: string[] = [];
  const openExternal = (url: string) => {
    openedExternally.push(url);
    return options.openExternal?.(url) ?? Promise.resolve();
  };
  const globalShortcut = fakeGlobalShortcut();
  const asked: SaveDialogOptions[] = [];
  const dialog = {
    showSaveDialog: (dialogOptions: SaveDialogOptions) => {
      asked.push(dialogOptions);
      return Promise.resolve(options.saveDialog ?? { canceled: true, filePath: '' });
    },
  } as Pick<Dialog, 'showSaveDialog'>;
  const notifications = options.notifications ?? fakeNotifications();
  const host = createElectronHost({
    globalShortcut,
    shell: { openPath, openExternal },
    dialog,
    Notification: notifications.Notification,
    nodePlatform,
  });
  const overlay = fakeOverlay();
  return { host, globalShortcut, overlay, asked, notifications, openedExternally };
}

function attached(nodePlatform: NodeJS.Platform) {
  const parts = hostFor(nodePlatform);
  parts.host.attach(parts.overlay);
  return parts;
}

function settings(patch: Partial<Settings> = {}): Settings {
  return { ...DEFAULT_SETTINGS, ...patch };
}

describe('createElectronHost', () => {
  it('is the desktop shell on the platform it runs on', () => {
    const { host } = hostFor('darwin');

    expect(host.shell).toBe('desktop');
    expect(host.platform).toBe('darwin');
  });

  it('names platforms it has no special handling for "other"', () => {
    expect(hostFor('freebsd').host.platform).toBe('other');
  });
});

describe('createElectronHost: hotkeys', () => {
  const noPress = () => undefined;

  it('registers every hotkey system-wide in accelerator syntax and reports them active', () => {
    const { host, globalShortcut } = hostFor('win32');

    const statuses = host.registerHotkeys(DEFAULT_HOTKEYS, noPress);

    expect(Object.values(statuses)).toEqual(HOTKEY_ACTIONS.map(() => 'active'));
    expect(globalShortcut.registered.has('CommandOrControl+Alt+Shift+O')).toBe(true);
    expect(globalShortcut.registered.size).toBe(HOTKEY_ACTIONS.length);
  });

  it('replaces every earlier registration, so a changed combination stops working', () => {
    const { host, globalShortcut } = hostFor('win32');
    host.registerHotkeys(DEFAULT_HOTKEYS, noPress);

    host.registerHotkeys({ ...DEFAULT_HOTKEYS, 'toggle-overlay': 'Ctrl+Alt+F9' }, noPress);

    expect(globalShortcut.log.filter(([method]) => method === 'unregisterAll')).toHaveLength(2);
    expect(globalShortcut.registered.has('CommandOrControl+Alt+Shift+O')).toBe(false);
    expect(globalShortcut.registered.has('CommandOrControl+Alt+F9')).toBe(true);
  });

  it('reports a hotkey turned off as off and registers nothing for it', () => {
    const { host, globalShortcut } = hostFor('win32');
    const hotkeys: HotkeyMap = { ...DEFAULT_HOTKEYS, 'focus-notes': null };

    const statuses = host.registerHotkeys(hotkeys, noPress);

    expect(statuses['focus-notes']).toBe('off');
    expect(globalShortcut.registered.has('CommandOrControl+Alt+Shift+T')).toBe(false);
  });

  it('reports a combination the system or another app holds as taken', () => {
    const { host, globalShortcut } = hostFor('win32');
    globalShortcut.taken.add('CommandOrControl+Alt+Shift+D');

    const statuses = host.registerHotkeys(DEFAULT_HOTKEYS, noPress);

    expect(statuses['open-dispute']).toBe('taken');
    expect(statuses['open-promise-to-pay']).toBe('active');
  });

  it('reports a combination Electron throws on as taken and registers the rest', () => {
    const { host, globalShortcut } = hostFor('linux');
    globalShortcut.unparseable.add('CommandOrControl+Alt+Shift+M');

    const statuses = host.registerHotkeys(DEFAULT_HOTKEYS, noPress);

    expect(statuses['open-check-in-mail']).toBe('taken');
    expect(statuses['toggle-click-through']).toBe('active');
  });

  it('reports text that is not a combination as taken without asking the system', () => {
    const { host, globalShortcut } = hostFor('win32');

    const statuses = host.registerHotkeys({ ...DEFAULT_HOTKEYS, 'check-step': 'Hyper+?' }, noPress);

    expect(statuses['check-step']).toBe('taken');
    expect(globalShortcut.log.some(([, accelerator]) => accelerator === 'Hyper+?')).toBe(false);
  });

  it('passes a press on as the action it belongs to', () => {
    const { host, globalShortcut } = hostFor('darwin');
    const pressed: HotkeyAction[] = [];
    host.registerHotkeys(DEFAULT_HOTKEYS, (action) => pressed.push(action));

    globalShortcut.registered.get('CommandOrControl+Alt+Shift+X')!();
    globalShortcut.registered.get('CommandOrControl+Alt+Shift+C')!();

    expect(pressed).toEqual(['toggle-click-through', 'start-or-end-call']);
  });
});

describe('createElectronHost: click-through', () => {
  it('lets clicks through while still forwarding mouse moves', () => {
    const { host, overlay } = attached('win32');

    host.setClickThrough(true);

    expect(overlay.callsTo('setIgnoreMouseEvents')).toEqual([[true, { forward: true }]]);
  });

  it('catches clicks again when turned off', () => {
    const { host, overlay } = attached('darwin');
    host.setClickThrough(true);

    host.setClickThrough(false);

    expect(overlay.callsTo('setIgnoreMouseEvents').at(-1)).toEqual([false]);
  });

  it('applies click-through turned on before the window existed once it is attached', () => {
    const { host, overlay } = hostFor('win32');
    host.setClickThrough(true);

    host.attach(overlay);

    expect(overlay.callsTo('setIgnoreMouseEvents')).toEqual([[true, { forward: true }]]);
  });
});

describe('createElectronHost: always on top', () => {
  it('on macOS, joins full-screen Spaces and sits above the Dock', () => {
    const { host, overlay } = attached('darwin');

    host.applySettings(settings({ alwaysOnTop: true }));

    expect(overlay.calls.filter(([method]) => method !== 'applyLayout').slice(0, 2)).toEqual([
      ['setVisibleOnAllWorkspaces', true, { visibleOnFullScreen: true }],
      ['setAlwaysOnTop', true, 'pop-up-menu'],
    ]);
  });

  it('on Windows, sits above the taskbar and makes no workspaces call', () => {
    const { host, overlay } = attached('win32');

    host.applySettings(settings({ alwaysOnTop: true }));

    expect(overlay.callsTo('setAlwaysOnTop')).toEqual([[true, 'pop-up-menu']]);
    expect(overlay.callsTo('setVisibleOnAllWorkspaces')).toEqual([]);
  });

  it('on Linux, stays above and on every workspace without a level', () => {
    const { host, overlay } = attached('linux');

    host.applySettings(settings({ alwaysOnTop: true }));

    expect(overlay.callsTo('setVisibleOnAllWorkspaces')).toEqual([[true]]);
    expect(overlay.callsTo('setAlwaysOnTop')).toEqual([[true]]);
  });

  it.each([
    ['darwin', [[false]]],
    ['linux', [[false]]],
    ['win32', []],
  ] as const)('on %s, turning it off really turns it off', (platform, workspaceCalls) => {
    const { host, overlay } = attached(platform);
    host.applySettings(settings({ alwaysOnTop: true }));
    overlay.calls.length = 0;

    host.applySettings(settings({ alwaysOnTop: false }));

    expect(overlay.callsTo('setAlwaysOnTop')).toEqual([[false]]);
    expect(overlay.callsTo('setVisibleOnAllWorkspaces')).toEqual(workspaceCalls);
  });

  it('turns it off on a fresh window whose preferences say off', () => {
    const { host, overlay } = attached('win32');

    host.applySettings(settings({ alwaysOnTop: false }));

    expect(overlay.callsTo('setAlwaysOnTop')).toEqual([[false]]);
  });

  it('puts the window back on top each time it is shown while the setting is on', () => {
    const { host, overlay } = attached('linux');
    host.applySettings(settings({ alwaysOnTop: true }));
    overlay.calls.length = 0;

    overlay.changeVisibility(true);

    expect(overlay.callsTo('setAlwaysOnTop')).toEqual([[true]]);
    expect(overlay.callsTo('setVisibleOnAllWorkspaces')).toEqual([]);
  });

  it('leaves the window where it is on showing while the setting is off', () => {
    const { host, overlay } = attached('darwin');
    host.applySettings(settings({ alwaysOnTop: false }));
    overlay.calls.length = 0;

    overlay.changeVisibility(true);
    overlay.changeVisibility(false);

    expect(overlay.calls).toEqual([]);
  });
});

describe('createElectronHost: other window preferences', () => {
  it('sets the opacity as a fraction on Windows and macOS', () => {
    const { host, overlay } = attached('win32');

    host.applySettings(settings({ opacityPercent: 75 }));

    expect(overlay.callsTo('setOpacity')).toEqual([[0.75]]);
  });

  it('leaves opacity alone on Linux, where Electron cannot change it', () => {
    const { host, overlay } = attached('linux');

    host.applySettings(settings({ opacityPercent: 60 }));

    expect(overlay.callsTo('setOpacity')).toEqual([]);
  });

  it.each([true, false])(
    'asks macOS to keep the window out of screen shares: %s',
    (hideFromScreenShare) => {
      const { host, overlay } = attached('darwin');

      host.applySettings(settings({ hideFromScreenShare }));

      expect(overlay.callsTo('setContentProtection')).toEqual([[hideFromScreenShare]]);
    },
  );

  it('turns screen-share protection off again on Windows', () => {
    const { host, overlay } = attached('win32');
    host.applySettings(settings({ hideFromScreenShare: true }));

    host.applySettings(settings({ hideFromScreenShare: false }));

    expect(overlay.callsTo('setContentProtection')).toEqual([[true], [false]]);
  });

  it('leaves content protection alone on Linux, where Electron has none', () => {
    const { host, overlay } = attached('linux');

    host.applySettings(settings({ hideFromScreenShare: true }));

    expect(overlay.callsTo('setContentProtection')).toEqual([]);
  });

  it('passes the layout and text size to the window', () => {
    const { host, overlay } = attached('win32');

    host.applySettings(settings({ layout: 'compact', textSize: 'large' }));

    expect(overlay.callsTo('applyLayout')).toEqual([['compact', 'large']]);
  });

  it('changes nothing in the window when the same preferences come again', () => {
    const { host, overlay } = attached('darwin');
    host.applySettings(settings({ opacityPercent: 80 }));
    const before = overlay.calls.filter(([method]) => method !== 'applyLayout').length;

    host.applySettings(settings({ opacityPercent: 80 }));

    expect(overlay.calls.filter(([method]) => method !== 'applyLayout')).toHaveLength(before);
  });

  it('never shows or focuses the window while applying preferences', () => {
    const { host, overlay } = attached('darwin');

    host.applySettings(settings({ alwaysOnTop: true, layout: 'compact' }));
    host.applySettings(settings({ alwaysOnTop: false, opacityPercent: 40 }));

    for (const method of ['show', 'showInactive', 'focus']) {
      expect(overlay.callsTo(method)).toEqual([]);
    }
  });

  it('does nothing before the window is attached', () => {
    const { host, overlay } = hostFor('darwin');

    host.applySettings(settings());
    host.toggleVisible();
    host.reveal({ focus: true });

    expect(overlay.calls).toEqual([]);
  });

  it('gives a newly attached window every preference, not only what changed', () => {
    const { host, overlay } = attached('win32');
    host.applySettings(settings({ opacityPercent: 70 }));
    const next = fakeOverlay();

    host.attach(next);
    host.applySettings(settings({ opacityPercent: 70 }));

    expect(next.callsTo('setOpacity')).toEqual([[0.7]]);
    expect(next.callsTo('setAlwaysOnTop')).toEqual([[true, 'pop-up-menu']]);
    expect(overlay.callsTo('setOpacity')).toEqual([[0.7]]);
  });
});

describe('createElectronHost: showing and hiding', () => {
  it('hides a shown overlay', () => {
    const { host, overlay } = attached('win32');
    overlay.isShownNow = true;

    host.toggleVisible();

    expect(overlay.calls).toEqual([['hide']]);
  });

  it('shows a hidden overlay without taking focus', () => {
    const { host, overlay } = attached('win32');

    host.toggleVisible();

    expect(overlay.calls).toEqual([['showInactive']]);
  });

  it('reveals a hidden overlay without focus when the action does not type', () => {
    const { host, overlay } = attached('darwin');

    host.reveal({ focus: false });

    expect(overlay.calls).toEqual([['showInactive']]);
  });

  it('leaves a shown overlay alone when revealing without focus', () => {
    const { host, overlay } = attached('darwin');
    overlay.isShownNow = true;

    host.reveal({ focus: false });

    expect(overlay.calls).toEqual([]);
  });

  it('shows and focuses the overlay for an action that types', () => {
    const { host, overlay } = attached('linux');

    host.reveal({ focus: true });

    expect(overlay.calls).toEqual([['show'], ['focus']]);
  });
});

describe('createElectronHost: opening a folder', () => {
  it('opens the folder in the file manager', async () => {
    const opened: string[] = [];
    const { host } = hostFor('win32', (folder: string) => {
      opened.push(folder);
      return Promise.resolve('');
    });

    await host.openFolder('C:\\Users\\Ana\\Call Coach');

    expect(opened).toEqual(['C:\\Users\\Ana\\Call Coach']);
  });

  it('says it could not open the folder, with its path, when the system reports an error', async () => {
    const { host } = hostFor('linux', () => Promise.resolve('Failed to open path'));

    const failure = host.openFolder('/home/ana/.config/Call Coach');

    await expect(failure).rejects.toBeInstanceOf(RequestError);
    await expect(failure).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('/home/ana/.config/Call Coach') as string,
    });
  });

  it('says the same when opening fails outright', async () => {
    const { host } = hostFor('darwin', () => Promise.reject(new Error('no file manager')));

    await expect(host.openFolder('/Users/ana/Call Coach')).rejects.toMatchObject({
      code: 'unavailable',
    });
  });
});

describe('createElectronHost: opening a mail draft', () => {
  const built = (href: string) => {
    const link = mailtoLink({ to: 'ap@acme.example', subject: 'Our call', body: href });
    if (!link.ok) throw new Error('The test link is too long.');
    return link.href;
  };

  it('hands a mail link main built to the system, and says it did', async () => {
    const { host, openedExternally } = hostFor('linux');
    const href = built('Thanks, Dana.');

    await expect(host.openMailDraft(href)).resolves.toEqual({ kind: 'opened' });
    expect(openedExternally).toEqual([href]);
  });

  it.each([
    'https://evil.example/',
    'file:///etc/passwd',
    'mailto:a@x.example\nhttps://evil.example',
    `mailto:a@x.example?body=${'x'.repeat(MAILTO_MAX_LENGTH)}`,
  ])('hands nothing to the system that is not a mail link of the offered size: %s', async (url) => {
    const { host, openedExternally } = hostFor('linux');

    // The type forbids this; the cast plays a caller that got around it.
    await expect(host.openMailDraft(url as MailtoHref)).rejects.toMatchObject({
      code: 'invalid-input',
    });
    expect(openedExternally).toEqual([]);
  });

  it('says no mail app opened it when the system cannot', async () => {
    const { host } = hostFor('win32', undefined, {
      openExternal: () => Promise.reject(new Error('no handler for mailto')),
    });

    await expect(host.openMailDraft(built('Hi'))).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('No mail app opened the recap') as string,
    });
  });
});

describe('createElectronHost: saving and notifying', () => {
  it('asks where to save with the system dialog, offering the suggested name', async () => {
    const { host, asked } = hostFor('linux', undefined, {
      saveDialog: { canceled: false, filePath: '/home/ana/recap.eml' },
    });

    await expect(host.chooseSavePath('recap.eml')).resolves.toBe('/home/ana/recap.eml');
    expect(asked).toEqual([{ defaultPath: 'recap.eml' }]);
  });

  it('answers null when the caller cancels the dialog', async () => {
    const { host } = hostFor('win32');

    await expect(host.chooseSavePath('export.csv')).resolves.toBeNull();
  });

  it('shows one silent notification, and clicking it runs what the core asked', () => {
    const { host, notifications } = hostFor('darwin');
    let clicks = 0;

    host.notify({ title: '2 follow-ups are due', body: 'Acme and Birch.' }, () => (clicks += 1));
    notifications.made[0]!.click();

    expect(notifications.made).toHaveLength(1);
    expect(notifications.made[0]).toMatchObject({
      options: { title: '2 follow-ups are due', body: 'Acme and Birch.', silent: true },
      isShown: true,
    });
    expect(clicks).toBe(1);
  });

  it('shows nothing where the system has no notifications', () => {
    const notifications = fakeNotifications(false);
    const { host } = hostFor('linux', undefined, { notifications });

    host.notify({ title: '1 follow-up is due', body: 'Acme.' }, () => undefined);

    expect(notifications.made).toEqual([]);
  });
});

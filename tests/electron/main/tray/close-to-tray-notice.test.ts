import type { NotificationConstructorOptions } from 'electron';
import {
  CLOSE_TO_TRAY_NOTICE_KEY,
  closeToTrayMessage,
  createCloseToTrayNotice,
  type NotificationClass,
} from '../../../../electron/main/tray/close-to-tray-notice';
import type { Platform } from '../../../../shared/domain/hotkeys';
import { memorySettings } from '../../support/fixtures';

function fakeNotifications(isSupported = true) {
  const shown: NotificationConstructorOptions[] = [];
  class FakeNotification {
    static isSupported() {
      return isSupported;
    }
    constructor(readonly options: NotificationConstructorOptions) {}
    show() {
      shown.push(this.options);
    }
  }
  return { Notification: FakeNotification satisfies NotificationClass, shown };
}

describe('createCloseToTrayNotice', () => {
  it('says quietly, the first time, that Call Coach keeps running and how to quit', () => {
    const { Notification, shown } = fakeNotifications();
    const notice = createCloseToTrayNotice({
      Notification,
      settings: memorySettings(),
      platform: 'win32',
    });

    notice.sayOnce();

    expect(shown).toEqual([{ ...closeToTrayMessage('win32'), silent: true }]);
  });

  it('never says it a second time', () => {
    const { Notification, shown } = fakeNotifications();
    const notice = createCloseToTrayNotice({
      Notification,
      settings: memorySettings(),
      platform: 'darwin',
    });

    notice.sayOnce();
    notice.sayOnce();

    expect(shown).toHaveLength(1);
  });

  it('remembers that it was said, across restarts', () => {
    const settings = memorySettings();
    const first = fakeNotifications();
    createCloseToTrayNotice({
      Notification: first.Notification,
      settings,
      platform: 'linux',
    }).sayOnce();
    const second = fakeNotifications();

    createCloseToTrayNotice({
      Notification: second.Notification,
      settings,
      platform: 'linux',
    }).sayOnce();

    expect(settings.values.get(CLOSE_TO_TRAY_NOTICE_KEY)).toBe(true);
    expect(second.shown).toEqual([]);
  });

  it('waits for a system that can show notifications before counting it as said', () => {
    const { Notification, shown } = fakeNotifications(false);
    const settings = memorySettings();

    createCloseToTrayNotice({ Notification, settings, platform: 'linux' }).sayOnce();

    expect(shown).toEqual([]);
    expect(settings.values.has(CLOSE_TO_TRAY_NOTICE_KEY)).toBe(false);
  });

  it('says it when the stored flag cannot be read', () => {
    const { Notification, shown } = fakeNotifications();
    const settings = {
      read: () => {
        throw new SyntaxError('Unexpected token');
      },
      write: () => undefined,
    };

    createCloseToTrayNotice({ Notification, settings, platform: 'win32' }).sayOnce();

    expect(shown).toHaveLength(1);
  });
});

describe('closeToTrayMessage', () => {
  it.each([
    ['darwin', 'menu bar'],
    ['win32', 'notification area'],
    ['linux', 'system tray'],
  ] as const)('on %s, says it stays in the %s and how to quit', (platform: Platform, place) => {
    const { title, body } = closeToTrayMessage(platform);

    expect(title).toBe('Call Coach is still running');
    expect(body).toContain(place);
    expect(body).toContain('Quit Call Coach');
  });
});

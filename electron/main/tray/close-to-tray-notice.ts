import type { NotificationConstructorOptions } from 'electron';
import type { Platform } from '../../../shared/domain/hotkeys';
import type { SettingsRepository } from '../modules/settings/settings-repository';

/** Set once the caller has been told that closing the window keeps Call Coach running. */
export const CLOSE_TO_TRAY_NOTICE_KEY = 'notices.closeToTray';

/** Electron's `Notification` class, passed in by index.ts. */
export interface NotificationClass {
  isSupported(): boolean;
  new (options: NotificationConstructorOptions): { show(): void };
}

export interface CloseToTrayNoticeDeps {
  readonly Notification: NotificationClass;
  readonly settings: Pick<SettingsRepository, 'read' | 'write'>;
  readonly platform: Platform;
}

export interface CloseToTrayNotice {
  /** Says it the first time the window hides to the tray, and never again. */
  sayOnce(): void;
}

const WHERE_IT_STAYS: Readonly<Record<Platform, { place: string; howToQuit: string }>> = {
  darwin: {
    place: 'in the menu bar',
    howToQuit: 'click its icon in the menu bar and choose Quit Call Coach',
  },
  win32: {
    place: 'in the notification area by the clock',
    howToQuit: 'right-click its icon there and choose Quit Call Coach',
  },
  linux: {
    place: 'in the system tray',
    howToQuit: 'open its tray menu and choose Quit Call Coach',
  },
  other: {
    place: 'in the system tray',
    howToQuit: 'open its tray menu and choose Quit Call Coach',
  },
};

/** The notice's words for a platform. */
export function closeToTrayMessage(platform: Platform): { title: string; body: string } {
  const { place, howToQuit } = WHERE_IT_STAYS[platform];
  return {
    title: 'Call Coach is still running',
    body: `It's ${place}, ready for your next call. To quit, ${howToQuit}.`,
  };
}

function wasSaid(settings: CloseToTrayNoticeDeps['settings']): boolean {
  try {
    return settings.read(CLOSE_TO_TRAY_NOTICE_KEY) === true;
  } catch {
    // An unreadable flag reads as not said: saying it once more is the lesser harm.
    return false;
  }
}

export function createCloseToTrayNotice({
  Notification,
  settings,
  platform,
}: CloseToTrayNoticeDeps): CloseToTrayNotice {
  return {
    sayOnce() {
      // Without notifications there is no quiet way to say it; the flag stays unset for later.
      if (wasSaid(settings) || !Notification.isSupported()) return;
      new Notification({ ...closeToTrayMessage(platform), silent: true }).show();
      settings.write(CLOSE_TO_TRAY_NOTICE_KEY, true);
    },
  };
}

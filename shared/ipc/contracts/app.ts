import { channelList } from './listed';

/** What the renderer needs to know about the app itself. */
export interface AppStatus {
  /** The folder holding the database. */
  readonly dataDir: string;
  /** Something the caller must hear about storage (e.g. a damaged database was set aside). */
  readonly storageNotice: string | null;
}

/** The window's views, as main may ask for them. */
export type AppView = 'call' | 'follow-ups' | 'history' | 'playbooks' | 'accounts' | 'settings';

export interface ViewRequest {
  readonly view: AppView;
}

export interface AppRequests {
  'app:status': () => AppStatus;
  /** Opens the data folder in the system's file manager. */
  'app:open-data-folder': () => null;
}

export interface AppEvents {
  /** Main asks the window to show a view (the tray's "Settings…"). */
  'view:requested': ViewRequest;
  /** What the caller must hear about storage changed (a damaged database was replaced). */
  'status:changed': AppStatus;
}

export const appRequestChannels = channelList<AppRequests>()('app:status', 'app:open-data-folder');
export const appEventChannels = channelList<AppEvents>()('view:requested', 'status:changed');

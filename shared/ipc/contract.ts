import type { Call, CallCommand } from '../domain/call';
import type { HistoryPage, HistoryQuery } from '../domain/history';
import type { HotkeyAction } from '../domain/hotkeys';
import type { OverlayState } from '../domain/overlay';
import type { Playbook, PlaybookListing } from '../domain/playbook';
import type { Settings, SettingsPatch } from '../domain/settings';
import type { StartCallInput } from '../domain/start-call';

/** What the renderer needs to know about the app itself. */
export interface AppStatus {
  /** The folder holding the database. */
  readonly dataDir: string;
  /** Something the caller must hear about storage (e.g. a damaged database was set aside). */
  readonly storageNotice: string | null;
}

/** A playbook file as stored: the snapshot, and what the caller should hear about it. */
export interface PlaybookImport {
  readonly playbook: Playbook;
  /** E.g. "Stored as version 3 of Overdue invoice call." */
  readonly message: string;
}

/** A playbook as a file to save. */
export interface PlaybookExport {
  readonly fileName: string;
  readonly text: string;
}

/**
 * Every request the renderer can make, as `domain:verb`. Adding an entry here is the only way to
 * add IPC: main must then handle it, the schemas must validate it and the API exposes it.
 */
export interface Requests {
  'app:status': () => AppStatus;
  /** Opens the data folder in the system's file manager. */
  'app:open-data-folder': () => null;
  'playbooks:list': () => PlaybookListing;
  /** The exact version a call used, even after the playbook has changed. */
  'playbooks:get': (playbookId: string, version: number) => Playbook;
  /** Checks a playbook file and stores it as a new version; refuses it with every problem listed. */
  'playbooks:import': (fileText: string) => PlaybookImport;
  'playbooks:export': (playbookId: string) => PlaybookExport;
  'settings:get': () => Settings;
  'settings:update': (patch: SettingsPatch) => Settings;
  /** Every preference back to its default, hotkeys included. */
  'settings:reset': () => Settings;
  'overlay:state': () => OverlayState;
  /** Turning it on is refused while there is no working hotkey to turn it off. */
  'overlay:set-click-through': (isOn: boolean) => OverlayState;
  'calls:start': (input: StartCallInput) => Call;
  'calls:apply': (callId: string, command: CallCommand) => Call;
  'calls:active': () => Call | null;
  'calls:get': (callId: string) => Call;
  'calls:history': (query: HistoryQuery) => HistoryPage;
}

/** Every event main broadcasts to windows, as `domain:past-tense`. */
export interface Events {
  'call:changed': Call;
  'playbooks:changed': PlaybookListing;
  'settings:changed': Settings;
  'overlay:changed': OverlayState;
  /** A global hotkey the window acts on (main handles show/hide and click-through itself). */
  'hotkey:pressed': HotkeyPress;
  /** Main asks the window to show a view (the tray's "Settings…"). */
  'view:requested': ViewRequest;
}

/** The window's views, as main may ask for them. */
export type AppView = 'call' | 'history' | 'playbooks' | 'settings';

export interface ViewRequest {
  readonly view: AppView;
}

/** A global hotkey press passed on to the window. */
export interface HotkeyPress {
  readonly action: HotkeyAction;
}

export type RequestChannel = keyof Requests;
export type EventChannel = keyof Events;
export type RequestArgs<C extends RequestChannel> = Parameters<Requests[C]>;
export type RequestValue<C extends RequestChannel> = ReturnType<Requests[C]>;

/** How main answers one channel; it may throw a RequestError, never anything the caller sees raw. */
export type Handler<C extends RequestChannel> = (
  ...args: RequestArgs<C>
) => RequestValue<C> | Promise<RequestValue<C>>;

/** A missing handler is a compile error. */
export type HandlerMap = { readonly [C in RequestChannel]: Handler<C> };

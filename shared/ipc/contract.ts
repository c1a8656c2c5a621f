import type { AccountsRequests } from './contracts/accounts';
import type { AppEvents, AppRequests } from './contracts/app';
import type { CallsEvents, CallsRequests } from './contracts/calls';
import type { ExportsEvents, ExportsRequests } from './contracts/exports';
import type { ImportsEvents, ImportsRequests } from './contracts/imports';
import type { OverlayEvents, OverlayRequests } from './contracts/overlay';
import type { PlaybooksEvents, PlaybooksRequests } from './contracts/playbooks';
import type { RetentionEvents, RetentionRequests } from './contracts/retention';
import type { SettingsEvents, SettingsRequests } from './contracts/settings';
import type { WorklistEvents, WorklistRequests } from './contracts/worklist';

export type { AppStatus, AppView } from './contracts/app';
export type { PlaybookExport, PlaybookImport } from './contracts/playbooks';

/**
 * Every request the renderer can make, as `domain:verb`, combined from one contract per domain
 * (`contracts/<domain>.ts`). Adding an entry there is the only way to add IPC: main must then
 * handle it, the schemas must validate it and the API exposes it.
 */
export interface Requests
  extends
    AppRequests,
    CallsRequests,
    AccountsRequests,
    ImportsRequests,
    ExportsRequests,
    PlaybooksRequests,
    SettingsRequests,
    OverlayRequests,
    WorklistRequests,
    RetentionRequests {}

/** Every event main broadcasts to windows, as `domain:past-tense`. */
export interface Events
  extends
    AppEvents,
    CallsEvents,
    ImportsEvents,
    ExportsEvents,
    PlaybooksEvents,
    SettingsEvents,
    OverlayEvents,
    WorklistEvents,
    RetentionEvents {}

export type RequestChannel = keyof Requests;
export type EventChannel = keyof Events;
export type RequestArgs<C extends RequestChannel> = Parameters<Requests[C]>;
export type RequestValue<C extends RequestChannel> = ReturnType<Requests[C]>;

/** How main answers one channel; it may throw a RequestError, never anything the caller sees raw. */
export type Handler<C extends RequestChannel> = (
  ...args: RequestArgs<C>
) => RequestValue<C> | Promise<RequestValue<C>>;

/** The handlers of one domain's contract (`DomainHandlers<CallsRequests>`). */
export type DomainHandlers<Contract> = {
  readonly [C in keyof Contract & RequestChannel]: Handler<C>;
};

/** A missing handler is a compile error. */
export type HandlerMap = DomainHandlers<Requests>;

import type { EventChannel, Events } from '../../../shared/ipc/contract';

/** What the tray menu and tooltip depend on. */
export interface TrayState {
  /** The overlay is shown (and not minimized). */
  readonly isVisible: boolean;
  readonly hasOpenCall: boolean;
  readonly clickThrough: boolean;
  /** Follow-ups due by the end of today, overdue included. */
  readonly dueCount: number;
}

type PublishedEvent = {
  [E in EventChannel]: { readonly channel: E; readonly payload: Events[E] };
}[EventChannel];

/**
 * What a published event changes in the tray's state, read from the payload itself (a call is
 * published on every autosave, so asking the database each time would be wasted work); null
 * for events the tray does not show.
 */
export function trayChangeFor<E extends EventChannel>(
  channel: E,
  payload: Events[E],
): Partial<TrayState> | null {
  // A generic channel and payload are always one member of the union; TypeScript cannot see it.
  const event = { channel, payload } as PublishedEvent;
  switch (event.channel) {
    case 'overlay:changed':
      return { clickThrough: event.payload.clickThrough };
    case 'call:changed':
      return { hasOpenCall: event.payload.endedAt === null };
    case 'worklist:changed':
      return { dueCount: event.payload.dueCount };
    default:
      return null;
  }
}

import type { EventChannel, Events } from '../../../shared/ipc/contract';

/** Tells every window about a change: one contract event and its payload. */
export type Publish = <E extends EventChannel>(channel: E, payload: Events[E]) => void;

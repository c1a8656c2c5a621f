import type { ApiTransport } from './api';
import { eventChannels } from './channels';
import type { RequestChannel } from './contract';
import type { Result } from './result';

/**
 * The reads a window makes as it starts (is a call open, the playbooks, the settings, the app's
 * status, the overlay's state): all without arguments, all answered by main in milliseconds.
 */
export const START_UP_READS: readonly RequestChannel[] = [
  'calls:active',
  'playbooks:list',
  'settings:get',
  'app:status',
  'overlay:state',
];

/** How long an early answer nobody asked for is kept: it is for start-up only. */
export const KEEP_EARLY_ANSWERS_MS = 10_000;

export interface StartUpReadOptions {
  readonly reads?: readonly RequestChannel[];
  /** Calls `drop` once start-up is over (the roots pass a timer of KEEP_EARLY_ANSWERS_MS). */
  readonly expire: (drop: () => void) => void;
}

/**
 * A transport that sends the start-up reads at once, as the page begins to load, instead of
 * after its script has loaded and run, so the window knows whether a call is open as soon as it
 * can render. The page's first call of each read (no arguments) gets that early answer; every
 * later call goes to main. An answer is only early, never stale: any broadcast from main before
 * the page takes it (a call changed, settings saved) drops every early answer not yet taken, and
 * the page's own read then goes to main afresh. The page subscribes before it reads
 * (renderer/app/bootstrap.ts), so a change after its read reaches it as a broadcast.
 */
export function withStartUpReads(
  transport: ApiTransport,
  { reads = START_UP_READS, expire }: StartUpReadOptions,
): ApiTransport {
  const early = new Map<RequestChannel, Promise<Result<unknown>>>();
  const stopWatching = eventChannels.map((channel) => transport.subscribe(channel, dropAll));
  for (const channel of reads) early.set(channel, transport.invoke(channel, []));

  function dropAll() {
    early.clear();
    stopWatching.forEach((stop) => stop());
    stopWatching.length = 0;
  }
  expire(dropAll);

  return {
    invoke(channel, args) {
      const answer = args.length === 0 ? early.get(channel) : undefined;
      if (!answer) return transport.invoke(channel, args);
      early.delete(channel);
      if (early.size === 0) dropAll();
      return answer;
    },
    subscribe: (channel, listener) => transport.subscribe(channel, listener),
  };
}

import { buildApi, type CallCoachApi } from '../../shared/ipc/api';
import { unreachable, type Result } from '../../shared/ipc/result';
import { KEEP_EARLY_ANSWERS_MS, withStartUpReads } from '../../shared/ipc/start-up-reads';

// Loaded by the preview page before the app: plays the preload's part over HTTP, so the renderer
// runs unchanged in a browser.

let events: EventSource | null = null;

// The start-up reads go out as this script runs, while the app's own script is still loading.
(window as Window & { callCoach?: CallCoachApi }).callCoach = buildApi(
  withStartUpReads(
    {
      invoke: async (channel, args) => {
        try {
          const response = await fetch(`./api/invoke/${encodeURIComponent(channel)}`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args),
          });
          return (await response.json()) as Result<unknown>;
        } catch {
          return unreachable;
        }
      },
      subscribe: (channel, listener) => {
        events ??= new EventSource('./api/events');
        const forward = (event: MessageEvent<string>) => listener(JSON.parse(event.data));
        events.addEventListener(channel, forward);
        return () => events?.removeEventListener(channel, forward);
      },
    },
    { expire: (drop) => setTimeout(drop, KEEP_EARLY_ANSWERS_MS) },
  ),
);

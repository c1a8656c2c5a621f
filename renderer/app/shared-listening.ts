import type { Unsubscribe } from '../../shared/ipc/api';

/**
 * A subscription shared by every view connected to a store: `listen` runs when the first one
 * connects, and what it returned stops it when the last one leaves. Each connection's way out
 * works once, so a view that unmounts twice (React's strict mode) cannot stop it for the others.
 */
export function sharedListening(listen: () => Unsubscribe): () => Unsubscribe {
  let connections = 0;
  let stop: Unsubscribe | null = null;
  return () => {
    connections += 1;
    stop ??= listen();
    let isConnected = true;
    return () => {
      if (!isConnected) return;
      isConnected = false;
      connections -= 1;
      if (connections === 0) {
        stop?.();
        stop = null;
      }
    };
  };
}

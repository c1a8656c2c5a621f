/** A way for one part of the window to tell another something, without either knowing the other. */
export interface Signal<T> {
  /** Tells every current listener; with nobody listening, the message is dropped. */
  readonly send: (message: T) => void;
  /** Starts listening; returns the way to stop. */
  readonly listen: (listener: (message: T) => void) => () => void;
}

export function createSignal<T>(): Signal<T> {
  const listeners = new Set<(message: T) => void>();
  return {
    send(message) {
      for (const listener of [...listeners]) listener(message);
    },
    listen(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

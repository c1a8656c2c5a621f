import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/** A view whose code loads on demand, and the way to load it ahead of its first showing. */
export interface LazyView<P extends object> {
  readonly View: LazyExoticComponent<ComponentType<P>>;
  readonly preload: () => Promise<void>;
}

/** A thenable that calls back at once, so React renders a loaded view without suspending. */
function settled<T>(value: T): PromiseLike<T> {
  return {
    then(onFulfilled) {
      onFulfilled?.(value);
      return settled(undefined) as never;
    },
  };
}

/**
 * A view loaded by `load` the first time it shows (or is preloaded). Once loaded it renders at
 * once, as if it had been imported with the window.
 */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let loading: Promise<void> | null = null;
  const preload = () =>
    (loading ??= load().then(
      (component) => {
        loaded = component;
      },
      (error: unknown) => {
        // Not kept: the next showing or preload tries again.
        loading = null;
        throw error;
      },
    ));
  const View = lazy(() =>
    loaded
      ? // React only calls `then`, though its types ask for a whole Promise.
        (settled({ default: loaded }) as Promise<{ default: ComponentType<P> }>)
      : preload().then(() => ({ default: loaded! })),
  );
  return { View, preload };
}

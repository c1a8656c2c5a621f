// Long enough for React to render a new layout or view; short enough that a target which never
// comes (the call ended meanwhile) cannot grab focus later, by surprise.
const WAIT_LIMIT_MS = 2000;

type Finder = string | (() => HTMLElement | null);

let stopWaiting = () => {};

function find(target: Finder): HTMLElement | null {
  return typeof target === 'string' ? document.getElementById(target) : target();
}

/**
 * Runs `act` on the target (an element id or a finder) as soon as it is on the page: at once, or
 * once React has rendered it after a command switched the layout or the view. Only the latest
 * request waits, so two quick commands never fight over focus.
 */
function whenShown(target: Finder, act: (element: HTMLElement) => void): void {
  stopWaiting();
  const element = find(target);
  if (element) {
    act(element);
    return;
  }
  const observer = new MutationObserver(() => {
    const shown = find(target);
    if (!shown) return;
    stopWaiting();
    act(shown);
  });
  const timer = setTimeout(() => stopWaiting(), WAIT_LIMIT_MS);
  stopWaiting = () => {
    observer.disconnect();
    clearTimeout(timer);
    stopWaiting = () => {};
  };
  observer.observe(document.body, { childList: true, subtree: true });
}

/** Focuses the target once it is shown; focusing also scrolls it into view. */
export function focusWhenShown(target: Finder): void {
  whenShown(target, (element) => element.focus());
}

/** Scrolls the target into view once it is shown, leaving focus where it is. */
export function revealWhenShown(target: Finder): void {
  whenShown(target, (element) => element.scrollIntoView({ block: 'nearest' }));
}

/** The first field of a form area, for commands that bring the caller to it. */
export function firstFieldIn(container: HTMLElement | null): HTMLElement | null {
  return container?.querySelector<HTMLElement>('input, select, textarea') ?? null;
}

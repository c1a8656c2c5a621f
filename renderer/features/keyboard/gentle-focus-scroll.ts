import { useEffect } from 'react';

/** The window's scrolling areas: the working area, the situations' and views' lines, a view. */
const SCROLLING_AREAS = '.work-area, .situations__toolbar, .app__views, .app__main';

interface ScrollPosition {
  readonly top: number;
  readonly left: number;
  /** What the area showed: when it changed (a form took the card's place), it starts afresh. */
  readonly content: Element | null;
}

/**
 * Moving focus never throws the page around. Chromium scrolls a newly focused element that is
 * out of view to the middle of its area, before any focus event runs; on a live call that jump
 * (hundreds of pixels for one Tab) loses the caller's place. So each area's position is noted
 * just before focus can move (a key or a pointer pressed), and when focus lands, an area that
 * still shows the same content is put back and scrolled only as far as needed ("nearest"),
 * which also keeps the working area's pinned head from covering the field.
 */
export function useGentleFocusScroll(): void {
  useEffect(() => {
    let before = new Map<Element, ScrollPosition>();
    function note() {
      before = new Map();
      for (const area of document.querySelectorAll(SCROLLING_AREAS)) {
        before.set(area, {
          top: area.scrollTop,
          left: area.scrollLeft,
          content: area.firstElementChild,
        });
      }
    }
    function handleFocusIn(event: FocusEvent) {
      const target = event.target;
      if (!(target instanceof HTMLElement)) return;
      for (const [area, position] of before) {
        if (!area.isConnected || !area.contains(target)) continue;
        if (area.firstElementChild !== position.content) continue;
        area.scrollTop = position.top;
        area.scrollLeft = position.left;
      }
      // (A page without layout, as in component tests, has nothing to scroll.)
      if (typeof target.scrollIntoView === 'function') {
        target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      }
      note();
    }
    window.addEventListener('keydown', note, true);
    window.addEventListener('pointerdown', note, true);
    document.addEventListener('focusin', handleFocusIn);
    return () => {
      window.removeEventListener('keydown', note, true);
      window.removeEventListener('pointerdown', note, true);
      document.removeEventListener('focusin', handleFocusIn);
    };
  }, []);
}

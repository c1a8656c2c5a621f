import type { Page } from 'playwright-core';

/** The most a focus change may move the page (any scrolling element, the document included). */
export const MAX_SCROLL_PER_FOCUS_PX = 200;

/** A rectangle in viewport pixels. */
export interface Box {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** What one focus change looked like, measured in the page once it had settled. */
export interface FocusMeasure {
  /** The key that moved focus, and how many keys the call had taken by then. */
  readonly key: string;
  readonly keyNumber: number;
  /** What has focus, named as a screen reader would (role, then name). */
  readonly focused: string;
  readonly isLiveCall: boolean;
  readonly isWrapUp: boolean;
  readonly focusedBox: Box | null;
  /** The part of the focused element not clipped by the viewport or a scrolling ancestor. */
  readonly focusedVisible: Box | null;
  /** What sits on top at the focused element's centre, when it is not the element itself. */
  readonly coveredBy: string | null;
  readonly prompt: {
    readonly text: string;
    readonly box: Box;
    readonly visible: Box | null;
  } | null;
  readonly notes: { readonly box: Box; readonly visible: Box | null } | null;
  /** How far scrolling moved since the previous focus change, by axis, in px. */
  readonly scrolledY: number;
  readonly scrolledX: number;
  /** Which elements moved, for the report. */
  readonly movers: readonly string[];
  /** Scrollers whose content was replaced, and how far their position reset (not counted). */
  readonly swaps: readonly string[];
}

declare global {
  interface Window {
    __layoutProbe?: {
      focusChanges: number;
      lastScrollAt: number;
      /** Whether focus is somewhere else than at the last call (also when it fell to the body). */
      hasFocusMoved(): boolean;
      focusedName(): string;
      take(): { y: number; x: number; movers: string[]; swaps: string[] };
      measure(): Omit<
        FocusMeasure,
        'key' | 'keyNumber' | 'scrolledX' | 'scrolledY' | 'movers' | 'swaps'
      >;
    };
  }
}

/**
 * Puts the meters in the page: a count of focus changes, and a scroll meter that adds up how far
 * every scrolling element moved (both axes, each scroll event's step), so a jump down and back
 * between two focus changes counts both ways. Safe to call again after a reload.
 */
export async function installLayoutProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    if (window.__layoutProbe) return;
    // Where each element was, and what it showed: when a scroller's content is replaced (another
    // form in the working area) its position resets with it, which is a new view, not a move.
    const positions = new WeakMap<
      Element,
      { top: number; left: number; content: Element | null }
    >();
    let y = 0;
    let x = 0;
    const moved = new Map<string, number>();
    const swapped = new Map<string, number>();
    const describe = (element: Element): string => {
      if (element === document.scrollingElement) return 'the document';
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      return `${element.tagName.toLowerCase()}${id}${classes}`;
    };
    const record = (element: Element) => {
      const before = positions.get(element);
      const now = {
        top: element.scrollTop,
        left: element.scrollLeft,
        content: element.firstElementChild,
      };
      const dy = Math.abs(now.top - (before?.top ?? 0));
      const dx = Math.abs(now.left - (before?.left ?? 0));
      if (dy + dx > 0) {
        const name = describe(element);
        if (before !== undefined && before.content !== now.content) {
          swapped.set(name, (swapped.get(name) ?? 0) + dy + dx);
        } else {
          y += dy;
          x += dx;
          moved.set(name, (moved.get(name) ?? 0) + dy + dx);
        }
      }
      positions.set(element, now);
    };
    const everyScroller = () => [
      document.scrollingElement ?? document.documentElement,
      ...document.querySelectorAll('body *'),
    ];
    for (const element of everyScroller()) record(element);
    document.addEventListener(
      'scroll',
      (event) => {
        const target =
          event.target === document
            ? (document.scrollingElement ?? document.documentElement)
            : (event.target as Element);
        record(target);
        probe.lastScrollAt = performance.now();
      },
      { capture: true },
    );
    document.addEventListener('focusin', () => (probe.focusChanges += 1), { capture: true });

    const boxOf = (rect: DOMRect) => ({
      top: rect.top,
      left: rect.left,
      bottom: rect.bottom,
      right: rect.right,
    });
    /** The element's box cut to the viewport and to every ancestor that clips its overflow. */
    const visibleBox = (element: Element) => {
      let box = boxOf(element.getBoundingClientRect());
      const clip = (other: { top: number; left: number; bottom: number; right: number }) => {
        box = {
          top: Math.max(box.top, other.top),
          left: Math.max(box.left, other.left),
          bottom: Math.min(box.bottom, other.bottom),
          right: Math.min(box.right, other.right),
        };
      };
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') {
          clip(boxOf(parent.getBoundingClientRect()));
        }
      }
      clip({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth });
      return box.bottom > box.top && box.right > box.left ? box : null;
    };
    const nameOf = (element: Element): string => {
      if (element === document.body) return 'nothing (the page body)';
      const html = element as HTMLElement;
      const labelledBy = element.getAttribute('aria-labelledby');
      const name =
        element.getAttribute('aria-label') ??
        (labelledBy ? document.getElementById(labelledBy)?.textContent : null) ??
        (html as HTMLInputElement).labels?.[0]?.textContent ??
        html.textContent ??
        '';
      const role =
        element.getAttribute('role') ??
        (element.tagName === 'INPUT'
          ? `input[${element.getAttribute('type') ?? 'text'}]`
          : element.tagName.toLowerCase());
      return `${role} "${name.trim().replace(/\s+/g, ' ')}"`;
    };

    let lastActive: Element | null = document.activeElement;
    let seenChanges = 0;
    const probe = {
      focusChanges: 0,
      lastScrollAt: 0,
      hasFocusMoved() {
        const isMoved = document.activeElement !== lastActive || seenChanges !== probe.focusChanges;
        lastActive = document.activeElement;
        seenChanges = probe.focusChanges;
        return isMoved;
      },
      focusedName: () => nameOf(document.activeElement ?? document.body),
      take() {
        // Anything that moved without its scroll event having fired yet.
        for (const element of everyScroller()) record(element);
        const result = {
          y,
          x,
          movers: [...moved].map(([name, px]) => `${name} ${Math.round(px)}px`),
          swaps: [...swapped].map(([name, px]) => `${name} ${Math.round(px)}px`),
        };
        y = 0;
        x = 0;
        moved.clear();
        swapped.clear();
        return result;
      },
      measure() {
        const active = document.activeElement ?? document.body;
        const notesBox = document.querySelector('textarea#call-notes');
        const liveCall = document.querySelector('.active-call');
        const isWrapUp = document.querySelector('.active-call .wrap-up') !== null;
        const prompt = document.querySelector(
          '.active-call .work-area .situation__prompt, .active-call .work-area .coach-card__prompt',
        );
        let coveredBy: string | null = null;
        const activeBox = active === document.body ? null : active.getBoundingClientRect();
        if (activeBox && activeBox.width > 0 && activeBox.height > 0) {
          const cx = Math.min(Math.max(activeBox.left + activeBox.width / 2, 0), innerWidth - 1);
          const cy = Math.min(Math.max(activeBox.top + activeBox.height / 2, 0), innerHeight - 1);
          const hit = document.elementFromPoint(cx, cy);
          const labels = [...((active as HTMLInputElement).labels ?? [])];
          const isOwn =
            hit !== null &&
            (active.contains(hit) ||
              hit.contains(active) ||
              labels.some((label) => label === hit || label.contains(hit)));
          if (!isOwn) coveredBy = hit ? nameOf(hit) : 'nothing at that point';
        }
        return {
          focused: nameOf(active),
          isLiveCall: liveCall !== null,
          isWrapUp,
          focusedBox: activeBox ? boxOf(activeBox) : null,
          focusedVisible: active === document.body ? null : visibleBox(active),
          coveredBy,
          prompt: prompt
            ? {
                text: prompt.textContent?.trim() ?? '',
                box: boxOf(prompt.getBoundingClientRect()),
                visible: visibleBox(prompt),
              }
            : null,
          notes: notesBox
            ? { box: boxOf(notesBox.getBoundingClientRect()), visible: visibleBox(notesBox) }
            : null,
        };
      },
    };
    window.__layoutProbe = probe;
  });
}

/** Waits until focus and scrolling have been still for a few frames (React moves focus late). */
async function settle(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const probe = window.__layoutProbe!;
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    const deadline = performance.now() + 1_500;
    let focusChanges = probe.focusChanges;
    let active = document.activeElement;
    let quietSince = performance.now();
    await frame();
    while (performance.now() < deadline) {
      await frame();
      await new Promise((resolve) => setTimeout(resolve, 20));
      const now = performance.now();
      if (
        probe.focusChanges !== focusChanges ||
        document.activeElement !== active ||
        now - probe.lastScrollAt < 60
      ) {
        focusChanges = probe.focusChanges;
        active = document.activeElement;
        quietSince = now;
      } else if (now - quietSince >= 90) {
        return;
      }
    }
  });
}

const TOLERANCE_PX = 1;

const fmt = (box: Box | null | undefined) =>
  box
    ? `top ${Math.round(box.top)} bottom ${Math.round(box.bottom)} left ${Math.round(box.left)} right ${Math.round(box.right)}`
    : 'none';

function isWhole(box: Box, visible: Box | null): boolean {
  return (
    visible !== null &&
    visible.top <= box.top + TOLERANCE_PX &&
    visible.bottom >= box.bottom - TOLERANCE_PX &&
    visible.left <= box.left + TOLERANCE_PX &&
    visible.right >= box.right - TOLERANCE_PX
  );
}

/** Every way a measure breaks the rule for the live call at the overlay's size; empty when fine. */
export function layoutProblems(measure: FocusMeasure): string[] {
  if (!measure.isLiveCall) return [];
  const where = `after key ${measure.keyNumber} (${measure.key}), focus on ${measure.focused}`;
  const problems: string[] = [];
  // Focus on nothing is a keyboard problem of its own (see `focusNotes`), not one of layout.
  if (measure.focusedBox && !isWhole(measure.focusedBox, measure.focusedVisible)) {
    problems.push(
      `${where}: the focused element is not fully in view (element ${fmt(measure.focusedBox)}; visible part ${fmt(measure.focusedVisible)})`,
    );
  }
  if (measure.coveredBy !== null) {
    problems.push(`${where}: the focused element is covered by ${measure.coveredBy}`);
  }
  if (!measure.isWrapUp) {
    if (!measure.prompt) problems.push(`${where}: no prompt is shown`);
    else if (!measure.prompt.visible) {
      problems.push(
        `${where}: the prompt "${measure.prompt.text.slice(0, 50)}…" is out of view (${fmt(measure.prompt.box)})`,
      );
    }
  }
  if (!measure.notes) problems.push(`${where}: the notes box is missing`);
  else if (!isWhole(measure.notes.box, measure.notes.visible)) {
    problems.push(
      `${where}: the notes box is not fully in view (box ${fmt(measure.notes.box)}; visible part ${fmt(measure.notes.visible)})`,
    );
  }
  for (const [axis, px] of [
    ['vertically', measure.scrolledY],
    ['sideways', measure.scrolledX],
  ] as const) {
    if (px > MAX_SCROLL_PER_FOCUS_PX) {
      problems.push(
        `${where}: the page moved ${Math.round(px)} px ${axis} (limit ${MAX_SCROLL_PER_FOCUS_PX}): ${measure.movers.join(', ')}`,
      );
    }
  }
  return problems;
}

/**
 * A keyboard that counts every key and, after each key that moves focus, measures what is in
 * view and how far the page moved. Problems are collected (all of them, not just the first), so
 * a call's test fails once with the whole list.
 */
export interface CountingKeyboard {
  press(key: string): Promise<void>;
  /** Types text key by key; each character counts as one key. */
  type(text: string): Promise<void>;
  readonly keys: number;
  readonly measures: readonly FocusMeasure[];
  readonly problems: readonly string[];
  /** Starts a new count and a new scroll reading (for the next call). */
  reset(): Promise<void>;
}

export async function countingKeyboard(page: Page): Promise<CountingKeyboard> {
  await installLayoutProbe(page);
  let keys = 0;
  await page.evaluate(() => window.__layoutProbe!.hasFocusMoved());
  const measures: FocusMeasure[] = [];
  const problems: string[] = [];

  async function check(key: string): Promise<void> {
    await settle(page);
    if (!(await page.evaluate(() => window.__layoutProbe!.hasFocusMoved()))) return;
    const scrolled = await page.evaluate(() => window.__layoutProbe!.take());
    const measure: FocusMeasure = {
      ...(await page.evaluate(() => window.__layoutProbe!.measure())),
      key,
      keyNumber: keys,
      scrolledY: scrolled.y,
      scrolledX: scrolled.x,
      movers: scrolled.movers,
      swaps: scrolled.swaps,
    };
    measures.push(measure);
    problems.push(...layoutProblems(measure));
  }

  return {
    async press(key) {
      keys += 1;
      await page.keyboard.press(key);
      await check(key);
    },
    async type(text) {
      keys += [...text].length;
      await page.keyboard.type(text);
      await check(`typing "${text.slice(0, 20)}"`);
    },
    get keys() {
      return keys;
    },
    measures,
    problems,
    async reset() {
      keys = 0;
      measures.length = 0;
      problems.length = 0;
      await installLayoutProbe(page);
      await page.evaluate(() => {
        window.__layoutProbe!.hasFocusMoved();
        window.__layoutProbe!.take();
      });
    },
  };
}

/** What has focus now, as the probe names it: role, then name (`button "End call"`). */
export async function focusedName(page: Page): Promise<string> {
  await installLayoutProbe(page);
  return page.evaluate(() => window.__layoutProbe!.focusedName());
}

/** Where focus fell to the page body during the live call: worth fixing, but not layout. */
export function focusNotes(measures: readonly FocusMeasure[]): string[] {
  return measures
    .filter((measure) => measure.isLiveCall && measure.focusedBox === null)
    .map(
      (measure) => `after key ${measure.keyNumber} (${measure.key}) focus fell to the page body`,
    );
}

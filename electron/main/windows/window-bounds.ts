import { z } from 'zod';
import { TEXT_SCALE, type TextSize, type WindowLayout } from '../../../shared/domain/settings';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** The size a layout opens at when nothing is remembered, and the smallest it may become. */
export interface OverlaySizes {
  readonly default: Size;
  readonly min: Size;
}

/**
 * Window sizes at the standard text size (15 px). Compact holds two lines (renderer/styles/
 * compact.css): the step's title, the timer and the Expand icon over the cue and the next-move
 * button. That is about 68 px tall; its smallest size also has room for a title wrapped onto a
 * second line (about 83 px) at 300 px wide, where the buttons and the timer still fit beside the
 * text. Expanded sits beside a softphone without covering it.
 */
export const OVERLAY_SIZES: Readonly<Record<WindowLayout, OverlaySizes>> = {
  compact: { default: { width: 520, height: 96 }, min: { width: 300, height: 88 } },
  expanded: { default: { width: 380, height: 640 }, min: { width: 300, height: 360 } },
};

function scaled(size: Size, scale: number): Size {
  return { width: Math.round(size.width * scale), height: Math.round(size.height * scale) };
}

/**
 * The sizes for a layout at a text size. Compact grows with the text (everything in it is sized
 * in rem), or its two lines would be cut off; expanded scrolls, so it keeps its sizes.
 */
export function overlaySizes(layout: WindowLayout, textSize: TextSize): OverlaySizes {
  const sizes = OVERLAY_SIZES[layout];
  if (layout === 'expanded') return sizes;
  const scale = TEXT_SCALE[textSize];
  return { default: scaled(sizes.default, scale), min: scaled(sizes.min, scale) };
}

const EDGE_MARGIN = 16;
// A window counts as reachable only if at least this much of it shows on some display (low
// enough for a compact window, which may be only 77 px tall at the smallest text).
const MIN_VISIBLE = { width: 120, height: 40 } as const;

export const rectSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});

/** Saved bounds read back from storage, or null when missing or malformed. */
export function parseSavedBounds(value: unknown): Rect | null {
  const parsed = rectSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

function overlapArea(a: Rect, b: Rect): Size {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), Math.max(min, max));
}

function fitInside(bounds: Rect, area: Rect): Rect {
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  return {
    width,
    height,
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
  };
}

/** The work area that shows most of `bounds`, if enough of it shows anywhere to reach it. */
function bestVisibleArea(bounds: Rect, workAreas: readonly Rect[]): Rect | null {
  const visible = workAreas
    .map((area) => ({ area, overlap: overlapArea(bounds, area) }))
    .filter(
      ({ overlap }) => overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height,
    )
    .sort((a, b) => b.overlap.width * b.overlap.height - a.overlap.width * a.overlap.height);
  return visible[0]?.area ?? null;
}

/** The top-right corner of the primary display's work area, at the given size. */
export function defaultCorner(primary: Rect, size: Size): Rect {
  return fitInside(
    {
      ...size,
      x: primary.x + primary.width - size.width - EDGE_MARGIN,
      y: primary.y + EDGE_MARGIN,
    },
    primary,
  );
}

/**
 * Where the overlay goes: `wanted` when it still shows on a connected display (pulled fully
 * inside that display's work area, shrunk if the area got smaller), otherwise the top-right
 * corner of the primary display at `defaultSize`. A window whose monitor was unplugged is never
 * left off-screen.
 */
export function placeOverlay(
  wanted: Rect | null,
  workAreas: readonly Rect[],
  primary: Rect,
  defaultSize: Size,
): Rect {
  const area = wanted ? bestVisibleArea(wanted, workAreas) : null;
  if (wanted && area) return fitInside(wanted, area);
  return defaultCorner(primary, defaultSize);
}

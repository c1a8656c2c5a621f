import { z } from 'zod';

export interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Sized to sit beside a softphone without covering it. */
export const OVERLAY_DEFAULT_SIZE = { width: 380, height: 640 } as const;
export const OVERLAY_MIN_SIZE = { width: 300, height: 360 } as const;
const EDGE_MARGIN = 16;
// A window counts as reachable only if at least this much of it shows on some display.
const MIN_VISIBLE = { width: 120, height: 60 } as const;

const rectSchema = z.object({
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

function overlapArea(a: Rect, b: Rect): { width: number; height: number } {
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

/**
 * Where the overlay opens: its saved place when that still shows on a connected display (pulled
 * fully inside that display's work area), otherwise the top-right corner of the primary display.
 * A window saved on a monitor that has since been unplugged is never left off-screen.
 */
export function placeOverlay(saved: Rect | null, workAreas: readonly Rect[], primary: Rect): Rect {
  if (saved) {
    const best = workAreas
      .map((area) => ({ area, overlap: overlapArea(saved, area) }))
      .filter(
        ({ overlap }) => overlap.width >= MIN_VISIBLE.width && overlap.height >= MIN_VISIBLE.height,
      )
      .sort((a, b) => b.overlap.width * b.overlap.height - a.overlap.width * a.overlap.height)[0];
    if (best) return fitInside(saved, best.area);
  }
  return fitInside(
    {
      ...OVERLAY_DEFAULT_SIZE,
      x: primary.x + primary.width - OVERLAY_DEFAULT_SIZE.width - EDGE_MARGIN,
      y: primary.y + EDGE_MARGIN,
    },
    primary,
  );
}

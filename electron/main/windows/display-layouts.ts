import { z } from 'zod';
import type { WindowLayout } from '../../../shared/domain/settings';
import { parseSavedBounds, rectSchema, type Rect } from './window-bounds';

/** One connected display, as much of it as the overlay's placement needs. */
export interface DisplayInfo {
  readonly bounds: Rect;
  readonly workArea: Rect;
  readonly scaleFactor: number;
}

/**
 * A name for a set of connected displays: each one's bounds and scale factor, sorted, so the
 * same monitors give the same key whatever order the system lists them in. Work areas are left
 * out: a taskbar that moves or hides itself does not make a new arrangement.
 */
export function displayLayoutKey(displays: readonly DisplayInfo[]): string {
  return displays
    .map(({ bounds: b, scaleFactor }) => `${b.x},${b.y} ${b.width}x${b.height} @${scaleFactor}`)
    .sort()
    .join(' | ');
}

/** Remembered window bounds per layout, on one set of displays. */
export type LayoutBounds = Readonly<Partial<Record<WindowLayout, Rect>>>;

/** Remembered window bounds for each set of displays, by `displayLayoutKey`. */
export type BoundsMemory = Readonly<Record<string, LayoutBounds>>;

// Enough for every desk a laptop meets (home, office, meeting rooms) without growing forever.
const MAX_REMEMBERED_DISPLAY_SETS = 12;

// Each remembered rectangle is read on its own: one that does not fit is dropped, the rest stay.
const rememberedRect = rectSchema.optional().catch(undefined);
const layoutBoundsSchema = z.object({
  compact: rememberedRect,
  expanded: rememberedRect,
} satisfies Record<WindowLayout, typeof rememberedRect>);
const boundsMemorySchema = z.record(z.string(), z.unknown());

function readLayoutBounds(value: unknown): LayoutBounds | null {
  const parsed = layoutBoundsSchema.safeParse(value);
  if (!parsed.success) return null;
  const kept = Object.fromEntries(
    Object.entries(parsed.data).filter(([, bounds]) => bounds !== undefined),
  );
  return Object.keys(kept).length > 0 ? kept : null;
}

/** Stored bounds memory, keeping every entry that reads well and ignoring anything else. */
export function parseBoundsMemory(value: unknown): BoundsMemory {
  const parsed = boundsMemorySchema.safeParse(value);
  if (!parsed.success) return {};
  return Object.fromEntries(
    Object.entries(parsed.data).flatMap(([displaysKey, entry]) => {
      const layouts = readLayoutBounds(entry);
      return layouts ? [[displaysKey, layouts]] : [];
    }),
  );
}

/** Where the window of `layout` was last on the displays named `displaysKey`, if anywhere. */
export function recallBounds(
  memory: BoundsMemory,
  displaysKey: string,
  layout: WindowLayout,
): Rect | null {
  return memory[displaysKey]?.[layout] ?? null;
}

/**
 * The memory with `bounds` as the place of `layout` on the displays named `displaysKey`. Only
 * the most recently used sets of displays are kept.
 */
export function rememberBounds(
  memory: BoundsMemory,
  displaysKey: string,
  layout: WindowLayout,
  bounds: Rect,
): BoundsMemory {
  const { [displaysKey]: previous, ...others } = memory;
  // The set used last goes last, so the ones trimmed off the front are the least recent.
  const entries = [
    ...Object.entries(others),
    [displaysKey, { ...previous, [layout]: bounds }] as const,
  ];
  return Object.fromEntries(entries.slice(-MAX_REMEMBERED_DISPLAY_SETS));
}

/**
 * Before bounds were remembered per set of displays and layout, one rectangle was stored for the
 * (expanded) window. When nothing newer is stored, it becomes the expanded place on the current
 * displays; null when there is nothing to carry over.
 */
export function migrateLegacyBounds(
  memory: BoundsMemory,
  legacy: unknown,
  displaysKey: string,
): BoundsMemory | null {
  if (Object.keys(memory).length > 0) return null;
  const bounds = parseSavedBounds(legacy);
  return bounds ? { [displaysKey]: { expanded: bounds } } : null;
}

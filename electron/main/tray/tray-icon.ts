import type { Platform } from '../../../shared/domain/hotkeys';
import { encodePng } from './png';

/**
 * `template`: black with transparency, which macOS recolours for a light or dark menu bar.
 * `color`: the app's blue with a white tick, readable on light and dark taskbars and panels.
 */
export type TrayIconStyle = 'template' | 'color';

/** One size of the icon, for a display scale factor. */
export interface TrayIconImage {
  readonly scaleFactor: number;
  readonly png: Buffer;
}

// The app's accent colour (renderer/styles/app.css).
const ACCENT = [0x1f, 0x5f, 0xbf] as const;
// 16 px at 100 % and 32 px for 200 % displays, the sizes tray icons are drawn at.
const SIZES = [
  { scaleFactor: 1, size: 16 },
  { scaleFactor: 2, size: 32 },
] as const;
// Each pixel is sampled on a 4×4 grid, which smooths the edges.
const SAMPLES = 4;

/** The mark, in a unit square: a rounded square with a tick through it. */
function isInSquare(u: number, v: number): boolean {
  const inset = 0.06;
  const radius = 0.22;
  const cx = Math.min(Math.max(u, inset + radius), 1 - inset - radius);
  const cy = Math.min(Math.max(v, inset + radius), 1 - inset - radius);
  return (u - cx) ** 2 + (v - cy) ** 2 <= radius ** 2;
}

const TICK = [
  [0.27, 0.52],
  [0.44, 0.69],
  [0.74, 0.34],
] as const;
const TICK_HALF_WIDTH = 0.075;

function distanceToSegment(u: number, v: number, from: readonly number[], to: readonly number[]) {
  const [ax = 0, ay = 0] = from;
  const [bx = 0, by = 0] = to;
  const t = Math.min(
    1,
    Math.max(0, ((u - ax) * (bx - ax) + (v - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)),
  );
  return Math.hypot(u - (ax + t * (bx - ax)), v - (ay + t * (by - ay)));
}

function isOnTick(u: number, v: number): boolean {
  return (
    Math.min(
      distanceToSegment(u, v, TICK[0], TICK[1]),
      distanceToSegment(u, v, TICK[1], TICK[2]),
    ) <= TICK_HALF_WIDTH
  );
}

/** How much of pixel (x, y) a shape covers, from 0 to 1. */
function coverage(size: number, x: number, y: number, isIn: (u: number, v: number) => boolean) {
  let hits = 0;
  for (let sy = 0; sy < SAMPLES; sy += 1) {
    for (let sx = 0; sx < SAMPLES; sx += 1) {
      if (isIn((x + (sx + 0.5) / SAMPLES) / size, (y + (sy + 0.5) / SAMPLES) / size)) hits += 1;
    }
  }
  return hits / SAMPLES ** 2;
}

function mix(from: number, to: number, share: number): number {
  return Math.round(from + (to - from) * share);
}

/** The mark's RGBA pixels at `size`×`size`. */
export function drawTrayMark(size: number, style: TrayIconStyle): Uint8Array {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      const square = coverage(size, x, y, isInSquare);
      const tick = coverage(size, x, y, (u, v) => isInSquare(u, v) && isOnTick(u, v));
      const offset = (y * size + x) * 4;
      if (style === 'template') {
        // The tick is cut out of the square, so the menu bar shows through it.
        pixels.set([0, 0, 0, Math.round((square - tick) * 255)], offset);
      } else {
        const white = square > 0 ? tick / square : 0;
        const [r, g, b] = ACCENT;
        pixels.set(
          [mix(r, 255, white), mix(g, 255, white), mix(b, 255, white), Math.round(square * 255)],
          offset,
        );
      }
    }
  }
  return pixels;
}

/** The tray icon for a platform, as PNGs for each scale factor. */
export function trayIconImages(platform: Platform): TrayIconImage[] {
  const style: TrayIconStyle = platform === 'darwin' ? 'template' : 'color';
  return SIZES.map(({ scaleFactor, size }) => ({
    scaleFactor,
    png: encodePng(size, size, drawTrayMark(size, style)),
  }));
}

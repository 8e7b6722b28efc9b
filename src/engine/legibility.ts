/**
 * Semantic zoom: which text of a plate is drawn at which zoom. A text is
 * drawn only when it is legible on screen; a short stand-in (a block's "7
 * doelen") is drawn in the place of detail that is not legible yet, and gives
 * way to it once it is. Nothing moves: every text keeps the place the layout
 * gave it, it is only shown or hidden.
 */
import { clamp, type Size } from './viewport';

/** The screens the bounds are set for: a laptop and a full-HD projector. */
const LAPTOP = { width: 1366, height: 768, textPx: 12 };
const PROJECTOR = { width: 1920, height: 1080, textPx: 18 };

/**
 * The smallest canvas a plate is shown in, at the fitted view, on each of those screens: a
 * participant's laptop in a live session (the plate page gives 1011x630) and the session's
 * projector view (1421x907: the worksheet's question takes two lines over the plate, the wall's
 * cards the panel beside it). Plates size their text for these; tests/e2e/legibility.test.ts
 * measures the real pages.
 */
export const SMALLEST_CANVASES = [
  { width: 1011, height: 618, textPx: LAPTOP.textPx },
  { width: 1420, height: 905, textPx: PROJECTOR.textPx },
] as const;

/**
 * The smallest text height, in CSS pixels, that is drawn on a window of this
 * size: 12 px on a 1366x768 laptop, 18 px on a 1920x1080 projector seen from
 * the back of a classroom, in between for the sizes in between.
 */
export function legibleTextPx(window: Size): number {
  const along = Math.min(
    (window.width - LAPTOP.width) / (PROJECTOR.width - LAPTOP.width),
    (window.height - LAPTOP.height) / (PROJECTOR.height - LAPTOP.height),
  );
  return LAPTOP.textPx + clamp(along, 0, 1) * (PROJECTOR.textPx - LAPTOP.textPx);
}

/** What decides whether one text is drawn. */
export interface Legibility {
  /** Its font size in plate units. */
  size: number;
  /** For a stand-in: the font size of the detail it stands in for; it is hidden once that is legible. */
  standsInFor?: number;
}

/** Whether a text is drawn at this scale (screen pixels per plate unit). */
export function isDrawn(text: Legibility, scale: number, minTextPx: number): boolean {
  if (text.size * scale < minTextPx) return false;
  return text.standsInFor === undefined || text.standsInFor * scale < minTextPx;
}

/** The whole plate, as printed: all detail, no stand-ins (the PNG download, the thumbnails). */
export const FULL_DETAIL = Number.POSITIVE_INFINITY;

/**
 * A key that changes exactly when some text of these sizes would switch
 * between drawn and hidden, so the drawing is touched only on a switch and
 * not on every frame of a zoom.
 */
export function detailKey(sizes: readonly number[], scale: number, minTextPx: number): string {
  let key = '';
  for (const size of sizes) key += size * scale >= minTextPx ? '1' : '0';
  return key;
}

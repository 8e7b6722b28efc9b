import type Konva from 'konva';

/** The sharpest bitmap we keep while moving: 2x the plate's units (about 3200x2000 pixels for the usual plate)... */
const MAX_PIXEL_RATIO = 2;
/** ...and never more pixels than that, so a larger plate (plate 5) does not cost more memory or time per frame. */
const MAX_PIXELS = 3200 * 2000;

/**
 * While the view moves, draw the static plate from one bitmap instead of
 * re-drawing hundreds of text lines every frame; once it settles, drop the
 * bitmap so the plate is drawn crisp again at the new zoom (after `onSettle`,
 * which may change what is drawn).
 */
export function createMotionCache(node: () => Konva.Node | null | undefined, settleMs = 200, onSettle?: () => void) {
  let timer = 0;
  return {
    moved(scale: number): void {
      const target = node();
      if (!target) return;
      if (!target.isCached()) {
        const { width, height } = target.getClientRect({ skipTransform: true });
        const budget = Math.sqrt(MAX_PIXELS / Math.max(1, width * height));
        target.cache({ pixelRatio: Math.min(MAX_PIXEL_RATIO, budget, Math.max(1, scale * devicePixelRatio)) });
      }
      clearTimeout(timer);
      timer = window.setTimeout(() => {
        onSettle?.();
        target.clearCache();
        target.getLayer()?.batchDraw();
      }, settleMs);
    },
    dispose(): void {
      clearTimeout(timer);
      node()?.clearCache();
    },
  };
}

import type Konva from 'konva';
import type { Plate, Rect } from '../../plates/types';
import { detailKey, FULL_DETAIL, isDrawn, legibleTextPx, type Legibility } from '../engine/legibility';
import { smallestTextIn } from './regionLayout';

/** The name every plate text carries, with its legibility in the `legibility` attribute. */
export const PLATE_TEXT = 'plate-text';

/**
 * Shows and hides the plate's texts for a zoom (semantic zoom). The decision
 * is `isDrawn`; this only applies it, and only when some text switches, so a
 * zoom that crosses no threshold costs nothing.
 */
export function createLevelOfDetail(layer: () => Konva.Container | null | undefined) {
  let texts: { node: Konva.Node; legibility: Legibility }[] | undefined;
  let sizes: number[] = [];
  let applied = '';

  const collect = (container: Konva.Container) => {
    texts = container.find(`.${PLATE_TEXT}`).map((node) => ({ node, legibility: node.getAttr('legibility') as Legibility }));
    sizes = [...new Set(texts.flatMap(({ legibility }) => [legibility.size, legibility.standsInFor ?? legibility.size]))];
  };

  return {
    /** Applies the level of detail for this scale; returns whether anything changed. */
    show(scale: number, minTextPx = legibleTextPx({ width: window.innerWidth, height: window.innerHeight })): boolean {
      const container = layer();
      if (!container) return false;
      if (!texts) collect(container);
      const key = scale === FULL_DETAIL ? 'full' : detailKey(sizes, scale, minTextPx);
      if (key === applied) return false;
      applied = key;
      for (const { node, legibility } of texts!) node.visible(isDrawn(legibility, scale, minTextPx));
      return true;
    },
    /** Forget the texts found, after the drawing was rebuilt. */
    reset(): void {
      texts = undefined;
      applied = '';
    },
  };
}

/**
 * The scale at which all text of a part is drawn on this window (with 2% to
 * spare), or 0 when it holds none: flying to a part zooms at least this far.
 */
export function legibleScaleOf(plate: Pick<Plate, 'regions'>, box: Rect): number {
  const size = smallestTextIn(plate, box);
  return size ? (1.02 * legibleTextPx({ width: window.innerWidth, height: window.innerHeight })) / size : 0;
}

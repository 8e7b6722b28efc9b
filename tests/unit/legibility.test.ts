import { describe, expect, it } from 'vitest';
import { plates } from '../../plates';
import { layoutRegion, markerFontSize, markerIn, markerRadius } from '../../src/canvas/regionLayout';
import { sameBox } from '../../src/engine/geometry';
import { detailKey, FULL_DETAIL, isDrawn, legibleTextPx, SMALLEST_CANVASES } from '../../src/engine/legibility';
import { fitScale } from '../../src/engine/viewport';

describe('legibleTextPx', () => {
  it.each([
    [{ width: 1366, height: 768 }, 12],
    [{ width: 1920, height: 1080 }, 18],
    [{ width: 1024, height: 600 }, 12],
    [{ width: 3840, height: 2160 }, 18],
    [{ width: 1920, height: 768 }, 12],
  ])('a %o window draws text from %d px up', (window, px) => {
    expect(legibleTextPx(window)).toBeCloseTo(px);
  });

  it('grows with the window between the laptop and the projector', () => {
    const middle = legibleTextPx({ width: 1643, height: 924 });
    expect(middle).toBeGreaterThan(12);
    expect(middle).toBeLessThan(18);
  });
});

describe('isDrawn', () => {
  const body = { size: 18 };
  const standIn = { size: 30, standsInFor: 18 };
  it.each([
    // scale, minimum px, body drawn, stand-in drawn
    [0.3, 12, false, false],
    [0.5, 12, false, true],
    [0.7, 12, true, false],
    [1, 18, true, false],
    [0.9, 18, false, true],
  ])('at scale %d with %d px: body %s, stand-in %s', (scale, px, bodyDrawn, standInDrawn) => {
    expect(isDrawn(body, scale, px)).toBe(bodyDrawn);
    expect(isDrawn(standIn, scale, px)).toBe(standInDrawn);
  });

  it('a drawn text is never smaller on screen than the minimum', () => {
    for (let scale = 0.1; scale < 3; scale += 0.01) {
      for (const size of [16, 18, 20, 24, 32, 48]) {
        if (isDrawn({ size }, scale, 12)) expect(size * scale).toBeGreaterThanOrEqual(12);
      }
    }
  });

  it('a stand-in and the detail it stands for are never drawn together', () => {
    for (let scale = 0.1; scale < 3; scale += 0.01) {
      expect(isDrawn({ size: 18 }, scale, 12) && isDrawn({ size: 28, standsInFor: 18 }, scale, 12)).toBe(false);
    }
  });

  it('the full plate shows all detail and no stand-ins', () => {
    expect(isDrawn({ size: 16 }, FULL_DETAIL, 18)).toBe(true);
    expect(isDrawn({ size: 30, standsInFor: 16 }, FULL_DETAIL, 18)).toBe(false);
  });
});

describe('detailKey', () => {
  it('stays the same while no size crosses the minimum, so a zoom does not touch the drawing every frame', () => {
    const sizes = [18, 26, 36];
    expect(detailKey(sizes, 0.5, 12)).toBe(detailKey(sizes, 0.6, 12));
    expect(detailKey(sizes, 0.6, 12)).not.toBe(detailKey(sizes, 0.7, 12));
  });
});

describe('every plate on the smallest canvas it gets (a live session on a laptop, the projector)', () => {
  const cases = plates.flatMap((plate) => SMALLEST_CANVASES.map((canvas) => [plate.id, `${canvas.width}x${canvas.height}`, plate, canvas] as const));
  it.each(cases)('%s at %s, fitted: every part shows its marker and its title or stand-in', (_id, _size, plate, canvas) => {
    const scale = fitScale(plate, canvas);
    expect(markerFontSize(markerRadius(plate)) * scale).toBeGreaterThanOrEqual(canvas.textPx);
    for (const language of ['nl', 'en'] as const) {
      for (const hotspot of plate.hotspots) {
        const region = plate.regions.find((candidate) => candidate.title && sameBox(candidate, hotspot.shape));
        if (!region) continue;
        const named = layoutRegion(region, language, markerIn(region, plate)).pieces
          .filter((piece) => piece.key === 'title' || piece.key === 'summary')
          .some((piece) => isDrawn(piece.legibility, scale, canvas.textPx));
        expect(named, `${hotspot.id} (${language})`).toBe(true);
      }
    }
  });
});

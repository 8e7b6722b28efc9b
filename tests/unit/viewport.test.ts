import { describe, expect, it } from 'vitest';
import {
  fitViewport, flightAt, focusOn, keepInView, panBy, pinch, screenToWorld,
  viewOf, viewportOf, worldToScreen, zoomAt, zoomLimits, type Viewport,
} from '../../src/engine/viewport';

const plate = { width: 1600, height: 1000 };
const screen = { width: 1200, height: 800 };
const limits = zoomLimits(plate, screen);

function close(a: { x: number; y: number }, b: { x: number; y: number }) {
  expect(a.x).toBeCloseTo(b.x, 6);
  expect(a.y).toBeCloseTo(b.y, 6);
}

describe('viewport math', () => {
  it('fitting shows the whole plate centred on the screen', () => {
    const vp = fitViewport(plate, screen);
    const topLeft = worldToScreen(vp, { x: 0, y: 0 });
    const bottomRight = worldToScreen(vp, { x: plate.width, y: plate.height });
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(screen.width);
    expect(bottomRight.y).toBeLessThanOrEqual(screen.height);
    expect(topLeft.x).toBeCloseTo(screen.width - bottomRight.x, 6);
  });

  it.each([
    [{ x: 0, y: 0 }, 1.5],
    [{ x: 300, y: 200 }, 2],
    [{ x: 1100, y: 750 }, 0.8],
    [{ x: 600, y: 400 }, 1.1],
  ])('zooming at %o by %f keeps the point under the pointer', (point, factor) => {
    const vp = fitViewport(plate, screen);
    const before = screenToWorld(vp, point);
    const after = screenToWorld(zoomAt(vp, point, factor, limits), point);
    close(after, before);
  });

  it('zoom stops at the limits and the point still stays put', () => {
    const vp = fitViewport(plate, screen);
    const point = { x: 420, y: 310 };
    const zoomedIn = zoomAt(vp, point, 1000, limits);
    expect(zoomedIn.scale).toBe(limits.max);
    close(screenToWorld(zoomedIn, point), screenToWorld(vp, point));
    expect(zoomAt(vp, point, 0.001, limits).scale).toBe(limits.min);
  });

  it('zooming in and out again returns to the same viewport', () => {
    const vp = fitViewport(plate, screen);
    const back = zoomAt(zoomAt(vp, { x: 100, y: 90 }, 1.25, limits), { x: 100, y: 90 }, 0.8, limits);
    expect(back.scale).toBeCloseTo(vp.scale, 9);
    close(back, vp);
  });

  it('panning moves the content by exactly the drag distance', () => {
    const vp = fitViewport(plate, screen);
    const moved = panBy(vp, 40, -25);
    close(worldToScreen(moved, { x: 10, y: 10 }), { x: worldToScreen(vp, { x: 10, y: 10 }).x + 40, y: worldToScreen(vp, { x: 10, y: 10 }).y - 25 });
  });

  it('the plate can never be panned completely off screen', () => {
    const vp: Viewport = { x: -100000, y: 100000, scale: 1 };
    const kept = keepInView(vp, plate, screen);
    expect(kept.x + plate.width * kept.scale).toBeGreaterThanOrEqual(120);
    expect(kept.y).toBeLessThanOrEqual(screen.height - 120);
  });

  it('focusing on a box centres it and makes it fill the screen', () => {
    const box = { x: 100, y: 600, width: 300, height: 200 };
    const vp = focusOn(box, screen, limits);
    close(worldToScreen(vp, { x: 250, y: 700 }), { x: 600, y: 400 });
    expect(box.width * vp.scale).toBeLessThanOrEqual(screen.width);
    expect(vp.scale).toBeGreaterThan(fitViewport(plate, screen).scale);
  });

  it('a view survives a round trip through a different screen size', () => {
    const vp = zoomAt(fitViewport(plate, screen), { x: 300, y: 300 }, 2, limits);
    const view = viewOf(vp, plate, screen);
    const other = { width: 1920, height: 1080 };
    const restored = viewOf(viewportOf(view, plate, other), plate, other);
    expect(restored.cx).toBeCloseTo(view.cx, 6);
    expect(restored.cy).toBeCloseTo(view.cy, 6);
    expect(restored.zoom).toBeCloseTo(view.zoom, 6);
  });

  it('a flight starts at its origin and ends at its destination', () => {
    const from = fitViewport(plate, screen);
    const to = focusOn({ x: 1200, y: 100, width: 200, height: 150 }, screen, limits);
    const start = flightAt(from, to, screen, 0);
    const end = flightAt(from, to, screen, 1);
    expect(start.scale).toBeCloseTo(from.scale, 9);
    close(start, from);
    expect(end.scale).toBeCloseTo(to.scale, 9);
    close(end, to);
    const half = flightAt(from, to, screen, 0.5);
    expect(half.scale).toBeGreaterThan(from.scale);
    expect(half.scale).toBeLessThan(to.scale);
  });

  it('pinching apart around a fixed midpoint zooms in around that midpoint', () => {
    const vp = fitViewport(plate, screen);
    const before: [{ x: number; y: number }, { x: number; y: number }] = [{ x: 500, y: 400 }, { x: 700, y: 400 }];
    const after: typeof before = [{ x: 400, y: 400 }, { x: 800, y: 400 }];
    const next = pinch(vp, before, after, limits);
    expect(next.scale).toBeCloseTo(vp.scale * 2, 9);
    close(screenToWorld(next, { x: 600, y: 400 }), screenToWorld(vp, { x: 600, y: 400 }));
  });
});

describe('camera', () => {
  /** A clock and frames the test drives by hand. */
  function manualFrames() {
    let time = 0;
    const queue = new Map<number, () => void>();
    let next = 1;
    return {
      now: () => time,
      frames: { request: (callback: () => void) => (queue.set(next, callback), next++), cancel: (handle: number) => void queue.delete(handle) },
      advance(ms: number) {
        time += ms;
        const due = [...queue.values()];
        queue.clear();
        for (const callback of due) callback();
      },
    };
  }

  it('flying to a small hotspot stops at 2.5 times the fitted size and centres it', async () => {
    const { Camera } = await import('../../src/engine/camera');
    const clock = manualFrames();
    const camera = new Camera(plate, clock.now, clock.frames);
    camera.resize(screen);
    camera.flyTo({ x: 100, y: 100, width: 60, height: 30 }, 0);
    expect(camera.zoom).toBeCloseTo(2.5, 6);
    close(worldToScreen(camera.current, { x: 130, y: 115 }), { x: 600, y: 400 });
  });

  it('flying to a small part whose text needs more zoom goes further, until the text is legible', async () => {
    const { Camera } = await import('../../src/engine/camera');
    const clock = manualFrames();
    const camera = new Camera(plate, clock.now, clock.frames);
    camera.resize(screen);
    const fitted = camera.current.scale;
    camera.flyTo({ x: 100, y: 100, width: 60, height: 30 }, 0, fitted * 4);
    expect(camera.current.scale).toBeCloseTo(fitted * 4, 6);
    close(worldToScreen(camera.current, { x: 130, y: 115 }), { x: 600, y: 400 });
  });

  it('an animated flight passes through the frames and lands on its target', async () => {
    const { Camera } = await import('../../src/engine/camera');
    const clock = manualFrames();
    const camera = new Camera(plate, clock.now, clock.frames);
    camera.resize(screen);
    camera.flyTo({ x: 1200, y: 100, width: 100, height: 100 }, 600);
    expect(camera.zoom).toBeCloseTo(1, 6);
    clock.advance(300);
    expect(camera.zoom).toBeGreaterThan(1);
    expect(camera.zoom).toBeLessThan(2.5);
    clock.advance(300);
    expect(camera.zoom).toBeCloseTo(2.5, 6);
  });

  it('user input stops a running flight where it is', async () => {
    const { Camera } = await import('../../src/engine/camera');
    const clock = manualFrames();
    const camera = new Camera(plate, clock.now, clock.frames);
    camera.resize(screen);
    camera.flyTo({ x: 1200, y: 100, width: 100, height: 100 }, 600);
    clock.advance(200);
    camera.panBy(10, 0);
    const stopped = camera.zoom;
    clock.advance(400);
    expect(camera.zoom).toBe(stopped);
  });

  it('flying to a large region shows all of it', async () => {
    const { Camera } = await import('../../src/engine/camera');
    const clock = manualFrames();
    const camera = new Camera(plate, clock.now, clock.frames);
    camera.resize(screen);
    camera.flyTo({ x: 0, y: 500, width: 1600, height: 500 }, 0);
    const topLeft = worldToScreen(camera.current, { x: 0, y: 500 });
    const bottomRight = worldToScreen(camera.current, { x: 1600, y: 1000 });
    expect(topLeft.x).toBeGreaterThanOrEqual(0);
    expect(topLeft.y).toBeGreaterThanOrEqual(0);
    expect(bottomRight.x).toBeLessThanOrEqual(screen.width);
    expect(bottomRight.y).toBeLessThanOrEqual(screen.height);
  });
});

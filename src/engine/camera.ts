/**
 * The camera owns the live viewport of one plate view. It changes on every
 * wheel tick and drag, so it lives outside React: renderers subscribe and
 * apply the transform imperatively, without re-rendering components.
 */
import {
  fitViewport, flightAt, focusOn, keepInView, panBy, pinch, viewOf, viewportOf, zoomAt, zoomLimits,
  type Box, type Point, type Size, type View, type Viewport,
} from './viewport';

type Listener = (viewport: Viewport) => void;

/** Animation frames; the browser's by default, a fake one in tests. */
export interface FrameScheduler {
  request(callback: () => void): number;
  cancel(handle: number): void;
}

const browserFrames: FrameScheduler = {
  request: (callback) => requestAnimationFrame(callback),
  cancel: (handle) => cancelAnimationFrame(handle),
};

const FLY_TO_MAX_ZOOM = 2.5;
/** Screen pixels kept free around a hotspot the camera flies to. */
const FLY_TO_MARGIN = 48;

export class Camera {
  private viewport: Viewport = { x: 0, y: 0, scale: 1 };
  private screen: Size = { width: 1, height: 1 };
  private listeners = new Set<Listener>();
  private flight = 0;

  constructor(
    private readonly content: Size,
    private readonly now: () => number = () => performance.now(),
    private readonly frames: FrameScheduler = browserFrames,
  ) {}

  get current(): Viewport {
    return this.viewport;
  }

  get view(): View {
    return viewOf(this.viewport, this.content, this.screen);
  }

  /** The zoom relative to the fitted plate (1 = fitted). */
  get zoom(): number {
    return this.view.zoom;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The screen size in pixels; 1x1 until the first real size is known. */
  get screenSize(): Size {
    return this.screen;
  }

  /** Whether a box of the plate lies wholly on screen. */
  shows(box: Box): boolean {
    const { x, y, scale } = this.viewport;
    const left = box.x * scale + x;
    const top = box.y * scale + y;
    return left >= 0 && top >= 0 && left + box.width * scale <= this.screen.width && top + box.height * scale <= this.screen.height;
  }

  resize(screen: Size): void {
    // A hidden or detached canvas reports size zero: keep the last real view rather than one of nothing.
    if (screen.width < 1 || screen.height < 1) return;
    const view = this.screen.width > 1 ? this.view : undefined;
    this.screen = screen;
    this.set(view ? viewportOf(view, this.content, screen) : fitViewport(this.content, screen));
  }

  fit(): void {
    this.set(fitViewport(this.content, this.screen));
  }

  show(view: View): void {
    this.set(viewportOf(view, this.content, this.screen));
  }

  zoomAt(point: Point, factor: number): void {
    this.set(zoomAt(this.viewport, point, factor, zoomLimits(this.content, this.screen)));
  }

  /** Zoom around the centre of the screen (keyboard and buttons). */
  zoomBy(factor: number): void {
    this.zoomAt({ x: this.screen.width / 2, y: this.screen.height / 2 }, factor);
  }

  panBy(dx: number, dy: number): void {
    this.set(panBy(this.viewport, dx, dy));
  }

  pinch(before: [Point, Point], after: [Point, Point]): void {
    this.set(pinch(this.viewport, before, after, zoomLimits(this.content, this.screen)));
  }

  /**
   * Move to show `box` with some of the plate around it, so the room keeps its
   * bearings: at most 2.5 times the fitted size, or as far as `legibleScale`
   * (the scale at which the part's text is drawn) when that is further.
   * Animated over `duration` ms, or at once when duration is 0.
   */
  flyTo(box: Box, duration: number, legibleScale = 0): void {
    const limits = zoomLimits(this.content, this.screen);
    const fit = fitViewport(this.content, this.screen).scale;
    const max = Math.min(limits.max, Math.max(fit * FLY_TO_MAX_ZOOM, legibleScale));
    const target = focusOn(box, this.screen, { min: limits.min, max }, FLY_TO_MARGIN);
    this.animateTo(target, duration);
  }

  fitAnimated(duration: number): void {
    this.animateTo(fitViewport(this.content, this.screen), duration);
  }

  private animateTo(target: Viewport, duration: number): void {
    this.frames.cancel(this.flight);
    if (duration <= 0) {
      this.set(target);
      return;
    }
    const from = this.viewport;
    const start = this.now();
    const step = () => {
      const t = Math.min(1, (this.now() - start) / duration);
      this.set(flightAt(from, target, this.screen, t), false);
      if (t < 1) this.flight = this.frames.request(step);
    };
    this.flight = this.frames.request(step);
  }

  /** Any user input stops a running flight. */
  stop(): void {
    this.frames.cancel(this.flight);
  }

  private set(viewport: Viewport, stopFlight = true): void {
    if (stopFlight) this.stop();
    this.viewport = keepInView(viewport, this.content, this.screen);
    for (const listener of this.listeners) listener(this.viewport);
  }
}

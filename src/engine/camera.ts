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

export class Camera {
  private viewport: Viewport = { x: 0, y: 0, scale: 1 };
  private screen: Size = { width: 1, height: 1 };
  private listeners = new Set<Listener>();
  private flight = 0;

  constructor(private readonly content: Size, private readonly now: () => number = () => performance.now()) {}

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

  resize(screen: Size): void {
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

  /** Move to show `box`; animated over `duration` ms, or at once when duration is 0. */
  flyTo(box: Box, duration: number): void {
    const target = focusOn(box, this.screen, zoomLimits(this.content, this.screen));
    this.animateTo(target, duration);
  }

  fitAnimated(duration: number): void {
    this.animateTo(fitViewport(this.content, this.screen), duration);
  }

  private animateTo(target: Viewport, duration: number): void {
    cancelAnimationFrame(this.flight);
    if (duration <= 0) {
      this.set(target);
      return;
    }
    const from = this.viewport;
    const start = this.now();
    const step = () => {
      const t = Math.min(1, (this.now() - start) / duration);
      this.set(flightAt(from, target, this.screen, t), false);
      if (t < 1) this.flight = requestAnimationFrame(step);
    };
    this.flight = requestAnimationFrame(step);
  }

  /** Any user input stops a running flight. */
  stop(): void {
    cancelAnimationFrame(this.flight);
  }

  private set(viewport: Viewport, stopFlight = true): void {
    if (stopFlight) this.stop();
    this.viewport = keepInView(viewport, this.content, this.screen);
    for (const listener of this.listeners) listener(this.viewport);
  }
}

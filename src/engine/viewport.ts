/**
 * Viewport math for the zoomable plate, independent of React and Konva.
 * A viewport maps plate (world) units to screen pixels: screen = world * scale + offset.
 */

export interface Point {
  x: number;
  y: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Point, Size {}

export interface Viewport {
  x: number;
  y: number;
  scale: number;
}

export interface ZoomLimits {
  min: number;
  max: number;
}

/** A device-independent view: the world point at the screen's centre and the zoom relative to "fit". */
export interface View {
  cx: number;
  cy: number;
  zoom: number;
}

export function screenToWorld(viewport: Viewport, point: Point): Point {
  return { x: (point.x - viewport.x) / viewport.scale, y: (point.y - viewport.y) / viewport.scale };
}

export function worldToScreen(viewport: Viewport, point: Point): Point {
  return { x: point.x * viewport.scale + viewport.x, y: point.y * viewport.scale + viewport.y };
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The scale at which the whole content fits the screen, with a margin in pixels on every side. */
export function fitScale(content: Size, screen: Size, margin = 16): number {
  const width = Math.max(1, screen.width - 2 * margin);
  const height = Math.max(1, screen.height - 2 * margin);
  return Math.min(width / content.width, height / content.height);
}

/** The whole content centred on the screen. */
export function fitViewport(content: Size, screen: Size, margin = 16): Viewport {
  const scale = fitScale(content, screen, margin);
  return {
    scale,
    x: (screen.width - content.width * scale) / 2,
    y: (screen.height - content.height * scale) / 2,
  };
}

/** Zoom limits relative to the fitted scale: from half the fitted size to eight times it. */
export function zoomLimits(content: Size, screen: Size): ZoomLimits {
  const fit = fitScale(content, screen);
  return { min: fit * 0.5, max: fit * 8 };
}

/** Zoom by `factor` around a screen point; the world point under it stays under it. */
export function zoomAt(viewport: Viewport, point: Point, factor: number, limits: ZoomLimits): Viewport {
  const scale = clamp(viewport.scale * factor, limits.min, limits.max);
  const anchor = screenToWorld(viewport, point);
  return { scale, x: point.x - anchor.x * scale, y: point.y - anchor.y * scale };
}

export function panBy(viewport: Viewport, dx: number, dy: number): Viewport {
  return { ...viewport, x: viewport.x + dx, y: viewport.y + dy };
}

/**
 * Keep at least `keep` pixels of the content on screen, so a user can never
 * pan the plate out of sight and lose it.
 */
export function keepInView(viewport: Viewport, content: Size, screen: Size, keep = 120): Viewport {
  const width = content.width * viewport.scale;
  const height = content.height * viewport.scale;
  const minKeepX = Math.min(keep, width);
  const minKeepY = Math.min(keep, height);
  return {
    ...viewport,
    x: clamp(viewport.x, minKeepX - width, screen.width - minKeepX),
    y: clamp(viewport.y, minKeepY - height, screen.height - minKeepY),
  };
}

/** A viewport that shows `box` as large as fits, centred, within the limits. */
export function focusOn(box: Box, screen: Size, limits: ZoomLimits, margin = 48): Viewport {
  const scale = clamp(fitScale(box, screen, margin), limits.min, limits.max);
  return {
    scale,
    x: screen.width / 2 - (box.x + box.width / 2) * scale,
    y: screen.height / 2 - (box.y + box.height / 2) * scale,
  };
}

export function viewOf(viewport: Viewport, content: Size, screen: Size): View {
  const centre = screenToWorld(viewport, { x: screen.width / 2, y: screen.height / 2 });
  return { cx: centre.x, cy: centre.y, zoom: viewport.scale / fitScale(content, screen) };
}

export function viewportOf(view: View, content: Size, screen: Size): Viewport {
  const limits = zoomLimits(content, screen);
  const scale = clamp(view.zoom * fitScale(content, screen), limits.min, limits.max);
  return { scale, x: screen.width / 2 - view.cx * scale, y: screen.height / 2 - view.cy * scale };
}

/**
 * The viewport at time t in [0, 1] of a flight from `from` to `to`: the scale is
 * interpolated geometrically (zooming feels even) and the world point at the
 * screen centre moves linearly, eased in and out.
 */
export function flightAt(from: Viewport, to: Viewport, screen: Size, t: number): Viewport {
  const eased = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
  const middle = { x: screen.width / 2, y: screen.height / 2 };
  const a = screenToWorld(from, middle);
  const b = screenToWorld(to, middle);
  const scale = from.scale * (to.scale / from.scale) ** eased;
  const centre = { x: a.x + (b.x - a.x) * eased, y: a.y + (b.y - a.y) * eased };
  return { scale, x: middle.x - centre.x * scale, y: middle.y - centre.y * scale };
}

/** Two-finger pinch: the new viewport from the previous and current touch points. */
export function pinch(viewport: Viewport, before: [Point, Point], after: [Point, Point], limits: ZoomLimits): Viewport {
  const distance = (p: [Point, Point]) => Math.hypot(p[0].x - p[1].x, p[0].y - p[1].y);
  const middle = (p: [Point, Point]) => ({ x: (p[0].x + p[1].x) / 2, y: (p[0].y + p[1].y) / 2 });
  const factor = distance(after) / Math.max(1, distance(before));
  const zoomed = zoomAt(viewport, middle(before), factor, limits);
  const from = middle(before);
  const to = middle(after);
  return panBy(zoomed, to.x - from.x, to.y - from.y);
}

/**
 * Pointer, wheel, touch and keyboard navigation of a plate. Wheel ticks are
 * gathered per animation frame; nothing here re-renders React.
 */
import { useEffect } from 'react';
import type { Camera } from '../engine/camera';
import type { Point } from '../engine/viewport';

const DRAG_THRESHOLD = 5;
const KEY_ZOOM = 1.25;
const KEY_PAN = 80;

export interface PlateInputOptions {
  /** Called when the user moves the view by hand (not by a fly-to). */
  onUserMove?: () => void;
}

export function usePlateInput(element: HTMLElement | null, camera: Camera, options: PlateInputOptions = {}) {
  const { onUserMove } = options;
  useEffect(() => {
    if (!element) return;
    const local = (event: { clientX: number; clientY: number }): Point => {
      const rect = element.getBoundingClientRect();
      return { x: event.clientX - rect.left, y: event.clientY - rect.top };
    };

    let wheelDelta = 0;
    let wheelPoint: Point = { x: 0, y: 0 };
    let wheelFrame = 0;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      // Trackpad pinch arrives as ctrl+wheel with small deltas; give it more weight.
      const unit = event.deltaMode === 1 ? 33 : event.deltaMode === 2 ? 400 : 1;
      wheelDelta += event.deltaY * unit * (event.ctrlKey ? 8 : 1);
      wheelPoint = local(event);
      if (!wheelFrame) {
        wheelFrame = requestAnimationFrame(() => {
          wheelFrame = 0;
          camera.zoomAt(wheelPoint, Math.exp(-wheelDelta * 0.0015));
          wheelDelta = 0;
          onUserMove?.();
        });
      }
    };

    const pointers = new Map<number, Point>();
    let start: Point | null = null;
    let dragging = false;
    const onPointerDown = (event: PointerEvent) => {
      if (event.button !== 0 && event.pointerType === 'mouse') return;
      pointers.set(event.pointerId, local(event));
      start = local(event);
      dragging = false;
    };
    const onPointerMove = (event: PointerEvent) => {
      const previous = pointers.get(event.pointerId);
      if (!previous || !start) return;
      const point = local(event);
      if (pointers.size === 2) {
        const [a, b] = [...pointers.entries()];
        const before: [Point, Point] = [a[1], b[1]];
        pointers.set(event.pointerId, point);
        const after: [Point, Point] = [pointers.get(a[0])!, pointers.get(b[0])!];
        camera.pinch(before, after);
        dragging = true;
        onUserMove?.();
        return;
      }
      // One finger scrolls the page (touch-action: pan-y); only two fingers pan and zoom the plate.
      if (event.pointerType === 'touch') return;
      if (!dragging && Math.hypot(point.x - start.x, point.y - start.y) < DRAG_THRESHOLD) return;
      if (!dragging) element.setPointerCapture(event.pointerId);
      dragging = true;
      camera.panBy(point.x - previous.x, point.y - previous.y);
      pointers.set(event.pointerId, point);
      onUserMove?.();
    };
    const onPointerUp = (event: PointerEvent) => {
      pointers.delete(event.pointerId);
      if (pointers.size === 0) start = null;
    };
    // A drag that ends on a hotspot must not open it.
    const onClickCapture = (event: MouseEvent) => {
      if (dragging) {
        event.stopPropagation();
        event.preventDefault();
        dragging = false;
      }
    };

    // Keys work wherever the focus is, except where typing or scrolling needs them.
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || event.defaultPrevented) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest?.('input, textarea, select, [contenteditable="true"], [data-own-keys]')) return;
      const actions: Record<string, () => void> = {
        '+': () => camera.zoomBy(KEY_ZOOM),
        '=': () => camera.zoomBy(KEY_ZOOM),
        '-': () => camera.zoomBy(1 / KEY_ZOOM),
        '_': () => camera.zoomBy(1 / KEY_ZOOM),
        '0': () => camera.fit(),
        ArrowLeft: () => camera.panBy(KEY_PAN, 0),
        ArrowRight: () => camera.panBy(-KEY_PAN, 0),
        ArrowUp: () => camera.panBy(0, KEY_PAN),
        ArrowDown: () => camera.panBy(0, -KEY_PAN),
      };
      const action = actions[event.key];
      if (!action) return;
      event.preventDefault();
      action();
      onUserMove?.();
    };

    // Two fingers on the plate are ours: the page must not scroll or zoom under them.
    const onTouchMove = (event: TouchEvent) => {
      if (event.touches.length >= 2 && event.cancelable) event.preventDefault();
    };

    const listeners: [EventTarget, string, EventListener, AddEventListenerOptions?][] = [
      [element, 'touchmove', onTouchMove as EventListener, { passive: false }],
      [element, 'wheel', onWheel as EventListener, { passive: false }],
      [element, 'pointerdown', onPointerDown as EventListener],
      [element, 'pointermove', onPointerMove as EventListener],
      [element, 'pointerup', onPointerUp as EventListener],
      [element, 'pointercancel', onPointerUp as EventListener],
      [element, 'click', onClickCapture as EventListener, { capture: true }],
      [document, 'keydown', onKeyDown as EventListener],
    ];
    for (const [target, type, listener, options] of listeners) target.addEventListener(type, listener, options);
    return () => {
      cancelAnimationFrame(wheelFrame);
      for (const [target, type, listener, options] of listeners) target.removeEventListener(type, listener, options);
    };
  }, [element, camera, onUserMove]);
}

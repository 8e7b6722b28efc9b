/**
 * Fitting the wall's cards to the screen: the largest type at which every
 * column shows all its cards, never smaller than the smallest size the back
 * of a classroom can read. Kept apart from React: it measures the DOM it is given.
 */

/** Card type in vw: 2.1vw is 40 px on a 1920 px wide projector, 1.25vw is 24 px. */
export const LARGEST = 2.1;
export const SMALLEST = 1.25;
const STEP = 0.05;

export function overflows(element: Element): boolean {
  return element.scrollHeight > element.clientHeight + 1;
}

function shrink(wall: HTMLElement, columns: () => Element[]): void {
  let size = LARGEST;
  wall.style.setProperty('--fit', String(size));
  while (size > SMALLEST && columns().some(overflows)) {
    size = Math.max(SMALLEST, Math.round((size - STEP) * 100) / 100);
    wall.style.setProperty('--fit', String(size));
  }
}

/**
 * Sets `--fit` on the wall to the largest size (in vw) at which no column
 * overflows. When even the smallest size is too large, the cards go compact
 * (one line each, without the author's name) and are fitted again. Returns
 * the columns that still overflow.
 */
export function fitWall(wall: HTMLElement, columnSelector: string): Element[] {
  const columns = () => [...wall.querySelectorAll(columnSelector)];
  delete wall.dataset.compact;
  shrink(wall, columns);
  if (columns().some(overflows)) {
    wall.dataset.compact = 'true';
    shrink(wall, columns);
  }
  return columns().filter(overflows);
}

/**
 * A column too long even at the smallest size scrolls by itself, slowly, and
 * waits at the top and the bottom; returns a function that stops it.
 */
export function scrollSlowly(column: Element, pixelsPerSecond = 30, pauseMs = 3000): () => void {
  let last = performance.now();
  let waitUntil = last + pauseMs;
  let position = column.scrollTop;
  let frame = requestAnimationFrame(function step(now) {
    const elapsed = now - last;
    last = now;
    if (now >= waitUntil) {
      const end = column.scrollHeight - column.clientHeight;
      if (position >= end) {
        position = 0;
        waitUntil = now + pauseMs;
      } else {
        position = Math.min(end, position + (pixelsPerSecond * elapsed) / 1000);
        if (position >= end) waitUntil = now + pauseMs;
      }
      column.scrollTop = position;
    }
    frame = requestAnimationFrame(step);
  });
  return () => cancelAnimationFrame(frame);
}

import { useEffect, type RefObject } from 'react';
import { usePrefersReducedMotion } from '../views/usePrefersReducedMotion';
import { fitWall, scrollSlowly } from './fitText';

/**
 * Fits the wall's type to its cards whenever they (the signature) or its box changes, and
 * scrolls slowly what still overflows. `overflowing` names what must not overflow: each column
 * on the wall, the one stacked body beside the plate in the projector view.
 */
export function useWallFit(container: RefObject<HTMLElement | null>, overflowing: string, signature: string): void {
  const reducedMotion = usePrefersReducedMotion();
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let stops: (() => void)[] = [];
    const fit = () => {
      for (const stop of stops) stop();
      const still = fitWall(element, overflowing);
      stops = reducedMotion ? [] : still.map((part) => scrollSlowly(part));
    };
    // Fitted again whenever its box changes: the window, or (beside the plate) the tools unfolding above it.
    const resized = new ResizeObserver(fit);
    resized.observe(element);
    fit();
    return () => {
      resized.disconnect();
      for (const stop of stops) stop();
    };
  }, [signature, reducedMotion, overflowing]);
}

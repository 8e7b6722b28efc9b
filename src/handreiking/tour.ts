import type { Hotspot, Plate } from '../../plates/types';

/** The hotspots before and after the given one in the plate's tour order. */
export function tourNeighbours(plate: Plate, hotspotId?: string): { previous?: Hotspot; next?: Hotspot; first?: Hotspot } {
  const tour = [...plate.hotspots].sort((a, b) => a.order - b.order);
  const index = tour.findIndex((hotspot) => hotspot.id === hotspotId);
  return {
    first: tour[0],
    previous: index > 0 ? tour[index - 1] : undefined,
    next: index >= 0 ? tour[index + 1] : undefined,
  };
}

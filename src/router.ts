/**
 * URLs for every view, so a reload or a shared link restores it:
 *   /                                home
 *   /plaat/:plate                    a plate with its introduction
 *   /plaat/:plate/:hotspot           a plate with an opened hotspot
 *   ?v=cx,cy,zoom                    optionally the viewport (plate units, zoom relative to fit)
 *   /handreiking/:section            a general handreiking section (voorwoord, bronnen …)
 *   /sessie/nieuw                    start a live session
 *   /doe-mee[/:code]                 join a live session
 *   /sessie/:code[/:plate[/:hotspot]] a live session, on a plate, optionally with a hotspot open
 *   /resultaten[/:code]              the results of a session, or of one's own solo work
 *   /wand/:code                      the wall: a session's answers full screen, for the projector
 *   /sector[/:code]                  start a bijeenkomst (event), or its sector view
 */
import type { View } from './engine/viewport';

export type Route =
  | { page: 'home' }
  | { page: 'plate'; plateId: string; hotspotId?: string; view?: View }
  | { page: 'section'; sectionId: string }
  | { page: 'start' }
  | { page: 'join'; code?: string }
  | { page: 'session'; code: string; plateId?: string; hotspotId?: string; view?: View }
  | { page: 'results'; code?: string }
  | { page: 'wall'; code: string }
  | { page: 'sector'; code?: string };

/** Routes that show a plate on the canvas. */
export type PlateRoute = Extract<Route, { page: 'plate' | 'session' }>;

export function withHotspot(route: PlateRoute, plateId: string, hotspotId: string | undefined): PlateRoute {
  const { view: _view, hotspotId: _hotspot, ...rest } = route;
  return { ...rest, plateId, ...(hotspotId ? { hotspotId } : {}) };
}

export function parseRoute(pathname: string, search = ''): Route {
  const parts = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'plaat' && parts[1]) {
    const view = parseView(new URLSearchParams(search).get('v'));
    return {
      page: 'plate',
      plateId: parts[1],
      ...(parts[2] ? { hotspotId: parts[2] } : {}),
      ...(view ? { view } : {}),
    };
  }
  if (parts[0] === 'handreiking' && parts[1]) return { page: 'section', sectionId: parts[1] };
  if (parts[0] === 'sessie' && parts[1] === 'nieuw') return { page: 'start' };
  if (parts[0] === 'resultaten') return parts[1] ? { page: 'results', code: parts[1] } : { page: 'results' };
  if (parts[0] === 'wand' && parts[1]) return { page: 'wall', code: parts[1] };
  if (parts[0] === 'sector') return parts[1] ? { page: 'sector', code: parts[1] } : { page: 'sector' };
  if (parts[0] === 'doe-mee') return parts[1] ? { page: 'join', code: parts[1] } : { page: 'join' };
  if (parts[0] === 'sessie' && parts[1]) {
    const view = parts[2] ? parseView(new URLSearchParams(search).get('v')) : undefined;
    return {
      page: 'session',
      code: parts[1],
      ...(parts[2] ? { plateId: parts[2] } : {}),
      ...(parts[2] && parts[3] ? { hotspotId: parts[3] } : {}),
      ...(view ? { view } : {}),
    };
  }
  return { page: 'home' };
}

export function formatRoute(route: Route): string {
  switch (route.page) {
    case 'home':
      return '/';
    case 'section':
      return `/handreiking/${encodeURIComponent(route.sectionId)}`;
    case 'start':
      return '/sessie/nieuw';
    case 'join':
      return route.code ? `/doe-mee/${encodeURIComponent(route.code)}` : '/doe-mee';
    case 'results':
      return route.code ? `/resultaten/${encodeURIComponent(route.code)}` : '/resultaten';
    case 'wall':
      return `/wand/${encodeURIComponent(route.code)}`;
    case 'sector':
      return route.code ? `/sector/${encodeURIComponent(route.code)}` : '/sector';
    case 'plate':
    case 'session': {
      const base = route.page === 'plate' ? '/plaat' : `/sessie/${encodeURIComponent(route.code)}`;
      if (!route.plateId) return base;
      const path = `${base}/${encodeURIComponent(route.plateId)}${route.hotspotId ? `/${encodeURIComponent(route.hotspotId)}` : ''}`;
      return route.view ? `${path}?v=${formatView(route.view)}` : path;
    }
  }
}

function formatView(view: View): string {
  return [Math.round(view.cx), Math.round(view.cy), view.zoom.toFixed(2)].join(',');
}

function parseView(value: string | null): View | undefined {
  if (!value) return undefined;
  const [cx, cy, zoom] = value.split(',').map(Number);
  if (![cx, cy, zoom].every(Number.isFinite) || zoom <= 0) return undefined;
  return { cx, cy, zoom };
}

/** Same page, plate and hotspot: only the viewport differs. */
export function sameStop(a: Route, b: Route): boolean {
  if (a.page !== b.page) return false;
  if (a.page === 'plate' && b.page === 'plate') return a.plateId === b.plateId && a.hotspotId === b.hotspotId;
  if (a.page === 'section' && b.page === 'section') return a.sectionId === b.sectionId;
  if (a.page === 'session' && b.page === 'session') return a.code === b.code && a.plateId === b.plateId && a.hotspotId === b.hotspotId;
  if ((a.page === 'join' && b.page === 'join') || (a.page === 'results' && b.page === 'results') || (a.page === 'wall' && b.page === 'wall') || (a.page === 'sector' && b.page === 'sector')) return a.code === b.code;
  return true;
}

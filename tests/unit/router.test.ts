import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, sameStop, type Route } from '../../src/router';

describe('routes', () => {
  it.each<[string, Route]>([
    ['/', { page: 'home' }],
    ['/plaat/smjp', { page: 'plate', plateId: 'smjp' }],
    ['/plaat/smjp/het-doel', { page: 'plate', plateId: 'smjp', hotspotId: 'het-doel' }],
    ['/plaat/smjp/het-doel?v=800,500,2.50', { page: 'plate', plateId: 'smjp', hotspotId: 'het-doel', view: { cx: 800, cy: 500, zoom: 2.5 } }],
    ['/handreiking/voorwoord', { page: 'section', sectionId: 'voorwoord' }],
    ['/sessie/nieuw', { page: 'start' }],
    ['/doe-mee', { page: 'join' }],
    ['/doe-mee/ABC234', { page: 'join', code: 'ABC234' }],
    ['/sessie/ABC234', { page: 'session', code: 'ABC234' }],
    ['/sector', { page: 'sector' }],
    ['/sector/XYZ789', { page: 'sector', code: 'XYZ789' }],
    ['/sessie/ABC234/meerjarenplan', { page: 'session', code: 'ABC234', plateId: 'meerjarenplan' }],
    ['/sessie/ABC234/meerjarenplan/doel?v=10,20,1.50', { page: 'session', code: 'ABC234', plateId: 'meerjarenplan', hotspotId: 'doel', view: { cx: 10, cy: 20, zoom: 1.5 } }],
  ])('%s survives a round trip', (url, route) => {
    const [path, search] = url.split('?');
    expect(parseRoute(path, search ? `?${search}` : '')).toEqual(route);
    expect(formatRoute(route)).toBe(url);
  });

  it('an unknown path falls back to home and a broken viewport is ignored', () => {
    expect(parseRoute('/nergens')).toEqual({ page: 'home' });
    expect(parseRoute('/plaat/smjp', '?v=a,b,c')).toEqual({ page: 'plate', plateId: 'smjp' });
    expect(parseRoute('/plaat/smjp', '?v=1,2,-3')).toEqual({ page: 'plate', plateId: 'smjp' });
  });

  it('a viewport change is the same stop, a hotspot change is not', () => {
    const a: Route = { page: 'plate', plateId: 'smjp', hotspotId: 'x' };
    expect(sameStop(a, { ...a, view: { cx: 1, cy: 2, zoom: 3 } })).toBe(true);
    expect(sameStop(a, { ...a, hotspotId: 'y' })).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { EventLink } from '../../server/eventStore';
import { SectorTotalsCache } from '../../server/sectorTotals';
import { ROUTE_PLATE } from '../../src/sector/goals';
import { setStand } from '../../src/worksheets/route';

const link = (sessionCode: string, school?: string): EventLink => ({ eventCode: 'EVENT2', sessionCode, linkId: `id-${sessionCode}`, school, linkedAt: 0 });

/** Three schools: two live documents and one only in the store. */
function network() {
  let now = 1_000_000;
  const live = new Map([['AAAAAA', new Y.Doc()], ['BBBBBB', new Y.Doc()]]);
  const stored = new Y.Doc();
  setStand(stored, ROUTE_PLATE, 'p1', 'cyberweerbaarheid', 4);
  setStand(live.get('AAAAAA')!, ROUTE_PLATE, 'p1', 'cyberweerbaarheid', 2);
  setStand(live.get('BBBBBB')!, ROUTE_PLATE, 'p1', 'cyberweerbaarheid', 3);
  let loads = 0;
  const cache = new SectorTotalsCache({
    links: () => [link('AAAAAA', 'ROC Noord'), link('BBBBBB'), link('CCCCCC')],
    liveDocument: (code) => live.get(code),
    store: { load: (name) => (loads++, name === 'CCCCCC' ? [Y.encodeStateAsUpdate(stored)] : []) },
  }, () => now);
  return { cache, live, advance: (ms: number) => { now += ms; }, loads: () => loads };
}

const cyber = (snapshot: ReturnType<SectorTotalsCache['current']>) => snapshot.totals.themes.find((theme) => theme.theme === 'cyberweerbaarheid')!.stands!.values;

describe('the totals cache', () => {
  it('reads live documents and stored ones, and computes again at most once a second', () => {
    const { cache, live, advance } = network();
    const first = cache.current('EVENT2');
    expect(cyber(first)).toEqual([2, 3, 4]);
    setStand(live.get('AAAAAA')!, ROUTE_PLATE, 'p2', 'cyberweerbaarheid', 5);
    advance(500);
    expect(cache.current('EVENT2')).toBe(first);
    advance(600);
    const second = cache.current('EVENT2');
    expect(second.version).toBe(first.version + 1);
    expect(cyber(second)).toEqual([3, 3.5, 4]);
    advance(1100);
    expect(cache.current('EVENT2').version).toBe(second.version);
    cache.close();
  });

  it('a stored session is read once, and an event nobody reads leaves memory and comes back when asked', () => {
    const { cache, advance, loads } = network();
    cache.current('EVENT2');
    advance(1100);
    cache.current('EVENT2');
    expect(loads()).toBe(1);
    advance(11 * 60 * 1000);
    cache.forgetIdle();
    expect(cyber(cache.current('EVENT2'))).toEqual([2, 3, 4]);
    expect(loads()).toBe(2);
    cache.close();
  });

  it('a waiting view hears of an answer within about a second', async () => {
    let now = Date.now();
    const doc = new Y.Doc();
    const cache = new SectorTotalsCache({ links: () => [link('AAAAAA')], liveDocument: () => doc, store: { load: () => [] } }, () => now);
    const first = cache.current('EVENT2');
    const started = Date.now();
    const waiting = cache.next('EVENT2', first.version, 5000);
    setStand(doc, ROUTE_PLATE, 'p1', 'cyberweerbaarheid', 2);
    now += 1000;
    const next = await waiting;
    expect(next.version).toBeGreaterThan(first.version);
    expect(next.totals.answering).toBe(1);
    expect(Date.now() - started).toBeLessThan(1500);
    cache.close();
  });
});

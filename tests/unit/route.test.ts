import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { clearRoute, readAnswers, readSpread, setChoice, setPriority, setStand } from '../../src/worksheets/route';

const themes = [
  { id: 'data-ai', items: [{ id: 'data-ai-2026-1' }, { id: 'data-ai-2027-1' }] },
  { id: 'cyberweerbaarheid', items: [{ id: 'cyber-2026-1' }] },
];

describe('the eigen route worksheet', () => {
  it('each participant keeps their own answers', () => {
    const doc = new Y.Doc();
    setStand(doc, 'route', 'anna', 'data-ai', 2);
    setPriority(doc, 'route', 'anna', 'data-ai', 'hoog');
    setChoice(doc, 'route', 'anna', 'data-ai-2026-1', 'samen');
    setStand(doc, 'route', 'bram', 'data-ai', 4);
    expect(readAnswers(doc, 'route', 'anna')).toEqual({ stands: { 'data-ai': 2 }, priorities: { 'data-ai': 'hoog' }, choices: { 'data-ai-2026-1': 'samen' } });
    expect(readAnswers(doc, 'route', 'bram').stands).toEqual({ 'data-ai': 4 });
  });

  it('a changed answer replaces the earlier one', () => {
    const doc = new Y.Doc();
    setStand(doc, 'route', 'anna', 'data-ai', 2);
    setStand(doc, 'route', 'anna', 'data-ai', 3);
    expect(readSpread(doc, 'route', themes).get('data-ai')!.stands).toEqual([0, 0, 1, 0, 0]);
  });

  it.each([0, 6, 2.5])('a stand of %f is ignored', (step) => {
    const doc = new Y.Doc();
    setStand(doc, 'route', 'anna', 'data-ai', step);
    expect(readAnswers(doc, 'route', 'anna').stands).toEqual({});
  });

  it('the spread counts every participant per theme and per roadmap item', () => {
    const doc = new Y.Doc();
    for (const [who, step, priority, choice] of [['anna', 2, 'hoog', 'samen'], ['bram', 2, 'midden', 'samen'], ['cas', 5, 'hoog', 'zelf']] as const) {
      setStand(doc, 'route', who, 'data-ai', step);
      setPriority(doc, 'route', who, 'data-ai', priority);
      setChoice(doc, 'route', who, 'data-ai-2026-1', choice);
    }
    const spread = readSpread(doc, 'route', themes).get('data-ai')!;
    expect(spread.stands).toEqual([0, 2, 0, 0, 1]);
    expect(spread.priorities).toEqual({ hoog: 2, midden: 1, laag: 0 });
    expect(spread.choices['data-ai-2026-1']).toEqual({ samen: 2, zelf: 1, 'nog-niet': 0 });
    expect(spread.choices['data-ai-2027-1']).toEqual({ samen: 0, zelf: 0, 'nog-niet': 0 });
  });

  it('answers given at the same moment on two laptops both count', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    setStand(a, 'route', 'anna', 'cyberweerbaarheid', 1);
    setStand(b, 'route', 'bram', 'cyberweerbaarheid', 3);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readSpread(a, 'route', themes).get('cyberweerbaarheid')!.stands).toEqual([1, 0, 1, 0, 0]);
    expect(readSpread(b, 'route', themes)).toEqual(readSpread(a, 'route', themes));
  });

  it('clearing removes the plate\'s answers only', () => {
    const doc = new Y.Doc();
    setStand(doc, 'route', 'anna', 'data-ai', 2);
    setStand(doc, 'other', 'anna', 'data-ai', 2);
    clearRoute(doc, 'route');
    expect(readAnswers(doc, 'route', 'anna').stands).toEqual({});
    expect(readAnswers(doc, 'other', 'anna').stands).toEqual({ 'data-ai': 2 });
  });
});

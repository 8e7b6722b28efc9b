import { describe, expect, it } from 'vitest';
import { chartFrame, halfStep, labelLines, HALF_STEPS, scaleX, spreadLayout, stackLayout, type ChartFrame } from '../../src/sector/chartLayout';

const frame: ChartFrame = { width: 1000, labelWidth: 200, rowHeight: 60, gap: 10, top: 10, bottom: 40, right: 20 };

describe('the spread of stands', () => {
  it('the scale runs left to right and leaves half a bin of room at both ends', () => {
    const one = scaleX(1, 200, 980);
    const five = scaleX(5, 200, 980);
    expect(one).toBeGreaterThan(200);
    expect(five).toBeLessThan(980);
    expect(scaleX(3, 200, 980)).toBeCloseTo((one + five) / 2);
    expect(one - 200).toBeCloseTo(980 - five);
  });

  it.each([[2.5, 2.5], [2.4, 2.5], [0, 1], [7, 5], [3.74, 3.5]])('a value lands in a bin: %s → %s', (value, bin) => {
    expect(halfStep(value)).toBe(bin);
    expect(HALF_STEPS).toContain(halfStep(value));
  });

  it('each bin is as high as its number of schools, on one scale for all rows, standing on the baseline', () => {
    const layout = spreadLayout([
      { id: 'a', values: [3, 3, 3, 2.5], mean: 2.88, goal: 3 },
      { id: 'b', values: [1] },
    ], frame);
    const [a, b] = layout.rows;
    const three = a.bins.find((bin) => bin.value === 3)!;
    expect(three.count).toBe(3);
    expect(three.height).toBeCloseTo(60);
    expect(a.bins.find((bin) => bin.value === 2.5)!.height).toBeCloseTo(20);
    expect(b.bins[0].height).toBeCloseTo(20);
    for (const row of layout.rows) for (const bin of row.bins) expect(bin.y + bin.height).toBeCloseTo(row.baseline);
    expect(a.goalX).toBeCloseTo(scaleX(3, 200, 980));
    expect(a.meanX).toBeCloseTo(scaleX(2.88, 200, 980));
    expect(b.goalX).toBeUndefined();
  });

  it('bins do not overlap and every mark stays inside the chart', () => {
    const layout = spreadLayout([{ id: 'a', values: HALF_STEPS }], frame);
    const bins = layout.rows[0].bins;
    for (let i = 1; i < bins.length; i++) expect(bins[i].x).toBeGreaterThanOrEqual(bins[i - 1].x + bins[i - 1].width);
    expect(bins[0].x).toBeGreaterThanOrEqual(layout.plot.left);
    expect(bins.at(-1)!.x + bins.at(-1)!.width).toBeLessThanOrEqual(layout.plot.right);
    expect(layout.height).toBeGreaterThanOrEqual(layout.axisY);
  });

  it('a theme left out has no bars and no mean, but keeps its goal and its place', () => {
    const layout = spreadLayout([{ id: 'a', values: [1, 2, 3] }, { id: 'b', mean: 3, goal: 3 }], frame);
    expect(layout.rows[1]).toMatchObject({ suppressed: true, bins: [] });
    expect(layout.rows[1].meanX).toBeUndefined();
    expect(layout.rows[1].goalX).toBeDefined();
    expect(layout.rows[1].band.y).toBe(frame.top + frame.rowHeight + frame.gap);
  });
});

describe('stacked bars', () => {
  it('the parts of a bar follow the order of the legend, touch, and fill the plot by share', () => {
    const layout = stackLayout([{ id: 'a', counts: [3, 0, 1] }], frame);
    const [first, second] = layout.rows[0].segments;
    expect(layout.rows[0].segments.map((segment) => segment.category)).toEqual([0, 2]);
    expect(first.x).toBe(frame.labelWidth);
    expect(second.x).toBeCloseTo(first.x + first.width);
    expect(second.x + second.width).toBeCloseTo(frame.width - frame.right);
    expect(first.share).toBe(0.75);
  });

  it('a theme without schools, or left out, has no parts', () => {
    const layout = stackLayout([{ id: 'a', counts: [0, 0] }, { id: 'b' }], frame);
    expect(layout.rows.map((row) => [row.segments.length, row.suppressed])).toEqual([[0, false], [0, true]]);
  });
});

describe('chart sizes', () => {
  it.each([[560, 16], [723, 18], [1100, 26], [1800, 26]])('at %s px wide the type is %s px, between 16 and 26', (width, size) => {
    expect(chartFrame(width, 'spread').fontSize).toBe(size);
  });
});

describe('row labels', () => {
  it.each<[string, number, string[]]>([
    ['Data & AI', 200, ['Data & AI']],
    ['Doorlopend het beste onderwijs', 200, ['Doorlopend het beste', 'onderwijs']],
    ['Cyberweerbaarheid', 60, ['Cyberweerbaarheid']],
  ])('%j in %i px at 18 px is cut at spaces only: %j', (text, width, lines) => {
    expect(labelLines(text, width, 18)).toEqual(lines);
  });
});

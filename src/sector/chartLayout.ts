/**
 * Where the sector view's charts put their marks, as plain numbers: the
 * React components only draw what these functions return, so the geometry is
 * tested without a browser. Two charts:
 *
 * - the spread of stands: per theme a row of bars, one per half step of the
 *   1-5 scale (a school's stand is a median, so 2.5 happens), each as high as
 *   the number of schools there, with the mean and the sector goal marked;
 * - stacked bars: per theme one bar split into categories (samen, zelf, …),
 *   each part as long as its share of the schools.
 */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const SCALE_MIN = 1;
export const SCALE_MAX = 5;
/** Bins of the spread: 1, 1.5, 2, … 5. */
export const HALF_STEPS = Array.from({ length: (SCALE_MAX - SCALE_MIN) * 2 + 1 }, (_, index) => SCALE_MIN + index / 2);

export interface ChartFrame {
  width: number;
  /** Room for the row labels on the left. */
  labelWidth: number;
  rowHeight: number;
  /** Space between rows. */
  gap: number;
  /** Space above the first row and below the last (the axis goes there). */
  top: number;
  bottom: number;
  /** Space right of the plot (for the last label to fit). */
  right: number;
}

export interface SpreadRowInput {
  id: string;
  /** The schools' stands; undefined when the theme is left out (fewer than three schools). */
  values?: readonly number[];
  mean?: number;
  goal?: number;
}

export interface SpreadBin extends Rect {
  value: number;
  count: number;
}

export interface SpreadRowLayout {
  id: string;
  /** The row's band: its label is centred in it. */
  band: Rect;
  bins: SpreadBin[];
  /** Where the scale's baseline is in this row. */
  baseline: number;
  meanX?: number;
  goalX?: number;
  suppressed: boolean;
}

export interface SpreadLayout {
  width: number;
  height: number;
  plot: { left: number; right: number };
  ticks: { value: number; x: number }[];
  axisY: number;
  rows: SpreadRowLayout[];
}

/** The x of a stand on the scale, with half a bin of room at both ends. */
export function scaleX(value: number, left: number, right: number): number {
  const low = SCALE_MIN - 0.25;
  const high = SCALE_MAX + 0.25;
  return left + ((value - low) / (high - low)) * (right - left);
}

/** The nearest half step, so a value always lands in a bin. */
export function halfStep(value: number): number {
  return Math.min(SCALE_MAX, Math.max(SCALE_MIN, Math.round(value * 2) / 2));
}

export function spreadLayout(rows: readonly SpreadRowInput[], frame: ChartFrame): SpreadLayout {
  const left = frame.labelWidth;
  const right = frame.width - frame.right;
  const slot = (right - left) / (HALF_STEPS.length);
  const barWidth = slot * 0.7;
  // One scale for all rows, so a bar of three schools is as high in every theme.
  const counts = rows.map((row) => countBins(row.values ?? []));
  const most = Math.max(1, ...counts.flatMap((row) => [...row.values()]));
  const layoutRows = rows.map((row, index): SpreadRowLayout => {
    const y = frame.top + index * (frame.rowHeight + frame.gap);
    const baseline = y + frame.rowHeight;
    const suppressed = row.values === undefined;
    const bins = suppressed ? [] : HALF_STEPS.flatMap((value) => {
      const count = counts[index].get(value) ?? 0;
      if (!count) return [];
      const height = (count / most) * frame.rowHeight;
      return [{ value, count, x: scaleX(value, left, right) - barWidth / 2, width: barWidth, y: baseline - height, height }];
    });
    return {
      id: row.id,
      band: { x: 0, y, width: frame.width, height: frame.rowHeight },
      bins,
      baseline,
      ...(row.mean === undefined || suppressed ? {} : { meanX: scaleX(row.mean, left, right) }),
      ...(row.goal === undefined ? {} : { goalX: scaleX(row.goal, left, right) }),
      suppressed,
    };
  });
  const axisY = frame.top + rows.length * (frame.rowHeight + frame.gap) - frame.gap;
  return {
    width: frame.width,
    height: axisY + frame.bottom,
    plot: { left, right },
    ticks: Array.from({ length: SCALE_MAX - SCALE_MIN + 1 }, (_, index) => ({ value: SCALE_MIN + index, x: scaleX(SCALE_MIN + index, left, right) })),
    axisY,
    rows: layoutRows,
  };
}

function countBins(values: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const value of values) {
    const bin = halfStep(value);
    counts.set(bin, (counts.get(bin) ?? 0) + 1);
  }
  return counts;
}

export interface StackRowInput {
  id: string;
  /** Schools per category, in the order of the legend; undefined when the theme is left out. */
  counts?: readonly number[];
}

export interface StackSegment extends Rect {
  category: number;
  count: number;
  share: number;
}

export interface StackRowLayout {
  id: string;
  band: Rect;
  total: number;
  segments: StackSegment[];
  suppressed: boolean;
}

export interface StackLayout {
  width: number;
  height: number;
  plot: { left: number; right: number };
  rows: StackRowLayout[];
}

/** Bars as long as the plot, split by share; categories with no schools take no room. */
export function stackLayout(rows: readonly StackRowInput[], frame: ChartFrame): StackLayout {
  const left = frame.labelWidth;
  const right = frame.width - frame.right;
  const layoutRows = rows.map((row, index): StackRowLayout => {
    const y = frame.top + index * (frame.rowHeight + frame.gap);
    const counts = row.counts ?? [];
    const total = counts.reduce((sum, count) => sum + count, 0);
    let x = left;
    const segments = total === 0 ? [] : counts.flatMap((count, category) => {
      if (!count) return [];
      const width = ((right - left) * count) / total;
      const segment = { category, count, share: count / total, x, y, width, height: frame.rowHeight };
      x += width;
      return [segment];
    });
    return { id: row.id, band: { x: 0, y, width: frame.width, height: frame.rowHeight }, total, segments, suppressed: row.counts === undefined };
  });
  return {
    width: frame.width,
    height: frame.top + rows.length * (frame.rowHeight + frame.gap) - frame.gap + frame.bottom,
    plot: { left, right },
    rows: layoutRows,
  };
}

/** A theme's name cut into at most three lines that fit `width` (about 0.55 em per character), at spaces only. */
export function labelLines(text: string, width: number, fontSize: number): string[] {
  const perLine = Math.max(8, Math.floor(width / (fontSize * 0.55)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.slice(0, 3);
}

/** Sizes that keep a chart legible on a laptop and on a projector: type grows with the width. */
export function chartFrame(width: number, rows: 'spread' | 'stack'): ChartFrame & { fontSize: number } {
  const fontSize = Math.round(Math.min(26, Math.max(16, width / 40)));
  const labelWidth = Math.round(Math.min(width * 0.34, fontSize * 15));
  return {
    width,
    fontSize,
    labelWidth,
    // A stacked bar's row holds a theme's name on two lines.
    rowHeight: rows === 'spread' ? Math.round(fontSize * 2.6) : Math.round(fontSize * 2.3),
    // Between the spread's rows sits the mean's label.
    gap: rows === 'spread' ? Math.round(fontSize * 1.2) : Math.round(fontSize * 0.6),
    top: Math.round(fontSize * 0.9),
    // Below the spread: the last row's mean label, then the scale's numbers.
    bottom: rows === 'spread' ? Math.round(fontSize * 2.4) : Math.round(fontSize * 0.4),
    right: Math.round(fontSize * 1.2),
  };
}

/**
 * The sector view's charts: SVG drawn from chartLayout's numbers, sized to
 * the width they get so the type stays legible on a laptop and a projector.
 * Every colour and font is an attribute, so an exported SVG looks the same
 * outside the page. Each chart is a figure with a text alternative and a data
 * table.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './exportImage';
import { chartFrame, labelLines, spreadLayout, stackLayout, type SpreadRowInput, type StackRowInput } from './chartLayout';

export const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';
const INK = '#1f1530';
const MUTED = '#4d4459';
const GRID = '#d8d2e0';
const BAR = '#3b1f5c';
const GOAL = '#a3001b';

/** Fill and text colour per category, in legend order; every pair has a contrast of at least 4.5:1. */
export const CHOICE_COLOURS = [
  { fill: '#3b1f5c', text: '#ffffff' },
  { fill: '#00676a', text: '#ffffff' },
  { fill: '#595959', text: '#ffffff' },
  { fill: '#e6dff0', text: '#1f1530' },
];
export const PRIORITY_COLOURS = [
  { fill: '#8a1538', text: '#ffffff' },
  { fill: '#8a5300', text: '#ffffff' },
  { fill: '#3f5566', text: '#ffffff' },
  { fill: '#e6dff0', text: '#1f1530' },
];

/** The width an element has, kept up to date. */
export function useWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setWidth(Math.floor(element.getBoundingClientRect().width));
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const formatNumber = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });

interface FigureProps {
  id: string;
  title: string;
  intro: string;
  /** The chart's content in words, for whoever cannot see it. */
  description: string[];
  table: ReactNode;
  children: (width: number) => ReactNode;
  after?: ReactNode;
}

function ChartFigure({ id, title, intro, description, table, children, after }: FigureProps) {
  const { t } = useTranslation();
  const [ref, width] = useWidth();
  const exportChart = (format: 'svg' | 'png') => {
    const svg = ref.current?.querySelector('svg');
    if (!svg) return;
    const name = `${svg.dataset.exportName ?? id}`;
    if (format === 'svg') downloadSvg(svg, name);
    else void downloadPng(svg, name);
  };
  return (
    <figure className="sector-figure" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      <p className="sector-intro">{intro}</p>
      <div ref={ref} className="sector-chart" data-chart={id}>
        {width > 0 && children(width)}
      </div>
      {after}
      <div className="sector-figure-export no-print">
        <button type="button" onClick={() => exportChart('svg')}>{t('sector.svg')}</button>
        <button type="button" onClick={() => exportChart('png')}>{t('sector.png')}</button>
      </div>
      <figcaption id={`${id}-description`} className="sector-description">
        {description.map((line) => <span key={line}>{line} </span>)}
      </figcaption>
      <details className="sector-table">
        <summary>{t('sector.asTable')}</summary>
        {table}
      </details>
    </figure>
  );
}

export interface SpreadRow extends SpreadRowInput {
  label: string;
  count: number;
  median?: number;
  min?: number;
  max?: number;
  atGoal?: number;
}

export function SpreadChart({ rows }: { rows: SpreadRow[] }) {
  const { t, i18n } = useTranslation();
  const number = (value: number) => formatNumber(value, i18n.language);
  const description = rows.map((row) => (row.values
    ? `${t('sector.spreadRow', { theme: row.label, count: row.values.length, mean: number(row.mean!), median: number(row.median!), min: number(row.min!), max: number(row.max!) })}${
      row.goal === undefined ? '' : ` ${t('sector.spreadGoal', { atGoal: row.atGoal, count: row.values.length, goal: number(row.goal) })}`}`
    : t('sector.rowTooFew', { theme: row.label })));
  const table = (
    <table>
      <caption className="visually-hidden">{t('sector.spreadTitle')}</caption>
      <thead>
        <tr>{['theme', 'schools', 'mean', 'median', 'lowest', 'highest', 'atGoal'].map((key) => <th key={key} scope="col">{t(`sector.${key}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {row.values
              ? [row.values.length, row.mean, row.median, row.min, row.max].map((value, index) => <td key={index}>{number(value!)}</td>)
              : <td colSpan={5}>{t('sector.tooFewMark')}</td>}
            <td>{row.values && row.atGoal !== undefined ? `${row.atGoal} / ${row.values.length}` : '–'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure
      id="spread"
      title={t('sector.spreadTitle')}
      intro={t('sector.spreadIntro')}
      description={description}
      table={table}
      after={<p className="sector-scale">{t('sector.scale')}</p>}
    >
      {(width) => <SpreadSvg rows={rows} width={width} />}
    </ChartFigure>
  );
}

function SpreadSvg({ rows, width }: { rows: SpreadRow[]; width: number }) {
  const { t, i18n } = useTranslation();
  const frame = chartFrame(width, 'spread');
  const layout = spreadLayout(rows, frame);
  const { fontSize } = frame;
  const small = Math.round(fontSize * 0.8);
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby="spread-title spread-description"
      fontFamily={FONT}
      data-export-name="spread"
    >
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.x} x2={tick.x} y1={frame.top} y2={layout.axisY} stroke={GRID} strokeWidth={1} />
          <text x={tick.x} y={layout.axisY + fontSize * 2.1} fontSize={fontSize} fill={INK} textAnchor="middle">{tick.value}</text>
        </g>
      ))}
      {layout.rows.map((row, index) => {
        const source = rows[index];
        const lines = labelLines(source.label, frame.labelWidth - fontSize, fontSize);
        const middle = row.band.y + row.band.height / 2 - ((lines.length - 1) * fontSize * 1.1) / 2 + fontSize * 0.35;
        return (
          <g key={row.id} data-theme={row.id}>
            {lines.map((line, lineIndex) => (
              <text key={line} x={0} y={middle + lineIndex * fontSize * 1.1} fontSize={fontSize} fontWeight="bold" fill={INK}>{line}</text>
            ))}
            <line x1={layout.plot.left} x2={layout.plot.right} y1={row.baseline} y2={row.baseline} stroke={MUTED} strokeWidth={1} />
            {row.suppressed && (
              <text x={layout.plot.left + fontSize * 0.4} y={row.baseline - fontSize * 0.6} fontSize={small} fill={MUTED} fontStyle="italic">{t('sector.tooFewMark')}</text>
            )}
            {row.goalX !== undefined && (
              <g data-goal={source.goal}>
                <line x1={row.goalX} x2={row.goalX} y1={row.band.y - fontSize * 0.3} y2={row.baseline + 4} stroke={GOAL} strokeWidth={3} strokeDasharray="8 5" />
                <text x={row.goalX + 6} y={row.band.y + small * 0.5} fontSize={small} fill={GOAL} fontWeight="bold">
                  {t('sector.goalMark', { value: formatNumber(source.goal!, i18n.language) })}
                </text>
              </g>
            )}
            {row.bins.map((bin) => (
              <g key={bin.value}>
                <rect x={bin.x} y={bin.y} width={bin.width} height={bin.height} fill={BAR} />
                <text
                  x={bin.x + bin.width / 2}
                  y={bin.height > small * 1.4 ? bin.y + small * 1.1 : bin.y - small * 0.3}
                  fontSize={small}
                  fill={bin.height > small * 1.4 ? '#ffffff' : INK}
                  textAnchor="middle"
                  fontWeight="bold"
                >
                  {bin.count}
                </text>
              </g>
            ))}
            {row.meanX !== undefined && (
              <g data-mean={source.mean}>
                <path d={`M ${row.meanX} ${row.baseline + 2} l ${small * 0.45} ${small * 0.7} l ${-small * 0.9} 0 Z`} fill={INK} />
                <text x={row.meanX + small * 0.6} y={row.baseline + small * 0.9} fontSize={small} fill={INK}>
                  {t('sector.meanMark', { value: formatNumber(source.mean!, i18n.language) })}
                </text>
              </g>
            )}
          </g>
        );
      })}
    </svg>
  );
}

export interface StackRow extends StackRowInput {
  label: string;
}

interface StackChartProps {
  id: string;
  title: string;
  intro: string;
  categories: { key: string; label: string }[];
  colours: typeof CHOICE_COLOURS;
  rows: StackRow[];
  after?: ReactNode;
}

export function StackChart({ id, title, intro, categories, colours, rows, after }: StackChartProps) {
  const { t } = useTranslation();
  const description = rows.map((row) => (row.counts
    ? t('sector.stackRow', {
      theme: row.label,
      parts: categories.map((category, index) => t('sector.stackPart', { answer: category.label, count: row.counts![index] })).join(', '),
    })
    : t('sector.rowTooFew', { theme: row.label })));
  const table = (
    <table>
      <caption className="visually-hidden">{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sector.theme')}</th>
          {categories.map((category) => <th key={category.key} scope="col">{category.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.label}</th>
            {row.counts ? row.counts.map((count, index) => <td key={index}>{count}</td>) : <td colSpan={categories.length}>{t('sector.tooFewMark')}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <ChartFigure id={id} title={title} intro={intro} description={description} table={table} after={after}>
      {(width) => <StackSvg id={id} rows={rows} width={width} categories={categories} colours={colours} />}
    </ChartFigure>
  );
}

function StackSvg({ id, rows, width, categories, colours }: { id: string; rows: StackRow[]; width: number; categories: StackChartProps['categories']; colours: typeof CHOICE_COLOURS }) {
  const { t } = useTranslation();
  const frame = chartFrame(width, 'stack');
  const { fontSize } = frame;
  const legendHeight = Math.round(fontSize * 1.8);
  const layout = stackLayout(rows, { ...frame, top: frame.top + legendHeight });
  let legendX = frame.labelWidth;
  // On a narrow chart the longest word of a theme's name still fits beside the bars.
  const longestWord = Math.max(...rows.flatMap((row) => row.label.split(' ').map((word) => word.length)));
  const labelSize = Math.min(fontSize, Math.floor((frame.labelWidth - fontSize * 0.5) / (longestWord * 0.58)));
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={layout.width}
      height={layout.height}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-description`}
      fontFamily={FONT}
      data-export-name={id}
    >
      <rect width={layout.width} height={layout.height} fill="#ffffff" />
      {categories.map((category, index) => {
        const x = legendX;
        legendX += fontSize * 1.6 + category.label.length * fontSize * 0.55 + fontSize;
        return (
          <g key={category.key}>
            <rect x={x} y={frame.top} width={fontSize} height={fontSize} fill={colours[index].fill} stroke={INK} strokeWidth={0.5} />
            <text x={x + fontSize * 1.3} y={frame.top + fontSize * 0.85} fontSize={fontSize} fill={INK}>{category.label}</text>
          </g>
        );
      })}
      {layout.rows.map((row, index) => {
        const lines = labelLines(rows[index].label, frame.labelWidth - fontSize, labelSize);
        const middle = row.band.y + row.band.height / 2 - ((lines.length - 1) * labelSize * 1.05) / 2 + labelSize * 0.35;
        return (
          <g key={row.id} data-theme={row.id}>
            {lines.map((line, lineIndex) => (
              <text key={line} x={0} y={middle + lineIndex * labelSize * 1.05} fontSize={labelSize} fontWeight="bold" fill={INK}>{line}</text>
            ))}
            {row.suppressed || row.total === 0 ? (
              <text x={layout.plot.left} y={row.band.y + row.band.height / 2 + fontSize * 0.35} fontSize={Math.round(fontSize * 0.8)} fill={MUTED} fontStyle="italic">
                {t('sector.tooFewMark')}
              </text>
            ) : row.segments.map((segment) => (
              <g key={segment.category}>
                <rect x={segment.x} y={segment.y} width={segment.width} height={segment.height} fill={colours[segment.category].fill} stroke="#ffffff" strokeWidth={1} />
                {segment.width > fontSize * 1.6 && (
                  <text
                    x={segment.x + segment.width / 2}
                    y={segment.y + segment.height / 2 + fontSize * 0.35}
                    fontSize={fontSize}
                    fontWeight="bold"
                    fill={colours[segment.category].text}
                    textAnchor="middle"
                  >
                    {segment.count}
                  </text>
                )}
              </g>
            ))}
          </g>
        );
      })}
    </svg>
  );
}

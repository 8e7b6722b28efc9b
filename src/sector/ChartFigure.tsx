/**
 * What every chart of the sector view shares: a figure with its title, the
 * chart sized to the width it gets (so the type stays legible on a laptop and
 * a projector), its text alternative, its data table and its SVG and PNG
 * export; and the colours, set as attributes so an exported SVG looks the same
 * outside the page.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './exportImage';

export const FONT = 'Liberation Sans, Arial, Helvetica, sans-serif';
export const INK = '#1f1530';
export const MUTED = '#4d4459';
export const GRID = '#d8d2e0';
export const BAR = '#3b1f5c';
export const GOAL = '#a3001b';

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

export const formatNumber = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { maximumFractionDigits: 1 });
/** A goal as the source writes it: "3,0" ("3.0"), one decimal always. */
export const formatGoal = (value: number, language: string) => value.toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A chart's drawing: white, in the chart font, named for screen readers by its title and description and for the image export. */
export function ChartSvg({ id, width, height, children }: { id: string; width: number; height: number; children: ReactNode }) {
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-description`}
      fontFamily={FONT}
      data-export-name={id}
    >
      <rect width={width} height={height} fill="#ffffff" />
      {children}
    </svg>
  );
}

export interface FigureProps {
  id: string;
  title: string;
  intro: string;
  /** The chart's content in words, for whoever cannot see it. */
  description: string[];
  table: ReactNode;
  children: (width: number) => ReactNode;
  after?: ReactNode;
}

export function ChartFigure({ id, title, intro, description, table, children, after }: FigureProps) {
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

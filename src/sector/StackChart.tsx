/** Stacked bars per theme (samen, zelf, nog niet; or the priorities), each part as long as its share of the schools. */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { chartFrame, labelLines, stackLayout, type StackRowInput } from './chartLayout';
import { ChartFigure, CHOICE_COLOURS, ChartSvg, INK, MUTED } from './ChartFigure';

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
    <ChartSvg id={id} width={layout.width} height={layout.height}>
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
              <text x={layout.plot.left} y={row.band.y + row.band.height / 2 + fontSize * 0.35} fontSize={fontSize} fill={MUTED} fontStyle="italic">
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
    </ChartSvg>
  );
}

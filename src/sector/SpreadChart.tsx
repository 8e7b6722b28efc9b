/** The spread of stands across schools per theme, with the mean and the sector goal: SVG from chartLayout's numbers. */
import { useTranslation } from 'react-i18next';
import { chartFrame, labelLines, spreadLayout, type SpreadRowInput } from './chartLayout';
import { BAR, ChartFigure, ChartSvg, formatGoal, formatNumber, GOAL, GRID, INK, MUTED } from './ChartFigure';

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
      row.goal === undefined ? '' : ` ${t('sector.spreadGoal', { atGoal: row.atGoal, count: row.values.length, goal: formatGoal(row.goal, i18n.language) })}`}`
    : t('sector.rowTooFew', { theme: row.label })));
  const table = (
    <table>
      <caption className="visually-hidden">{t('sector.spreadTitle')}</caption>
      <thead>
        <tr>{(['theme', 'schools', 'mean', 'median', 'lowest', 'highest', 'atGoal'] as const).map((key) => <th key={key} scope="col">{t(`sector.${key}`)}</th>)}</tr>
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
    <ChartSvg id="spread" width={layout.width} height={layout.height}>
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
              <text x={layout.plot.left + fontSize * 0.4} y={row.baseline - fontSize * 0.6} fontSize={fontSize} fill={MUTED} fontStyle="italic">{t('sector.tooFewMark')}</text>
            )}
            {row.goalX !== undefined && (
              <g data-goal={source.goal}>
                <line x1={row.goalX} x2={row.goalX} y1={row.band.y - fontSize * 0.3} y2={row.baseline + 4} stroke={GOAL} strokeWidth={3} strokeDasharray="8 5" />
                <text x={row.goalX + 6} y={row.band.y + small * 0.5} fontSize={small} fill={GOAL} fontWeight="bold">
                  {t('sector.goalMark', { value: formatGoal(source.goal!, i18n.language) })}
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
    </ChartSvg>
  );
}

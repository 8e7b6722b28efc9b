/**
 * The sector totals as CSV: one row per school and theme, as a spreadsheet
 * expects. Dutch spreadsheets read `;` between fields and a decimal comma,
 * English ones `,` and a point (our choice: by the page's language). A UTF-8
 * byte order mark makes Excel read names with accents right; a name that
 * starts like a formula is prefixed with ' so it stays text.
 */
import type { SectorTotals } from './totals';

export interface CsvLabels {
  header: readonly string[];
  school: (row: SectorTotals['schools'][number]) => string;
  theme: (id: string) => string;
  /** How an answer (hoog, samen, verdeeld …) reads in the file. */
  answer: (value: string) => string;
}

export function totalsCsv(totals: SectorTotals, themeOrder: readonly string[], labels: CsvLabels, language: 'nl' | 'en'): string {
  const separator = language === 'nl' ? ';' : ',';
  const number = (value: number | undefined) => (value === undefined ? '' : language === 'nl' ? String(value).replace('.', ',') : String(value));
  const lines = [labels.header];
  for (const school of totals.schools) {
    for (const theme of themeOrder) {
      const row = school.themes[theme];
      if (!row) continue;
      lines.push([
        labels.school(school),
        labels.theme(theme),
        number(row.participants),
        number(row.stand),
        row.priority ? labels.answer(row.priority) : '',
        row.leaning ? labels.answer(row.leaning) : '',
        number(row.samen),
        number(row.zelf),
        number(row['nog-niet']),
      ]);
    }
  }
  return `\ufeff${lines.map((fields) => fields.map((field) => csvField(field, separator)).join(separator)).join('\r\n')}\r\n`;
}

export function csvField(value: string, separator: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

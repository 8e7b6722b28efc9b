import { describe, expect, it } from 'vitest';
import { csvField, totalsCsv, type CsvLabels } from '../../src/sector/exportCsv';
import type { SectorTotals } from '../../src/sector/totals';

const totals: SectorTotals = {
  linked: 3, answering: 3, suppressed: false, themes: [], candidates: [],
  schools: [
    { name: 'ROC "Noord"; Groningen', themes: { cyber: { participants: 4, stand: 2.5, priority: 'hoog', leaning: 'samen', samen: 2, zelf: 0, 'nog-niet': 1 } } },
    { anonymous: 1, themes: { data: { participants: 1, samen: 0, zelf: 1, 'nog-niet': 0 }, cyber: { participants: 2, stand: 3, samen: 1, zelf: 0, 'nog-niet': 0 } } },
  ],
};
const labels: CsvLabels = {
  header: ['school', 'thema', 'deelnemers', 'stand', 'prioriteit', 'keuze', 'samen', 'zelf', 'nog niet'],
  school: (row) => row.name ?? `Anoniem ${row.anonymous}`,
  theme: (id) => ({ cyber: 'Cyberweerbaarheid', data: 'Data & AI' })[id] ?? id,
  answer: (value) => value,
};

describe('the CSV export', () => {
  it('has one row per school and theme, in the order of the themes, after a header', () => {
    const lines = totalsCsv(totals, ['cyber', 'data'], labels, 'nl').replace('\ufeff', '').trim().split('\r\n');
    expect(lines).toEqual([
      'school;thema;deelnemers;stand;prioriteit;keuze;samen;zelf;nog niet',
      '"ROC ""Noord""; Groningen";Cyberweerbaarheid;4;2,5;hoog;samen;2;0;1',
      'Anoniem 1;Cyberweerbaarheid;2;3;;;1;0;0',
      'Anoniem 1;Data & AI;1;;;;0;1;0',
    ]);
  });

  it('in English it uses commas and a decimal point, and starts with a byte order mark either way', () => {
    const text = totalsCsv(totals, ['cyber'], labels, 'en');
    expect(text.startsWith('\ufeff')).toBe(true);
    expect(text).toContain('"ROC ""Noord""; Groningen",Cyberweerbaarheid,4,2.5,hoog,samen,2,0,1');
  });

  it.each([['=HYPERLINK("x")', ';', `"'=HYPERLINK(""x"")"`], ['+31', ';', "'+31"], ['a;b', ';', '"a;b"'], ['a;b', ',', 'a;b'], ['regel\nnieuw', ',', '"regel\nnieuw"']])(
    'a field %j is written so a spreadsheet reads it as text: %j → %j',
    (value, separator, expected) => expect(csvField(value, separator)).toBe(expected),
  );
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plates } from '../../plates';
import { answeredOnly, buildExport, escapeMarkdown, ImportError, importInto, parseExport, toMarkdown } from '../../src/worksheets/exportFormat';
import { readControl, rewordColumn, setVotesPerParticipant } from '../../src/worksheets/control';
import { addCard, readCards } from '../../src/worksheets/model';
import { castVote } from '../../src/worksheets/votes';

const labels = { votes: (count: number) => `${count} stemmen`, by: (name: string) => `door ${name}`, exported: 'Geëxporteerd', empty: 'geen' };

function sessionWithCards() {
  const doc = new Y.Doc();
  const control = new Y.Doc();
  setVotesPerParticipant(control, 3);
  rewordColumn(control, 'smjp', 'open-vraag', 'Wat is ons doel?');
  const evil = addCard(doc, { plate: 'meerjarenplan', column: 'samen-willen', text: '<script>alert(1)</script> *samen* [link](javascript:x)', author: '<b>Eve</b>', authorId: 'e', createdAt: 1 });
  addCard(doc, { plate: 'programmas', column: 'npuls', text: 'Anna de Vries', detail: 'CIO', author: 'Bram', authorId: 'b', createdAt: 2 });
  addCard(doc, { plate: 'smjp', column: 'open-vraag', text: 'Een sterke arbeidsmarkt', author: 'Cas', authorId: 'c', createdAt: 3 });
  castVote(doc, 'bram', 3, evil);
  castVote(doc, 'cas', 3, evil);
  return { doc, control: readControl(control) };
}

describe('results export', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['# kop', '\\# kop'],
    ['a & b', 'a &amp; b'],
    ['[x](javascript:y)', '\\[x\\](javascript:y)'],
    ['1. eerst dit', '1\\. eerst dit'],
    ['- een lijst', '\\- een lijst'],
    ['+ plus', '\\+ plus'],
    ['~~weg~~', '\\~\\~weg\\~\\~'],
    ['a | b', 'a \\| b'],
    ['`code`', '\\`code\\`'],
    ['regel één\n# kop', 'regel één  \n  \\# kop'],
    ['---', '\\---'],
    // Ordinary words and numbers keep no backslash.
    ['In 2022-2030 gaan we van 1.0 naar 2.0 (zie hoofdstuk 3.1)!', 'In 2022-2030 gaan we van 1.0 naar 2.0 (zie hoofdstuk 3.1)!'],
    ['snake_case en e-mail, 50% + 10', 'snake_case en e-mail, 50% + 10'],
    ['Stap 1. Begin', 'Stap 1. Begin'],
  ])('escapes %j as %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  it('the Markdown holds every card, grouped as on the plate, with votes, and no raw HTML', () => {
    const { doc, control } = sessionWithCards();
    const results = buildExport(doc, control, plates, 'nl', { title: 'ROC <Test>', now: new Date('2026-11-22T10:00:00Z') });
    const markdown = toMarkdown(results, labels);
    expect(markdown).toContain('# ROC &lt;Test&gt;');
    expect(markdown).toContain('2026-11-22');
    expect(markdown).toContain('### Wat is ons doel?');
    expect(markdown).toContain('Een sterke arbeidsmarkt');
    expect(markdown).toContain('Anna de Vries (CIO)');
    expect(markdown).toContain('2 stemmen');
    expect(markdown).not.toMatch(/<script|<b>/i);
    expect(markdown.indexOf('## 1. Strategisch')).toBeGreaterThan(-1);
    expect(markdown.indexOf('## 1.')).toBeLessThan(markdown.indexOf('## 3.'));
    expect(markdown).not.toMatch(/\d\\[.-]\d/);
  });

  it('a JSON export read back into a new document gives the same worksheets', () => {
    const { doc, control } = sessionWithCards();
    const results = buildExport(doc, control, plates, 'nl', { title: 'x' });
    const copy = new Y.Doc();
    expect(importInto(copy, parseExport(JSON.stringify(results)), plates, 'importer')).toBe(3);
    for (const plate of plates) {
      const strip = (cards: ReturnType<typeof readCards>) => cards.map(({ column, text, detail, author }) => ({ column, text, detail, author }));
      expect(strip(readCards(copy, plate.id))).toEqual(strip(readCards(doc, plate.id)));
    }
  });

  it.each([
    ['not json', 'not a JSON file'],
    ['{"format":"other"}', 'not a Praatplaten export'],
    ['{"format":"praatplaten-results","version":1}', 'worksheets missing'],
    ['{"format":"praatplaten-results","version":1,"worksheets":[{"plateId":"smjp","columns":[{"id":"open-vraag","cards":[{"text":5}]}]}]}', 'card text must be text'],
  ])('a broken import %j is refused with a clear error', (input, message) => {
    expect(() => parseExport(input)).toThrow(ImportError);
    expect(() => parseExport(input)).toThrow(message);
  });
});

describe('results a board wants to read', () => {
  it('leave out worksheets without answers, and route themes and items nobody chose anything for', () => {
    const { doc, control } = sessionWithCards();
    const results = buildExport(doc, control, plates, 'nl', { title: 'x' });
    const answered = answeredOnly(results.worksheets);
    expect(answered.length).toBeLessThan(results.worksheets.length);
    for (const worksheet of answered) {
      if (worksheet.route) continue;
      expect(worksheet.columns.some((column) => column.cards.length > 0)).toBe(true);
    }
    expect(answered.some((worksheet) => worksheet.route)).toBe(false);
    const markdown = toMarkdown(results, labels);
    for (const worksheet of results.worksheets.filter((sheet) => !answered.includes(sheet))) {
      expect(markdown).not.toContain(worksheet.plateTitle);
    }
  });
});

import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { plates } from '../../plates';
import { answeredOnly, buildExport, escapeMarkdown, ImportError, importInto, parseExport, toMarkdown } from '../../src/worksheets/exportFormat';
import { readControl, rewordColumn, setVotesPerParticipant } from '../../src/worksheets/control';
import { addCard, readCards } from '../../src/worksheets/model';
import { castVote } from '../../src/worksheets/votes';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';

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
    ['<script>alert(1)</script>', '\\<script>alert(1)\\</script>'],
    ['<b>vet</b> & Co', '\\<b>vet\\</b> & Co'],
    ['x < 3 en y > 2', 'x < 3 en y > 2'],
    ['&amp; is een entiteit', '\\&amp; is een entiteit'],
    ['> geen citaat', '\\> geen citaat'],
    ['**bold** and _it_', '\\*\\*bold\\*\\* and \\_it\\_'],
    ['# kop', '\\# kop'],
    ['a & b', 'a & b'],
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
    expect(markdown).toContain('# ROC \\<Test>');
    expect(markdown).toContain('2026-11-22');
    expect(markdown).toContain('### Wat is ons doel?');
    expect(markdown).toContain('Een sterke arbeidsmarkt');
    expect(markdown).toContain('Anna de Vries (CIO)');
    expect(markdown).toContain('2 stemmen');
    expect(markdown).not.toMatch(/&(amp|lt|gt);/);
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
    ['not json', 'notJson'],
    ['{"format":"other"}', 'notExport'],
    ['{"format":"praatplaten-results","version":1}', 'noWorksheets'],
    ['{"format":"praatplaten-results","version":1,"worksheets":[{"plateId":"smjp"}]}', 'noColumns'],
    ['{"format":"praatplaten-results","version":1,"worksheets":[{"plateId":"smjp","columns":[{"id":"open-vraag"}]}]}', 'noCards'],
    ['{"format":"praatplaten-results","version":1,"worksheets":[{"plateId":"smjp","columns":[{"id":"open-vraag","cards":[{"text":5}]}]}]}', 'notText'],
  ])('a broken import %j is refused with a reason the app words', (input, problem) => {
    expect(() => parseExport(input)).toThrow(ImportError);
    try {
      parseExport(input);
    } catch (failure) {
      expect((failure as ImportError).problem).toBe(problem);
    }
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

describe('Markdown a reader can trust', () => {
  /** Every node of a parsed Markdown tree. */
  const nodes = (tree: { type: string; children?: unknown[] }): { type: string }[] =>
    [tree, ...((tree.children ?? []) as { type: string }[]).flatMap((child) => nodes(child as never))];

  it('parses to the text as typed: no HTML, no entities, no emphasis from a participant', () => {
    const doc = new Y.Doc();
    const typed = ['<b>vet</b> & <script>alert(1)</script>', 'R&D: 50% *meer* _nu_ [x](y) &amp; x < 3', '# geen kop', '> geen citaat', '1. geen lijst'];
    typed.forEach((text, index) => addCard(doc, { plate: 'smjp', column: 'open-vraag', text, author: 'A & <i>B</i>', authorId: 'a', createdAt: index }));
    const control = new Y.Doc();
    const markdown = toMarkdown(buildExport(doc, readControl(control), plates, 'nl', { title: 'Tom & <Jerry>' }), labels);
    const tree = fromMarkdown(markdown);
    const listItems = nodes(tree).filter((node) => node.type === 'listItem');
    const inItems = listItems.flatMap((item) => nodes(item as never).slice(1));
    expect(inItems.filter((node) => ['html', 'emphasis', 'strong', 'link', 'heading', 'blockquote', 'list'].includes(node.type)).map((node) => node.type)).toEqual([]);
    expect(nodes(tree).filter((node) => node.type === 'html')).toEqual([]);
    const items = listItems.map((item) => toString(item));
    for (const text of typed) expect(items).toContain(`${text} — door A & <i>B</i>`);
    expect(toString(tree.children[0])).toBe('Tom & <Jerry>');
  });

  it('ranks each column by dots and opens the worksheet with its top five, ties included and said', () => {
    const doc = new Y.Doc();
    const control = new Y.Doc();
    setVotesPerParticipant(control, 1);
    // Seven cards with 6, 5, 4, 3, 1, 1, 1 dots, written in the opposite order.
    const dots = [1, 1, 1, 3, 4, 5, 6];
    dots.forEach((count, index) => {
      const id = addCard(doc, { plate: 'smjp', column: 'open-vraag', text: `Kaart met ${count} (${index})`, author: 'A', authorId: 'a', createdAt: index });
      for (let voter = 0; voter < count; voter++) castVote(doc, `v${index}-${voter}`, 1, id);
    });
    const results = buildExport(doc, readControl(control), plates, 'nl', { title: 'x' });
    const column = results.worksheets.find((sheet) => sheet.plateId === 'smjp')!.columns.find((c) => c.id === 'open-vraag')!;
    expect(column.cards.map((card) => card.votes)).toEqual([6, 5, 4, 3, 1, 1, 1]);
    const markdown = toMarkdown(results, { ...labels, top: (top) => `Top ${top.size}${top.widened ? ` (${top.places.length})` : ''}`, place: (place, shared) => `${place}.${shared ? '=' : ''}` });
    expect(markdown).toContain('### Top 5 (7)');
    const top = markdown.split('### Top 5 (7)')[1].split('###')[0];
    expect(top.match(/\*\*\d+\.=?\*\*/g)).toEqual(['**1.**', '**2.**', '**3.**', '**4.**', '**5.=**', '**5.=**', '**5.=**']);
  });
});

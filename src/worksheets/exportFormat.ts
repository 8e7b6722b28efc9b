/**
 * Session results as data: built from the worksheet documents, written as
 * JSON and Markdown, and read back from JSON into a new session. Pure
 * functions, so every format is tested for escaping.
 */
import type * as Y from 'yjs';
import type { Plate } from '../../plates/types';
import type { Language } from '../i18n';
import type { SessionControl } from './control';
import { LIMITS } from '../domain/limits';
import { addCard, cardsByColumn, MAX_CARD_TEXT, readCards, type NewCard } from './model';
import { CHOICES, PRIORITIES, readSpread, type Choice, type Priority } from './route';
import { placeByVotes, topPlaces, type Top } from './ranking';
import { tally } from './votes';

export const EXPORT_FORMAT = 'praatplaten-results';

export interface ExportedCard {
  text: string;
  detail: string;
  author: string;
  votes: number;
  createdAt: number;
}

export interface ExportedRouteTheme {
  id: string;
  title: string;
  /** Participants per step 1..5 of "where do we stand". */
  stands: number[];
  priorities: Record<Priority, number>;
  items: { id: string; year: number; text: string; target?: string; choices: Record<Choice, number> }[];
}

export interface ExportedWorksheet {
  plateId: string;
  plateTitle: string;
  prompt: string;
  columns: { id: string; title: string; cards: ExportedCard[] }[];
  /** The eigen route (plate 5): the group's answers per theme. */
  route?: ExportedRouteTheme[];
}

export interface ResultsExport {
  format: typeof EXPORT_FORMAT;
  version: 1;
  title: string;
  exportedAt: string;
  worksheets: ExportedWorksheet[];
}

export function buildExport(
  doc: Y.Doc,
  control: SessionControl,
  plates: readonly Plate[],
  language: Language,
  /** `onlyAuthor`: only that participant's cards (a participant sees their own answers only). */
  meta: { title: string; now?: Date; onlyAuthor?: string },
): ResultsExport {
  const votes = tally(doc, control.votesPerParticipant);
  const worksheets: ExportedWorksheet[] = [];
  for (const plate of plates) {
    if (!plate.worksheet) continue;
    const cards = readCards(doc, plate.id).filter((card) => meta.onlyAuthor === undefined || card.authorId === meta.onlyAuthor);
    const byColumn = cardsByColumn(cards, plate.worksheet.columns);
    const spread = plate.worksheet.kind === 'route' ? readSpread(doc, plate.id, plate.worksheet.columns) : undefined;
    worksheets.push({
      plateId: plate.id,
      plateTitle: `${plate.number}. ${plate.title[language]}`,
      prompt: plate.worksheet.prompt[language],
      columns: plate.worksheet.columns.map((column) => ({
        id: column.id,
        title: control.rewordings[`${plate.id}/${column.id}`] ?? column.title[language],
        // Ranked by dots, as on the wall: a results page is a decision (equal dots keep the order of writing).
        cards: placeByVotes(byColumn.get(column.id) ?? [], (card) => votes.get(card.id) ?? 0).map(({ item: card, votes: count }) => ({
          text: card.text,
          detail: card.detail,
          author: card.author,
          votes: count,
          createdAt: card.createdAt,
        })),
      })),
      ...(spread
        ? {
            route: plate.worksheet.columns.map((theme) => {
              const counts = spread.get(theme.id)!;
              return {
                id: theme.id,
                title: theme.title[language],
                stands: counts.stands,
                priorities: counts.priorities,
                items: (theme.items ?? []).map((item) => ({
                  id: item.id,
                  year: item.year,
                  text: item.text[language],
                  ...(item.target ? { target: item.target[language] } : {}),
                  choices: counts.choices[item.id],
                })),
              };
            }),
          }
        : {}),
    });
  }
  return { format: EXPORT_FORMAT, version: 1, title: meta.title, exportedAt: (meta.now ?? new Date()).toISOString(), worksheets };
}

/**
 * What a reader wants to see: only worksheets with answers, and of the eigen
 * route only the themes and roadmap items someone chose something for. Empty
 * columns of answered worksheets stay (the question was asked). The JSON
 * export keeps everything, so it can be imported again.
 */
export function answeredOnly(worksheets: readonly ExportedWorksheet[]): ExportedWorksheet[] {
  const anyCount = (counts: Record<string, number> | number[]) => Object.values(counts).some((count) => count > 0);
  return worksheets.flatMap((worksheet) => {
    if (worksheet.route) {
      const themes = worksheet.route
        .map((theme) => ({ ...theme, items: theme.items.filter((item) => anyCount(item.choices)) }))
        .filter((theme) => anyCount(theme.stands) || anyCount(theme.priorities) || theme.items.length > 0);
      return themes.length ? [{ ...worksheet, route: themes }] : [];
    }
    return worksheet.columns.some((column) => column.cards.length > 0) ? [worksheet] : [];
  });
}

export interface TopCard extends ExportedCard {
  columnTitle: string;
}

/** A worksheet's top five across its columns (cards with dots only; ties with the fifth included). */
export function worksheetTop(worksheet: ExportedWorksheet): Top<TopCard> {
  if (worksheet.route) return { places: [], size: 5, widened: false };
  const cards = worksheet.columns
    .flatMap((column) => column.cards.map((card) => ({ ...card, columnTitle: column.title })))
    .sort((a, b) => a.createdAt - b.createdAt);
  return topPlaces(cards, (card) => card.votes);
}

const isWordCharacter = (character: string | undefined) => Boolean(character && /[\p{L}\p{N}]/u.test(character));

/**
 * Text as inert inline Markdown, as typed: no HTML entities. Only what could
 * start Markdown or HTML gets a backslash (which every renderer drops): a `<`
 * that could open a tag (so `<script>` shows as text), an `&` that could
 * spell an entity, emphasis, code, links, tables, strikethrough. Ordinary
 * words, numbers and symbols ("a & b", "1.2", "2022-2030", "x < 3") stay as typed.
 */
export function escapeMarkdownInline(text: string): string {
  const escaped = text
    .replace(/([\\`*[\]|~])/g, '\\$1')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<')
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&');
  // An underscore inside a word never emphasises; at a word's edge it might.
  return escaped.replace(/_/g, (underscore, offset: number) =>
    isWordCharacter(escaped[offset - 1]) && isWordCharacter(escaped[offset + 1]) ? underscore : '\\_');
}

/** One line of a list item or paragraph: also what only means something at the start of a line (headings, lists, rules). */
function escapeLineStart(line: string): string {
  return line
    .replace(/^\s+/, '')
    .replace(/^(#{1,6})(?=\s|$)/, '\\$1')
    .replace(/^>/, '\\>')
    .replace(/^([-+])(?=\s|$)/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([=-])(?=\1*\s*$)/, '\\$1');
}

/** Participant text as inert Markdown, for a list item or a paragraph; its own line breaks are kept. */
export function escapeMarkdown(text: string): string {
  return text.split(/\r?\n/).map((line) => escapeLineStart(escapeMarkdownInline(line))).join('  \n  ');
}

export interface MarkdownLabels {
  votes: (count: number) => string;
  /** "door Anna"; empty for one's own work, which leaves the author out. */
  by: (name: string) => string;
  exported: string;
  empty: string;
  /** Words for the route worksheet: "stand", "priority", the priorities and the choices. */
  route?: (key: 'stand' | 'priority' | Priority | Choice) => string;
  /** The top five's heading, with what a tie did to it. */
  top?: (top: Top<TopCard>) => string;
  /** "1." or "3. (gedeeld)". */
  place?: (place: number, shared: boolean) => string;
}

export function toMarkdown(results: ResultsExport, labels: MarkdownLabels): string {
  const byline = (author: string) => {
    const by = labels.by(escapeMarkdownInline(author));
    return by ? ` — ${by}` : '';
  };
  const lines = [`# ${escapeMarkdownInline(results.title)}`, '', `${labels.exported}: ${results.exportedAt.slice(0, 10)}`, ''];
  for (const worksheet of answeredOnly(results.worksheets)) {
    lines.push(`## ${escapeMarkdownInline(worksheet.plateTitle)}`, '', escapeMarkdown(worksheet.prompt), '');
    for (const theme of worksheet.route ?? []) {
      const word = labels.route ?? ((key: string) => key);
      lines.push(`### ${escapeMarkdownInline(theme.title)}`, '');
      lines.push(`- ${word('stand')}: ${theme.stands.map((count, index) => `${index + 1}: ${count}`).join(', ')}`);
      lines.push(`- ${word('priority')}: ${PRIORITIES.map((priority) => `${word(priority)} ${theme.priorities[priority]}`).join(', ')}`);
      for (const item of theme.items) {
        lines.push(`- ${item.year} ${escapeMarkdownInline(item.text)}: ${CHOICES.map((choice) => `${word(choice)} ${item.choices[choice]}`).join(', ')}`);
      }
      lines.push('');
    }
    if (worksheet.route) continue;
    const top = worksheetTop(worksheet);
    if (top.places.length) {
      lines.push(`### ${escapeMarkdownInline(labels.top?.(top) ?? `Top ${top.size}`)}`, '');
      for (const { item: card, place, shared } of top.places) {
        const placeWord = labels.place?.(place, shared) ?? `${place}.`;
        const column = worksheet.columns.length > 1 ? ` (${escapeMarkdownInline(card.columnTitle)})` : '';
        lines.push(`- **${escapeMarkdownInline(placeWord)}** ${escapeMarkdown(card.text)}${byline(card.author)}, ${labels.votes(card.votes)}${column}`);
      }
      lines.push('');
    }
    for (const column of worksheet.columns) {
      lines.push(`### ${escapeMarkdownInline(column.title)}`, '');
      if (!column.cards.length) lines.push(`_${labels.empty}_`, '');
      for (const card of column.cards) {
        const detail = card.detail ? ` (${escapeMarkdown(card.detail)})` : '';
        const votes = card.votes ? `, ${labels.votes(card.votes)}` : '';
        lines.push(`- ${escapeMarkdown(card.text)}${detail}${byline(card.author)}${votes}`);
      }
      if (column.cards.length) lines.push('');
    }
  }
  return lines.join('\n');
}

/** Why a file cannot be imported: a translation key under `importErrors.`, and where (for the console). */
export type ImportProblem = 'notJson' | 'notExport' | 'noWorksheets' | 'noColumns' | 'noCards' | 'notText';

export class ImportError extends Error {
  constructor(readonly problem: ImportProblem, where = '') {
    super(`${problem}${where ? ` (${where})` : ''}`);
  }
}

function text(value: unknown, field: string, max: number): string {
  if (typeof value !== 'string') throw new ImportError('notText', field);
  return value.slice(0, max);
}

/** Reads an export back, checking every field; throws an ImportError that says what is wrong. */
export function parseExport(input: string): ResultsExport {
  let data: unknown;
  try {
    data = JSON.parse(input);
  } catch {
    throw new ImportError('notJson');
  }
  const root = data as Partial<ResultsExport>;
  if (root?.format !== EXPORT_FORMAT || root.version !== 1) throw new ImportError('notExport');
  if (!Array.isArray(root.worksheets)) throw new ImportError('noWorksheets');
  return {
    format: EXPORT_FORMAT,
    version: 1,
    title: text(root.title ?? '', 'title', 120),
    exportedAt: text(root.exportedAt ?? '', 'exportedAt', 40),
    worksheets: root.worksheets.map((worksheet, index) => {
      if (!Array.isArray(worksheet?.columns)) throw new ImportError('noColumns', `worksheet ${index + 1}`);
      return {
        plateId: text(worksheet.plateId, 'plateId', 80),
        plateTitle: text(worksheet.plateTitle ?? '', 'plateTitle', 200),
        prompt: text(worksheet.prompt ?? '', 'prompt', 1000),
        columns: worksheet.columns.map((column) => {
          if (!Array.isArray(column?.cards)) throw new ImportError('noCards', String(worksheet.plateId));
          return {
            id: text(column.id, 'column id', 80),
            title: text(column.title ?? '', 'column title', 300),
            cards: column.cards.map((card) => ({
              text: text(card?.text, 'card text', MAX_CARD_TEXT),
              detail: text(card?.detail ?? '', 'card detail', MAX_CARD_TEXT),
              author: text(card?.author ?? '', 'author', 60),
              votes: Number.isFinite(card?.votes) ? Number(card.votes) : 0,
              createdAt: Number.isFinite(card?.createdAt) ? Number(card.createdAt) : 0,
            })),
          };
        }),
      };
    }),
  };
}

/** Adds the exported cards to a worksheet document, for the plates and columns this app knows. */
export function importInto(doc: Y.Doc, results: ResultsExport, plates: readonly Plate[], authorId: string): number {
  const cards: NewCard[] = [];
  for (const worksheet of results.worksheets) {
    const plate = plates.find((candidate) => candidate.id === worksheet.plateId);
    if (!plate?.worksheet) continue;
    for (const column of worksheet.columns) {
      if (!plate.worksheet.columns.some((known) => known.id === column.id)) continue;
      for (const card of column.cards) {
        cards.push({ plate: plate.id, column: column.id, text: card.text, detail: card.detail, author: card.author, authorId, createdAt: card.createdAt || Date.now() });
      }
    }
  }
  // One transaction is one message to the server; parts of a bounded size each fit under its message limit.
  for (const part of inParts(cards, cardBytes, LIMITS.updateBytes / 2)) {
    doc.transact(() => {
      for (const card of part) addCard(doc, card);
    });
  }
  return cards.length;
}

/** Splits `items` into runs whose estimated size stays under `budget` (an item larger than it goes alone). */
export function inParts<T>(items: readonly T[], size: (item: T) => number, budget: number): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const bytes = size(item);
    if (current.length && used + bytes > budget) {
      parts.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += bytes;
  }
  if (current.length) parts.push(current);
  return parts;
}

/** About what a card adds to a worksheet document: its texts (up to 3 bytes a character) and Yjs's overhead per field. */
const cardBytes = (card: { text: string; detail?: string; author: string }) => 200 + 3 * (card.text.length + (card.detail?.length ?? 0) + card.author.length);

/**
 * Whether an export's cards fit in a session's worksheet, checked before any is
 * sent: the server refuses what would grow the worksheet past its limit, and an
 * import cut off halfway is worse than none. Returns the estimated bytes too.
 */
export function importFits(results: ResultsExport, alreadyBytes = 0): { fits: boolean; bytes: number } {
  let bytes = 0;
  for (const worksheet of results.worksheets) for (const column of worksheet.columns) for (const card of column.cards) bytes += cardBytes(card);
  return { fits: alreadyBytes + bytes <= IMPORT_SHARE * LIMITS.worksheetBytes, bytes };
}

/** An import may fill most of a worksheet, leaving room for the session's own answers. */
const IMPORT_SHARE = 0.75;

/**
 * The sector's picture at a bijeenkomst: many schools' eigen route (plate 5)
 * side by side. Pure functions, no sockets or storage: the server feeds them
 * each linked session's route answers and sends the result to the sector view.
 *
 * Per school and theme:
 * - its stand is the median of its participants' stands (two middle values
 *   averaged, so 2.5 is possible);
 * - its priority, and its choice per roadmap item, is what most of its
 *   participants chose; a tie makes it "verdeeld" (our choice);
 * - its leaning on the theme (samen, zelf, nog niet) is what most of its
 *   participants chose over all the theme's items together (our choice).
 *
 * Across schools every figure rests on at least MIN_SCHOOLS schools: a count
 * or a chart that would rest on fewer is left out (not sent), so no school can
 * be picked out. Schools are named only when their facilitator gave a name.
 */
import type * as Y from 'yjs';
import { ROOTS } from '../domain/limits';
import { parseRouteKey, ROUTE_ANSWERS } from '../domain/rights';

export const MIN_SCHOOLS = 3;
/** A theme is a "kandidaat voor samen" when at least this share of its schools leans to doing it together (our choice). */
export const SAMEN_SHARE = 0.5;

export type Priority = (typeof ROUTE_ANSWERS.priority)[number];
export type Choice = (typeof ROUTE_ANSWERS.choice)[number];
/** A school whose participants are evenly split. */
export type Split = 'verdeeld';

export interface RouteEntry {
  participant: string;
  field: 'stand' | 'priority' | 'choice';
  subject: string;
  value: string | number;
}

export interface ThemeDefinition {
  id: string;
  items: readonly string[];
}

/** One school's answers on one theme, before they are combined with other schools'. */
export interface SchoolTheme {
  /** Participants who answered anything on the theme. */
  participants: number;
  stand?: number;
  priority?: Priority | Split;
  leaning?: Choice | Split;
  /** Per roadmap item: what most of the school's participants chose. */
  items: Record<string, Choice | Split>;
}

export type SchoolSummary = Record<string, SchoolTheme>;

export interface School {
  /** Stable and random per link: orders anonymous schools without revealing who linked first. */
  id: string;
  /** Only when the facilitator chose to show it. */
  name?: string;
  summary: SchoolSummary;
}

export type ChoiceCounts = Record<Choice | Split, number>;
export type PriorityCounts = Record<Priority | Split, number>;

export interface StandSpread {
  /** Each school's stand, lowest first (no names: see `schools`). */
  values: number[];
  mean: number;
  median: number;
  min: number;
  max: number;
  /** Schools at or above the sector goal, when the route gives one for this theme. */
  atGoal?: number;
}

export interface ThemeTotals {
  theme: string;
  /** Schools that answered anything on this theme. */
  schools: number;
  goal?: number;
  /** Left out when fewer than MIN_SCHOOLS schools gave a stand. */
  stands?: StandSpread;
  /** Schools per priority; left out below MIN_SCHOOLS. */
  priorities?: PriorityCounts;
  /** Schools per leaning; left out below MIN_SCHOOLS. */
  choices?: ChoiceCounts;
  /** Schools per choice for each roadmap item that MIN_SCHOOLS schools chose on. */
  items: { id: string; counts: ChoiceCounts }[];
}

export interface SamenCandidate {
  theme: string;
  samen: number;
  of: number;
  /** The theme's items most schools want to do together, most first (at most three). */
  items: { id: string; samen: number; of: number }[];
}

export interface SchoolRow {
  /** The school's name, or undefined for an anonymous school (the view numbers them). */
  name?: string;
  /** 1, 2, … among anonymous schools, in a random but stable order. */
  anonymous?: number;
  themes: Record<string, Pick<SchoolTheme, 'participants' | 'stand' | 'priority' | 'leaning'> & { samen: number; zelf: number; 'nog-niet': number }>;
}

export interface SectorTotals {
  /** Linked schools. */
  linked: number;
  /** Linked schools with at least one route answer. */
  answering: number;
  /** True while fewer than MIN_SCHOOLS schools answered: then nothing but the two counts above. */
  suppressed: boolean;
  themes: ThemeTotals[];
  candidates: SamenCandidate[];
  schools: SchoolRow[];
}

const PRIORITIES = ROUTE_ANSWERS.priority;
const CHOICES = ROUTE_ANSWERS.choice;

/** The route answers of one plate in a session's worksheet document. */
export function routeEntries(doc: Y.Doc, plate: string): RouteEntry[] {
  const entries: RouteEntry[] = [];
  for (const [key, value] of doc.getMap<unknown>(ROOTS.route)) {
    const entry = routeEntry(key, value, plate);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** One stored route answer as an entry of `plate`, or undefined when it is not one (or not a valid answer). */
export function routeEntry(key: string, value: unknown, plate: string): RouteEntry | undefined {
  const parsed = parseRouteKey(key);
  if (!parsed || parsed.plate !== plate) return undefined;
  if (!(ROUTE_ANSWERS[parsed.field] as readonly unknown[]).includes(value)) return undefined;
  return { participant: parsed.participant, field: parsed.field, subject: parsed.subject, value: value as string | number };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** The value most often given; 'verdeeld' when two or more tie. */
export function majority<T extends string>(values: readonly T[]): T | Split | undefined {
  const distinct = [...new Set(values)];
  return majorityOf(distinct, distinct.map((value) => values.filter((other) => other === value).length));
}

/** The value given most often, from counts in the order of `values`; 'verdeeld' when two or more tie; undefined without any. */
function majorityOf<T extends string>(values: readonly T[], counts: readonly number[]): T | Split | undefined {
  let best = -1;
  let most = 0;
  let tied = false;
  for (let index = 0; index < counts.length; index++) {
    if (counts[index] > most) {
      most = counts[index];
      best = index;
      tied = false;
    } else if (counts[index] === most && most > 0) tied = true;
  }
  if (best < 0) return undefined;
  return tied ? 'verdeeld' : values[best];
}

interface ThemeTally {
  /** Per participant: how many of their answers are on this theme. */
  people: Map<string, number>;
  /** Participants per stand 1..5. */
  stands: number[];
  priorities: number[];
  choices: number[];
  items: Map<string, number[]>;
}

/** The median of values given as counts per stand 1..5 (the two middle values averaged). */
export function medianOfCounts(counts: readonly number[]): number | undefined {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (!total) return undefined;
  const valueAt = (position: number) => {
    let seen = 0;
    for (let index = 0; index < counts.length; index++) {
      seen += counts[index];
      if (position < seen) return index + 1;
    }
    return counts.length;
  };
  return (valueAt(Math.floor((total - 1) / 2)) + valueAt(Math.floor(total / 2))) / 2;
}

/**
 * One school's answers, counted as they come and go: an answer added or
 * taken back changes a few counts, and the school's summary is read from the
 * counts without going over every answer again. The server keeps one per
 * linked session, so a network day's totals cost little each second.
 */
export class SchoolTally {
  private readonly themes = new Map<string, ThemeTally>();
  private readonly themeOfItem = new Map<string, ThemeTally>();

  constructor(definitions: readonly ThemeDefinition[]) {
    for (const theme of definitions) {
      const tally: ThemeTally = { people: new Map(), stands: [0, 0, 0, 0, 0], priorities: [0, 0, 0], choices: [0, 0, 0], items: new Map() };
      this.themes.set(theme.id, tally);
      for (const item of theme.items) this.themeOfItem.set(item, tally);
    }
  }

  add(entry: RouteEntry): void {
    this.count(entry, 1);
  }

  remove(entry: RouteEntry): void {
    this.count(entry, -1);
  }

  private count(entry: RouteEntry, delta: number): void {
    const theme = entry.field === 'choice' ? this.themeOfItem.get(entry.subject) : this.themes.get(entry.subject);
    if (!theme) return;
    const answers = (theme.people.get(entry.participant) ?? 0) + delta;
    if (answers > 0) theme.people.set(entry.participant, answers);
    else theme.people.delete(entry.participant);
    if (entry.field === 'stand') theme.stands[(entry.value as number) - 1] += delta;
    else if (entry.field === 'priority') theme.priorities[PRIORITIES.indexOf(entry.value as Priority)] += delta;
    else {
      const choice = CHOICES.indexOf(entry.value as Choice);
      theme.choices[choice] += delta;
      let item = theme.items.get(entry.subject);
      if (!item) theme.items.set(entry.subject, (item = [0, 0, 0]));
      item[choice] += delta;
      if (!item[0] && !item[1] && !item[2]) theme.items.delete(entry.subject);
    }
  }

  summary(): SchoolSummary {
    const summary: SchoolSummary = {};
    for (const [id, theme] of this.themes) {
      if (!theme.people.size) continue;
      const stand = medianOfCounts(theme.stands);
      const priority = majorityOf(PRIORITIES, theme.priorities);
      const leaning = majorityOf(CHOICES, theme.choices);
      const items: Record<string, Choice | Split> = {};
      for (const [item, counts] of theme.items) items[item] = majorityOf(CHOICES, counts)!;
      summary[id] = {
        participants: theme.people.size,
        ...(stand === undefined ? {} : { stand }),
        ...(priority ? { priority } : {}),
        ...(leaning ? { leaning } : {}),
        items,
      };
    }
    return summary;
  }
}

/** One school's answers per theme, from its session's route entries. */
export function summarizeSchool(entries: Iterable<RouteEntry>, themes: readonly ThemeDefinition[]): SchoolSummary {
  const tally = new SchoolTally(themes);
  for (const entry of entries) tally.add(entry);
  return tally.summary();
}

const noChoices = (): ChoiceCounts => ({ samen: 0, zelf: 0, 'nog-niet': 0, verdeeld: 0 });
const noPriorities = (): PriorityCounts => ({ hoog: 0, midden: 0, laag: 0, verdeeld: 0 });
const round = (value: number) => Math.round(value * 100) / 100;

function spread(values: number[], goal: number | undefined): StandSpread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    values: sorted,
    mean: round(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
    median: median(sorted),
    min: sorted[0],
    max: sorted[sorted.length - 1],
    ...(goal === undefined ? {} : { atGoal: sorted.filter((value) => value >= goal).length }),
  };
}

/** The sector's totals over the linked schools' summaries, with the route's goals (stand per theme) marked. */
export function sectorTotals(schools: readonly School[], themes: readonly ThemeDefinition[], goals: Readonly<Record<string, number>> = {}): SectorTotals {
  const answering = schools.filter((school) => Object.keys(school.summary).length > 0);
  if (answering.length < MIN_SCHOOLS) {
    return { linked: schools.length, answering: answering.length, suppressed: true, themes: [], candidates: [], schools: [] };
  }
  const totals = themes.map((theme): ThemeTotals => {
    const answers = answering.map((school) => school.summary[theme.id]).filter((answer): answer is SchoolTheme => answer !== undefined);
    const goal = goals[theme.id];
    const stands = answers.flatMap((answer) => (answer.stand === undefined ? [] : [answer.stand]));
    const priorities = answers.flatMap((answer) => (answer.priority ? [answer.priority] : []));
    const leanings = answers.flatMap((answer) => (answer.leaning ? [answer.leaning] : []));
    const items = theme.items.flatMap((item) => {
      const chosen = answers.flatMap((answer) => (answer.items[item] ? [answer.items[item]] : []));
      if (chosen.length < MIN_SCHOOLS) return [];
      const counts = noChoices();
      for (const choice of chosen) counts[choice]++;
      return [{ id: item, counts }];
    });
    const result: ThemeTotals = { theme: theme.id, schools: answers.length, ...(goal === undefined ? {} : { goal }), items };
    if (stands.length >= MIN_SCHOOLS) result.stands = spread(stands, goal);
    if (priorities.length >= MIN_SCHOOLS) {
      result.priorities = noPriorities();
      for (const priority of priorities) result.priorities[priority]++;
    }
    if (leanings.length >= MIN_SCHOOLS) {
      result.choices = noChoices();
      for (const leaning of leanings) result.choices[leaning]++;
    }
    return result;
  });
  return {
    linked: schools.length,
    answering: answering.length,
    suppressed: false,
    themes: totals,
    candidates: samenCandidates(totals),
    schools: schoolRows(answering, totals),
  };
}

/** Themes where at least half the schools that chose lean to doing it together, most first. */
export function samenCandidates(themes: readonly ThemeTotals[]): SamenCandidate[] {
  return themes
    .flatMap((theme) => {
      if (!theme.choices) return [];
      const of = Object.values(theme.choices).reduce((sum, count) => sum + count, 0);
      if (theme.choices.samen < of * SAMEN_SHARE) return [];
      const items = theme.items
        .map((item) => ({ id: item.id, samen: item.counts.samen, of: Object.values(item.counts).reduce((sum, count) => sum + count, 0) }))
        .filter((item) => item.samen > 0)
        .sort((a, b) => b.samen / b.of - a.samen / a.of || b.samen - a.samen)
        .slice(0, 3);
      return [{ theme: theme.theme, samen: theme.choices.samen, of, items }];
    })
    .sort((a, b) => b.samen / b.of - a.samen / a.of || b.samen - a.samen);
}

/** One row per school, with only what is shown across schools too (a figure left out there is left out here). */
function schoolRows(schools: readonly School[], themes: readonly ThemeTotals[]): SchoolRow[] {
  let anonymous = 0;
  const byId = [...schools].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return byId.map((school) => {
    const row: SchoolRow = school.name ? { name: school.name, themes: {} } : { anonymous: ++anonymous, themes: {} };
    for (const theme of themes) {
      const answer = school.summary[theme.theme];
      if (!answer) continue;
      const shown = new Set(theme.items.map((item) => item.id));
      const counts = { samen: 0, zelf: 0, 'nog-niet': 0 };
      for (const [item, choice] of Object.entries(answer.items)) if (shown.has(item) && choice !== 'verdeeld') counts[choice]++;
      row.themes[theme.theme] = {
        participants: answer.participants,
        ...(theme.stands && answer.stand !== undefined ? { stand: answer.stand } : {}),
        ...(theme.priorities && answer.priority ? { priority: answer.priority } : {}),
        ...(theme.choices && answer.leaning ? { leaning: answer.leaning } : {}),
        ...counts,
      };
    }
    return row;
  });
}

export { CHOICES, PRIORITIES };

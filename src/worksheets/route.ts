/**
 * The "eigen route" worksheet (plate 5): per theme where the school stands
 * (a five-step scale) and its priority, and per roadmap item whether the
 * school joins the sector, does it itself, or not yet. Every participant
 * answers for themselves; the room sees the spread.
 */
import type * as Y from 'yjs';
import { ROOTS } from '../domain/limits';
import { parseRouteKey, ROUTE_ANSWERS, routeKey as key } from '../domain/rights';

/** The translation keys of the five steps of "where do we stand", in order. */
export const STAND_STEP_KEYS = ['route.step1', 'route.step2', 'route.step3', 'route.step4', 'route.step5'] as const;

export const STAND_STEPS = ROUTE_ANSWERS.stand;
export const PRIORITIES = ROUTE_ANSWERS.priority;
export const CHOICES = ROUTE_ANSWERS.choice;

export type Priority = (typeof PRIORITIES)[number];
export type Choice = (typeof CHOICES)[number];

export interface RouteAnswers {
  stands: Record<string, number>;
  priorities: Record<string, Priority>;
  choices: Record<string, Choice>;
}

export interface ThemeSpread {
  /** How many participants put the school at step 1..5 (index 0 is step 1). */
  stands: number[];
  priorities: Record<Priority, number>;
  /** Per roadmap item: how many chose each option. */
  choices: Record<string, Record<Choice, number>>;
}

function routeOf(doc: Y.Doc): Y.Map<string | number> {
  return doc.getMap<string | number>(ROOTS.route);
}


export function setStand(doc: Y.Doc, plate: string, participant: string, theme: string, step: number): void {
  if (!STAND_STEPS.includes(step as (typeof STAND_STEPS)[number])) return;
  routeOf(doc).set(key(plate, participant, 'stand', theme), step);
}

export function setPriority(doc: Y.Doc, plate: string, participant: string, theme: string, priority: Priority): void {
  routeOf(doc).set(key(plate, participant, 'priority', theme), priority);
}

export function setChoice(doc: Y.Doc, plate: string, participant: string, item: string, choice: Choice): void {
  routeOf(doc).set(key(plate, participant, 'choice', item), choice);
}

function entries(doc: Y.Doc, plate: string) {
  const result: { participant: string; field: string; subject: string; value: string | number }[] = [];
  for (const [entryKey, value] of routeOf(doc)) {
    const parsed = parseRouteKey(entryKey);
    if (parsed?.plate === plate) result.push({ participant: parsed.participant, field: parsed.field, subject: parsed.subject, value });
  }
  return result;
}

export function readAnswers(doc: Y.Doc, plate: string, participant: string): RouteAnswers {
  const answers: RouteAnswers = { stands: {}, priorities: {}, choices: {} };
  for (const entry of entries(doc, plate)) {
    if (entry.participant !== participant) continue;
    if (entry.field === 'stand' && typeof entry.value === 'number') answers.stands[entry.subject] = entry.value;
    if (entry.field === 'priority' && PRIORITIES.includes(entry.value as Priority)) answers.priorities[entry.subject] = entry.value as Priority;
    if (entry.field === 'choice' && CHOICES.includes(entry.value as Choice)) answers.choices[entry.subject] = entry.value as Choice;
  }
  return answers;
}

/** The group's answers per theme, counted over every participant. */
export function readSpread(doc: Y.Doc, plate: string, themes: readonly { id: string; items?: readonly { id: string }[] }[]): Map<string, ThemeSpread> {
  const spread = new Map<string, ThemeSpread>();
  const itemTheme = new Map<string, string>();
  for (const theme of themes) {
    spread.set(theme.id, {
      stands: STAND_STEPS.map(() => 0),
      priorities: { hoog: 0, midden: 0, laag: 0 },
      choices: Object.fromEntries((theme.items ?? []).map((item) => [item.id, { samen: 0, zelf: 0, 'nog-niet': 0 }])),
    });
    for (const item of theme.items ?? []) itemTheme.set(item.id, theme.id);
  }
  for (const entry of entries(doc, plate)) {
    if (entry.field === 'stand' && typeof entry.value === 'number') {
      const theme = spread.get(entry.subject);
      if (theme && entry.value >= 1 && entry.value <= 5) theme.stands[entry.value - 1]++;
    } else if (entry.field === 'priority' && PRIORITIES.includes(entry.value as Priority)) {
      const theme = spread.get(entry.subject);
      if (theme) theme.priorities[entry.value as Priority]++;
    } else if (entry.field === 'choice' && CHOICES.includes(entry.value as Choice)) {
      const theme = spread.get(itemTheme.get(entry.subject) ?? '');
      const counts = theme?.choices[entry.subject];
      if (counts) counts[entry.value as Choice]++;
    }
  }
  return spread;
}

/** Removes every route answer of one plate (the facilitator's "clear the worksheet"). */
export function clearRoute(doc: Y.Doc, plate: string): void {
  const route = routeOf(doc);
  doc.transact(() => {
    for (const entryKey of [...route.keys()]) if (entryKey.startsWith(`${plate}|`)) route.delete(entryKey);
  });
}

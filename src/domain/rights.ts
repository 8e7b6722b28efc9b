/**
 * Who may change what in a session's worksheet, as plain functions: the app
 * asks them to decide which buttons to show, the server to decide which
 * changes stand. A change is described by the entity it touches (one card,
 * one dot, one route answer) before and after.
 *
 * - A participant creates cards only under their own id and name, and edits,
 *   moves and removes only their own. The facilitator may do all of it.
 * - A dot is a participant's own: `voter#dot`, only within the number of dots,
 *   and only on a card that exists. A dot on a card that is gone may be
 *   cleared by anyone (removing a card takes its dots along).
 * - A route answer (plate 5) is a participant's own: `plate|participant|field|subject`,
 *   and holds one of the answers its field takes (ROUTE_ANSWERS).
 * - Nobody but the facilitator clears a worksheet: that is removing other
 *   people's cards, which the rules above already refuse.
 */
import { LIMITS, REFUSAL, type Refusal } from './limits';

export type Role = 'facilitator' | 'participant' | 'viewer';

export interface Actor {
  /** The id the server gave this participant. */
  id: string;
  /** The display name the server knows for them. */
  name: string;
  role: Role;
}

/** The fields of a card that rights depend on. */
export interface CardFacts {
  authorId: string;
  author: string;
}

export type Change =
  | { kind: 'card'; id: string; before?: CardFacts; after?: CardFacts }
  | { kind: 'vote'; key: string; before?: unknown; after?: unknown }
  | { kind: 'route'; key: string; before?: unknown; after?: unknown };

export interface RuleContext {
  /** Dots each participant may give now; 0 when voting is off. */
  dotsAllowed: number;
  /** Whether a card with this id exists once the change is made. */
  cardExists: (id: string) => boolean;
  /** Cards are frozen for the vote (see cardsFrozen in limits.ts): participants change none. */
  cardsFrozen?: boolean;
}

const { notYours: NOT_YOURS, voteLimit: VOTE_LIMIT, votingClosed: VOTING_CLOSED, readOnly: READ_ONLY, shape: SHAPE, frozen: FROZEN } = REFUSAL;

const dotKey = (voter: string, dot: number) => `${voter}#${dot}`;

export { dotKey };

export function parseDotKey(key: string): { voter: string; dot: number } | undefined {
  const hash = key.lastIndexOf('#');
  if (hash <= 0) return undefined;
  const digits = key.slice(hash + 1);
  // One spelling per dot: "ann#01" is not a second "ann#1" (each key would count as a vote).
  if (!/^(0|[1-9]\d{0,2})$/.test(digits)) return undefined;
  return { voter: key.slice(0, hash), dot: Number(digits) };
}

/**
 * The answers a route question takes (plate 5's worksheet): where the school
 * stands on a theme (a five-step scale), the theme's priority, and per roadmap
 * item whether the school joins the sector, does it itself, or not yet.
 */
export const ROUTE_ANSWERS = {
  stand: [1, 2, 3, 4, 5],
  priority: ['hoog', 'midden', 'laag'],
  choice: ['samen', 'zelf', 'nog-niet'],
} as const;

export type RouteField = keyof typeof ROUTE_ANSWERS;

export const routeKey = (plate: string, participant: string, field: RouteField, subject: string) =>
  `${plate}|${participant}|${field}|${subject}`;

export function parseRouteKey(key: string): { plate: string; participant: string; field: RouteField; subject: string } | undefined {
  if (key.length > 4 * LIMITS.idLength) return undefined;
  const [plate, participant, field, subject, ...rest] = key.split('|');
  if (!plate || !participant || !subject || rest.length || !Object.hasOwn(ROUTE_ANSWERS, field)) return undefined;
  if ([plate, participant, subject].some((part) => part.length > LIMITS.idLength)) return undefined;
  return { plate, participant, field: field as RouteField, subject };
}

/** Whether `value` is an answer the route question's `field` takes. */
export function isRouteAnswer(field: RouteField, value: unknown): boolean {
  return (ROUTE_ANSWERS[field] as readonly unknown[]).includes(value);
}

/** Why `actor` may not make `change`, or undefined when they may. */
export function refusalOf(actor: Actor, change: Change, context: RuleContext): Refusal | undefined {
  if (actor.role === 'viewer') return READ_ONLY;
  if (actor.role === 'facilitator') return undefined;
  switch (change.kind) {
    case 'card': {
      const { before, after } = change;
      if (before && before.authorId !== actor.id) return NOT_YOURS;
      if (after && (after.authorId !== actor.id || (!before && after.author !== actor.name))) return NOT_YOURS;
      if (before && after && before.author !== after.author) return NOT_YOURS;
      return context.cardsFrozen ? FROZEN : undefined;
    }
    case 'vote': {
      const parsed = parseDotKey(change.key);
      if (change.after === undefined) {
        // Any dot on a card that no longer exists may go (it counts for nothing); one's own only while voting is open.
        if (typeof change.before === 'string' && !context.cardExists(change.before)) return undefined;
        if (parsed?.voter !== actor.id) return NOT_YOURS;
        return context.dotsAllowed > 0 ? undefined : VOTING_CLOSED;
      }
      if (!parsed || parsed.voter !== actor.id) return NOT_YOURS;
      if (context.dotsAllowed === 0) return VOTING_CLOSED;
      if (parsed.dot >= context.dotsAllowed) return VOTE_LIMIT;
      return typeof change.after === 'string' && context.cardExists(change.after) ? undefined : NOT_YOURS;
    }
    case 'route': {
      const parsed = parseRouteKey(change.key);
      if (parsed && parsed.participant !== actor.id) return NOT_YOURS;
      // Taking back one's answer, or a malformed entry of one's own; writing only a well-formed answer.
      if (change.after === undefined) return parsed || change.key.split('|')[1] === actor.id ? undefined : NOT_YOURS;
      return parsed && isRouteAnswer(parsed.field, change.after) ? undefined : SHAPE;
    }
  }
}

/** For the app: whether the actor may edit, move or remove this card. */
export function mayChangeCard(actor: Actor, card: CardFacts): boolean {
  return actor.role === 'facilitator' || (actor.role === 'participant' && card.authorId === actor.id);
}

/**
 * Follow mode as plain functions: what the facilitator may publish as the
 * follow target, whether a document value is a target at all, and where a
 * follower goes. The hook in useFollow.ts only wires these to React.
 */
import type { Plate } from '../../plates/types';
import type { View } from '../engine/viewport';
import type { FollowTarget } from '../worksheets/control';

/** The zoom relative to the fitted plate stays within what the camera allows (half to eight times). */
const MIN_ZOOM = 0.5;
const MAX_ZOOM = 8;

/** What the facilitator's screen shows at one moment. */
export interface ShownPlate {
  /** False on the results page, in a dialog over the plate, after unmount. */
  onPlate: boolean;
  plateId: string;
  hotspotId?: string;
  /** The settled viewport; undefined while it moves or before it was ever drawn. */
  view?: View;
  screen: { width: number; height: number };
}

export function isValidView(view: unknown, plate: { width: number; height: number }): view is View {
  if (!view || typeof view !== 'object') return false;
  const { cx, cy, zoom } = view as Record<string, unknown>;
  if (typeof cx !== 'number' || typeof cy !== 'number' || typeof zoom !== 'number') return false;
  if (![cx, cy, zoom].every(Number.isFinite)) return false;
  return cx >= 0 && cx <= plate.width && cy >= 0 && cy <= plate.height && zoom >= MIN_ZOOM - 0.01 && zoom <= MAX_ZOOM + 0.01;
}

/** Reads a follow target from the control document, dropping whatever does not fit the plates. */
export function readTarget(value: unknown, plates: readonly Plate[]): FollowTarget | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const { plateId, hotspotId, view } = value as Record<string, unknown>;
  const plate = plates.find((candidate) => candidate.id === plateId);
  if (!plate) return undefined;
  const hotspot = typeof hotspotId === 'string' ? plate.hotspots.find((candidate) => candidate.id === hotspotId) : undefined;
  return {
    plateId: plate.id,
    ...(hotspot ? { hotspotId: hotspot.id } : {}),
    ...(isValidView(view, plate) ? { view: roundView(view) } : {}),
  };
}

/**
 * The target the facilitator publishes, or undefined when nothing may be
 * published: not on a plate, a window of size zero, an unknown plate or part.
 * A view that is not valid is left out (the part alone is still a target).
 */
export function publishableTarget(shown: ShownPlate, plates: readonly Plate[]): FollowTarget | undefined {
  if (!shown.onPlate || shown.screen.width < 1 || shown.screen.height < 1) return undefined;
  const plate = plates.find((candidate) => candidate.id === shown.plateId);
  if (!plate) return undefined;
  if (shown.hotspotId && !plate.hotspots.some((hotspot) => hotspot.id === shown.hotspotId)) return undefined;
  return {
    plateId: plate.id,
    ...(shown.hotspotId ? { hotspotId: shown.hotspotId } : {}),
    ...(shown.view && isValidView(shown.view, plate) ? { view: roundView(shown.view) } : {}),
  };
}

/** Two decimals of zoom and whole plate units are plenty, and keep the control document small. */
export function roundView(view: View): View {
  return { cx: Math.round(view.cx), cy: Math.round(view.cy), zoom: Math.round(view.zoom * 100) / 100 };
}

export function sameTarget(a: FollowTarget | undefined, b: FollowTarget | undefined): boolean {
  if (!a || !b) return a === b;
  return a.plateId === b.plateId && a.hotspotId === b.hotspotId &&
    a.view?.cx === b.view?.cx && a.view?.cy === b.view?.cy && a.view?.zoom === b.view?.zoom;
}

/** Where a follower stands now. */
export interface FollowerPlace {
  plateId?: string;
  hotspotId?: string;
  view?: View;
}

/** Whether a follower must move to show the target. */
export function mustMove(target: FollowTarget | undefined, place: FollowerPlace, following: boolean): boolean {
  if (!following || !target) return false;
  return !sameTarget(target, { plateId: place.plateId ?? '', ...(place.hotspotId ? { hotspotId: place.hotspotId } : {}), ...(place.view ? { view: place.view } : {}) });
}

/** Follow mode as a small state machine: what each event does to "following". */
export type FollowEvent = 'user-move' | 'user-open' | 'user-plate' | 'rejoin' | 'facilitator-move';

export function nextFollowing(following: boolean, event: FollowEvent, isFacilitator: boolean): boolean {
  if (isFacilitator) return false;
  if (event === 'rejoin') return true;
  if (event === 'facilitator-move') return following;
  return false;
}

/** A note for a follower when the facilitator opens a part: only a newly opened part that the follower's panel does not show. */
export function openedPartNote(previous: FollowTarget | undefined, next: FollowTarget | undefined, following: boolean): string | undefined {
  if (!following || !next?.hotspotId) return undefined;
  if (previous?.plateId === next.plateId && previous.hotspotId === next.hotspotId) return undefined;
  return next.hotspotId;
}

/**
 * How long after the last keystroke someone still counts as typing. Long
 * enough to cover the pause between two words, short enough that a follower
 * who stopped typing is on the group's plate within a few seconds.
 */
export const TYPING_PAUSE_MS = 2000;

/** The last keystroke in an answer field: when, and whether that field still holds text. */
export interface Typing {
  /** Milliseconds on the same clock as `now`; undefined when nothing was typed yet. */
  lastKeystrokeAt?: number;
  draftEmpty: boolean;
}

/**
 * Busy means actually typing: a keystroke within the last pause in a field
 * that holds text. Focus alone (on a button, in an empty field, in the field
 * "Toevoegen" just emptied) never is.
 */
export function isTyping(typing: Typing, now: number): boolean {
  return typing.lastKeystrokeAt !== undefined && !typing.draftEmpty && now - typing.lastKeystrokeAt < TYPING_PAUSE_MS;
}

export type FollowDecision = { kind: 'move' } | { kind: 'hold'; retryInMs: number };

/**
 * What a follower does with a target elsewhere: a new part or view on the same
 * plate moves at once (the worksheet stays); a new plate waits while its worksheet
 * would take the field someone is typing in, and is tried again when typing pauses.
 */
export function followDecision(samePlate: boolean, typing: Typing, now: number): FollowDecision {
  if (samePlate || !isTyping(typing, now)) return { kind: 'move' };
  return { kind: 'hold', retryInMs: Math.max(1, typing.lastKeystrokeAt! + TYPING_PAUSE_MS - now) };
}

/**
 * The session's control document: settings only the facilitator may change;
 * the server refuses everyone else's updates to it.
 */
import * as Y from 'yjs';
import { cardsFrozen, dotsAllowed, LIMITS, ROOTS } from '../domain/limits';
import { readStep, stepChanges, type Step } from './step';

/** Where the facilitator is: participants in follow mode show the same. */
export interface FollowTarget {
  plateId: string;
  hotspotId?: string;
  view?: { cx: number; cy: number; zoom: number };
}

export interface SessionControl {
  title: string;
  locked: boolean;
  ended: boolean;
  /** Answers of others stay hidden until the facilitator reveals them. */
  hidden: boolean;
  /** Dots each participant may give; 0 means voting is off. */
  votesPerParticipant: number;
  /** A running exercise timer: when it ends (epoch ms) and how long it was set for. */
  timer?: { endsAt: number; seconds: number };
  follow?: FollowTarget;
  /** Facilitator's own wording of a worksheet column, keyed `plate/column`. */
  rewordings: Record<string, string>;
  /** Where the workshop is: explore, fill in, vote, results. */
  step: Step;
  /** Vote counts stay hidden from participants (and the projector) while voting is open; on unless turned off. */
  hideVotesWhileVoting: boolean;
  /** Participants' cards stay as they are while voting is open; on unless turned off. */
  freezeCardsWhileVoting: boolean;
}

/** Whether participants' cards are frozen for the vote now (the server checks the same rule). */
export function cardsFrozenNow(control: SessionControl): boolean {
  return cardsFrozen({ ...control, cardsOpenWhileVoting: !control.freezeCardsWhileVoting });
}

export function controlOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOTS.control);
}

/** Every value read for what it is: a wrong type reads as unset, never throws. */
export function readControl(doc: Y.Doc): SessionControl {
  const control = controlOf(doc);
  const rewordings = control.get('rewordings');
  const votes = control.get('votesPerParticipant');
  const timer = asObject(control.get('timer'));
  const follow = readFollow(control.get('follow'));
  const title = control.get('title');
  return {
    title: typeof title === 'string' ? title.slice(0, LIMITS.titleLength) : '',
    locked: control.get('locked') === true,
    ended: control.get('ended') === true,
    hidden: control.get('hidden') === true,
    votesPerParticipant: dotsAllowed(votes),
    ...(timer && isNumber(timer.endsAt) && isNumber(timer.seconds) ? { timer: { endsAt: timer.endsAt, seconds: timer.seconds } } : {}),
    ...(follow ? { follow } : {}),
    rewordings: rewordings instanceof Y.Map
      ? Object.fromEntries([...rewordings.entries()].filter((entry): entry is [string, string] => typeof entry[1] === 'string'))
      : {},
    step: readStep(control.get('step')),
    hideVotesWhileVoting: control.get('showVotesLive') !== true,
    freezeCardsWhileVoting: control.get('cardsOpenWhileVoting') !== true,
  };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function asObject(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Y.AbstractType)
    ? (value as Record<string, unknown>)
    : undefined;
}

function readFollow(value: unknown): FollowTarget | undefined {
  const follow = asObject(value);
  if (!follow || typeof follow.plateId !== 'string') return undefined;
  const view = asObject(follow.view);
  return {
    plateId: follow.plateId,
    ...(typeof follow.hotspotId === 'string' ? { hotspotId: follow.hotspotId } : {}),
    ...(view && isNumber(view.cx) && isNumber(view.cy) && isNumber(view.zoom) && view.zoom > 0 ? { view: { cx: view.cx, cy: view.cy, zoom: view.zoom } } : {}),
  };
}

export function setHidden(doc: Y.Doc, hidden: boolean): void {
  controlOf(doc).set('hidden', hidden);
}

export function setEnded(doc: Y.Doc, ended: boolean): void {
  controlOf(doc).set('ended', ended);
}

export function setVotesPerParticipant(doc: Y.Doc, votes: number): void {
  controlOf(doc).set('votesPerParticipant', Math.max(0, Math.min(LIMITS.maxDots, Math.round(votes))));
}

export function startTimer(doc: Y.Doc, seconds: number, now = Date.now()): void {
  controlOf(doc).set('timer', { endsAt: now + seconds * 1000, seconds });
}

export function stopTimer(doc: Y.Doc): void {
  controlOf(doc).delete('timer');
}

/** Called as the facilitator moves; only writes when something changed. */
export function setFollowTarget(doc: Y.Doc, target: FollowTarget): void {
  const current = controlOf(doc).get('follow');
  if (JSON.stringify(current) !== JSON.stringify(target)) controlOf(doc).set('follow', target);
}

/** Moves the workshop to a step, with what that step needs (voting opens with dots, filling in unlocks). */
export function setStep(doc: Y.Doc, step: Step): void {
  const changes = stepChanges(readControl(doc), step);
  doc.transact(() => {
    for (const [key, value] of Object.entries(changes)) controlOf(doc).set(key, value);
  });
}

export function setHideVotesWhileVoting(doc: Y.Doc, hide: boolean): void {
  controlOf(doc).set('showVotesLive', !hide);
}

export function setFreezeCardsWhileVoting(doc: Y.Doc, freeze: boolean): void {
  controlOf(doc).set('cardsOpenWhileVoting', !freeze);
}

export function setLocked(doc: Y.Doc, locked: boolean): void {
  controlOf(doc).set('locked', locked);
}

export function setTitle(doc: Y.Doc, title: string): void {
  controlOf(doc).set('title', title.slice(0, LIMITS.titleLength));
}

export function rewordColumn(doc: Y.Doc, plate: string, column: string, wording: string): void {
  doc.transact(() => {
    const control = controlOf(doc);
    let rewordings = control.get('rewordings');
    if (!(rewordings instanceof Y.Map)) {
      rewordings = new Y.Map<string>();
      control.set('rewordings', rewordings);
    }
    const key = `${plate}/${column}`;
    const trimmed = wording.trim().slice(0, LIMITS.rewordingLength);
    if (trimmed) (rewordings as Y.Map<string>).set(key, trimmed);
    else (rewordings as Y.Map<string>).delete(key);
  });
}

/**
 * The session's control document: settings only the facilitator may change;
 * the server refuses everyone else's updates to it.
 */
import * as Y from 'yjs';
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
}

export function controlOf(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('control');
}

export function readControl(doc: Y.Doc): SessionControl {
  const control = controlOf(doc);
  const rewordings = control.get('rewordings');
  const votes = Number(control.get('votesPerParticipant') ?? 0);
  const timer = control.get('timer') as { endsAt?: unknown; seconds?: unknown } | undefined;
  const follow = control.get('follow') as FollowTarget | undefined;
  return {
    title: String(control.get('title') ?? ''),
    locked: control.get('locked') === true,
    ended: control.get('ended') === true,
    hidden: control.get('hidden') === true,
    votesPerParticipant: Number.isInteger(votes) && votes > 0 ? Math.min(votes, 20) : 0,
    ...(timer && typeof timer.endsAt === 'number' && typeof timer.seconds === 'number'
      ? { timer: { endsAt: timer.endsAt, seconds: timer.seconds } }
      : {}),
    ...(follow && typeof follow.plateId === 'string' ? { follow } : {}),
    rewordings: rewordings instanceof Y.Map ? (rewordings.toJSON() as Record<string, string>) : {},
    step: readStep(control.get('step')),
    hideVotesWhileVoting: control.get('showVotesLive') !== true,
  };
}

export function setHidden(doc: Y.Doc, hidden: boolean): void {
  controlOf(doc).set('hidden', hidden);
}

export function setEnded(doc: Y.Doc, ended: boolean): void {
  controlOf(doc).set('ended', ended);
}

export function setVotesPerParticipant(doc: Y.Doc, votes: number): void {
  controlOf(doc).set('votesPerParticipant', Math.max(0, Math.min(20, Math.round(votes))));
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

export function setLocked(doc: Y.Doc, locked: boolean): void {
  controlOf(doc).set('locked', locked);
}

export function setTitle(doc: Y.Doc, title: string): void {
  controlOf(doc).set('title', title.slice(0, 120));
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
    const trimmed = wording.trim().slice(0, 300);
    if (trimmed) (rewordings as Y.Map<string>).set(key, trimmed);
    else (rewordings as Y.Map<string>).delete(key);
  });
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { plates } from '../../plates';
import type { View } from '../engine/viewport';
import type { Route } from '../router';
import { useAppStore } from '../store/appStore';
import { setFollowTarget, type FollowTarget, type SessionControl } from '../worksheets/control';
import { followDecision, mustMove, nextFollowing, openedPartNote, publishableTarget, readTarget, sameTarget, type FollowEvent, type Typing } from './follow';
import type { LiveSession } from './liveSession';

type SessionRoute = Extract<Route, { page: 'session' }>;

interface FollowOptions {
  session?: LiveSession;
  control?: SessionControl;
  route: SessionRoute;
  /** The plate on screen (the route's, or where the group is). */
  plateId: string;
  /** Something covers the plate (the invitation dialog): the facilitator publishes nothing meanwhile. */
  covered: boolean;
}

export interface Follow {
  following: boolean;
  target?: FollowTarget;
  /** A part the facilitator just opened, for the follower's note. */
  openedPart?: string;
  dismissNote: () => void;
  /** The follower holds a plate change back while typing; it follows when typing pauses. */
  held: boolean;
  on: (event: FollowEvent) => void;
  rejoin: () => void;
  /** The facilitator's plate view settled: publish it when it is a valid view of a plate on screen. */
  publishView: (view: View, screen: { width: number; height: number }) => void;
}

const ANSWER_FIELD = 'textarea, input:not([type]), input[type="text"]';

/** The last keystroke in an answer field of the side panel, for the follow decision. */
let lastKeystroke: { at: number; field: HTMLInputElement | HTMLTextAreaElement } | undefined;

function noteKeystroke(event: Event): void {
  const field = event.target;
  if (!(field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement)) return;
  if (!field.matches(ANSWER_FIELD) || !field.closest('.session-aside')) return;
  lastKeystroke = { at: performance.now(), field };
}

/** Whether moving the worksheet away now would take a field someone is typing in (see isTyping). */
function typingNow(): Typing {
  if (!lastKeystroke) return { draftEmpty: true };
  const { at, field } = lastKeystroke;
  return { lastKeystrokeAt: at, draftEmpty: !field.isConnected || !field.value.trim() };
}

/** Follow mode for one screen: the facilitator publishes, participants follow (see follow.ts for the rules). */
export function useFollow({ session, control, route, plateId, covered }: FollowOptions): Follow {
  const navigate = useAppStore((state) => state.navigate);
  const isFacilitator = Boolean(session?.isFacilitator);
  const [following, setFollowing] = useState(!isFacilitator);
  const [openedPart, setOpenedPart] = useState<string>();
  const [held, setHeld] = useState(false);
  const [released, setReleased] = useState(0);
  const target = readTarget(control?.follow, plates);
  const targetKey = JSON.stringify(target ?? null);
  const previousTarget = useRef<FollowTarget | undefined>(undefined);
  const retry = useRef<number | undefined>(undefined);

  // Keystrokes (and pastes, dictation) in answer fields: typing is what holds a plate change back, not focus.
  useEffect(() => {
    document.addEventListener('input', noteKeystroke, true);
    return () => {
      document.removeEventListener('input', noteKeystroke, true);
      clearTimeout(retry.current);
    };
  }, []);

  const publish = useCallback(
    (view: View | undefined, screen: { width: number; height: number }) => {
      if (!session || !isFacilitator || covered) return;
      const next = publishableTarget({ onPlate: true, plateId, hotspotId: route.hotspotId, view, screen }, plates);
      if (next && !sameTarget(next, readTarget(control?.follow, plates))) setFollowTarget(session.control, next);
    },
    [session, isFacilitator, covered, plateId, route.hotspotId, control?.follow],
  );

  // The facilitator's plate and opened part become the target at once; the viewport once it settles.
  useEffect(() => {
    publish(undefined, { width: innerWidth, height: innerHeight });
    // Only a change of plate, part or cover publishes here; `publish` changes with every document update.
  }, [session, isFacilitator, covered, plateId, route.hotspotId]);

  // Participants tell the room whether they follow; the facilitator sees how many do.
  useEffect(() => {
    if (session && !isFacilitator) session.setPresence({ following });
  }, [session, isFacilitator, following]);

  const goToTarget = useCallback(() => {
    if (!target || !session) return;
    clearTimeout(retry.current);
    const decision = followDecision(target.plateId === route.plateId, typingNow(), performance.now());
    if (decision.kind === 'hold') {
      setHeld(true);
      retry.current = window.setTimeout(() => setReleased((count) => count + 1), decision.retryInMs);
      return;
    }
    setHeld(false);
    navigate({ page: 'session', code: session.code, plateId: target.plateId, ...(target.hotspotId ? { hotspotId: target.hotspotId } : {}), ...(target.view ? { view: target.view } : {}) }, { replace: true });
    // targetKey stands for target: the object is new after every update.
  }, [targetKey, session, route.plateId, navigate]);

  // Only once the server has said who this is: a facilitator's page must not follow its own last target meanwhile.
  const joined = Boolean(session?.joined);
  useEffect(() => {
    if (!session || !joined || isFacilitator) return;
    const note = openedPartNote(previousTarget.current, target, following);
    const otherPlate = previousTarget.current?.plateId !== target?.plateId;
    previousTarget.current = target;
    // The note is about what the facilitator opened here: a new part replaces it, another plate ends it.
    if (note || otherPlate) setOpenedPart(note);
    if (mustMove(target, route, following)) goToTarget();
    else setHeld(false);
  }, [session, joined, isFacilitator, following, targetKey, released]);

  // ... and so does the next step of the workshop.
  const step = control?.step;
  useEffect(() => setOpenedPart(undefined), [step]);

  const on = useCallback((event: FollowEvent) => setFollowing((current) => nextFollowing(current, event, isFacilitator)), [isFacilitator]);
  return {
    following,
    target,
    openedPart,
    dismissNote: () => setOpenedPart(undefined),
    held,
    on,
    // Rejoining always moves the view back, even when the facilitator has not moved since.
    rejoin: () => {
      on('rejoin');
      goToTarget();
    },
    publishView: publish,
  };
}

import { describe, expect, it } from 'vitest';
import { plates } from '../../plates';
import { followDecision, isTyping, isValidView, mustMove, TYPING_PAUSE_MS, nextFollowing, openedPartNote, publishableTarget, readTarget, sameTarget, type ShownPlate } from '../../src/session/follow';

const plate = plates[1];
const hotspot = plate.hotspots[0].id;
const screen = { width: 1366, height: 768 };
const view = { cx: plate.width / 2, cy: plate.height / 3, zoom: 1.5 };
const shown = (over: Partial<ShownPlate>): ShownPlate => ({ onPlate: true, plateId: plate.id, screen, ...over });

describe('what the facilitator publishes as the follow target', () => {
  const cases: [string, ShownPlate, unknown][] = [
    ['a settled view of a plate', shown({ view }), { plateId: plate.id, view: { cx: Math.round(view.cx), cy: Math.round(view.cy), zoom: 1.5 } }],
    ['a part opened, before the view settles', shown({ hotspotId: hotspot }), { plateId: plate.id, hotspotId: hotspot }],
    ['nothing from the results page', shown({ onPlate: false, view }), undefined],
    ['nothing from a window of size zero', shown({ view, screen: { width: 0, height: 0 } }), undefined],
    ['nothing for an unknown plate', shown({ plateId: 'nope', view }), undefined],
    ['nothing for a part that is not on the plate', shown({ hotspotId: 'nope' }), undefined],
    ['the plate without a view that lies off the plate', shown({ view: { cx: plate.width * 3, cy: 10, zoom: 1 } }), { plateId: plate.id }],
    ['the plate without a view of zoom NaN', shown({ view: { cx: 10, cy: 10, zoom: Number.NaN } }), { plateId: plate.id }],
    ['the plate without a view zoomed beyond the camera', shown({ view: { cx: 10, cy: 10, zoom: 40 } }), { plateId: plate.id }],
  ];
  it.each(cases)('%s', (_, input, expected) => {
    expect(publishableTarget(input, plates)).toEqual(expected);
  });
});

describe('reading a target from the control document', () => {
  const cases: [string, unknown, unknown][] = [
    ['nothing', undefined, undefined],
    ['a string', 'smjp', undefined],
    ['an unknown plate', { plateId: 'x' }, undefined],
    ['a plate with an unknown part keeps the plate', { plateId: plate.id, hotspotId: 'x' }, { plateId: plate.id }],
    ['a view of text is dropped', { plateId: plate.id, view: { cx: '1', cy: 2, zoom: 1 } }, { plateId: plate.id }],
    ['a full target stays', { plateId: plate.id, hotspotId: hotspot, view: { cx: 100, cy: 200, zoom: 2 } }, { plateId: plate.id, hotspotId: hotspot, view: { cx: 100, cy: 200, zoom: 2 } }],
  ];
  it.each(cases)('%s', (_, value, expected) => {
    expect(readTarget(value, plates)).toEqual(expected);
  });
});

describe('a follower', () => {
  const target = { plateId: plate.id, hotspotId: hotspot, view: { cx: 100, cy: 200, zoom: 2 } };
  const cases: [string, boolean, object, boolean][] = [
    ['moves to a target elsewhere', true, { plateId: 'smjp' }, true],
    ['stays when already there', true, { ...target }, false],
    ['moves when only the view differs', true, { ...target, view: { cx: 101, cy: 200, zoom: 2 } }, true],
    ['does not move when not following', false, { plateId: 'smjp' }, false],
  ];
  it.each(cases)('%s', (_, following, place, expected) => {
    expect(mustMove(target, place, following)).toBe(expected);
  });

  it('does not move without a target', () => {
    expect(mustMove(undefined, {}, true)).toBe(false);
  });

  const events: [boolean, Parameters<typeof nextFollowing>[1], boolean, boolean][] = [
    [true, 'user-move', false, false],
    [true, 'user-open', false, false],
    [true, 'user-plate', false, false],
    [false, 'rejoin', false, true],
    [true, 'facilitator-move', false, true],
    [false, 'facilitator-move', false, false],
    [true, 'rejoin', true, false],
  ];
  it.each(events)('following=%s, after %s (facilitator %s): %s', (following, event, facilitator, expected) => {
    expect(nextFollowing(following, event, facilitator)).toBe(expected);
  });

  it('gets a note for a part newly opened, not for the same part again or when not following', () => {
    const a = { plateId: plate.id, hotspotId: hotspot };
    expect(openedPartNote(undefined, a, true)).toBe(hotspot);
    expect(openedPartNote(a, { ...a, view: { cx: 1, cy: 1, zoom: 1 } }, true)).toBeUndefined();
    expect(openedPartNote(undefined, a, false)).toBeUndefined();
    expect(openedPartNote(a, { plateId: plate.id }, true)).toBeUndefined();
  });

  it('compares targets by value', () => {
    expect(sameTarget({ plateId: 'a', view: { cx: 1, cy: 2, zoom: 1 } }, { plateId: 'a', view: { cx: 1, cy: 2, zoom: 1 } })).toBe(true);
    expect(sameTarget({ plateId: 'a' }, undefined)).toBe(false);
    expect(isValidView({ cx: 0, cy: 0, zoom: 1 }, plate)).toBe(true);
  });
});

describe('busy means typing, not focus', () => {
  const now = 100_000;
  const cases: [string, Parameters<typeof isTyping>[0], boolean][] = [
    ['nothing typed yet (focus on a vote button, in an empty field)', { draftEmpty: true }, false],
    ['a keystroke just now in a field with text', { lastKeystrokeAt: now - 100, draftEmpty: false }, true],
    ['a keystroke just now that emptied the field', { lastKeystrokeAt: now - 100, draftEmpty: true }, false],
    ['text in the field, the last keystroke a pause ago', { lastKeystrokeAt: now - TYPING_PAUSE_MS, draftEmpty: false }, false],
    ['"Toevoegen" emptied the field after typing', { lastKeystrokeAt: now - 10, draftEmpty: true }, false],
  ];
  it.each(cases)('%s', (_, typing, expected) => {
    expect(isTyping(typing, now)).toBe(expected);
  });
});

describe('a follower and the facilitator\'s next plate', () => {
  const now = 50_000;
  const typing = { lastKeystrokeAt: now - 500, draftEmpty: false };
  const cases: [string, boolean, Parameters<typeof followDecision>[1], ReturnType<typeof followDecision>][] = [
    ['not typing: follows to another plate at once', false, { draftEmpty: true }, { kind: 'move' }],
    ['typing: holds another plate until typing pauses', false, typing, { kind: 'hold', retryInMs: TYPING_PAUSE_MS - 500 }],
    ['typing: a part or view on the same plate moves at once', true, typing, { kind: 'move' }],
    ['typing paused: follows', false, { lastKeystrokeAt: now - TYPING_PAUSE_MS - 1, draftEmpty: false }, { kind: 'move' }],
  ];
  it.each(cases)('%s', (_, samePlate, state, expected) => {
    expect(followDecision(samePlate, state, now)).toEqual(expected);
  });
});

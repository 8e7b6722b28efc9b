import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { FacilitatorKeys } from '../../server/codes';
import { openSqliteStore } from '../../server/persistence';
import { Rooms } from '../../server/rooms';
import { Sessions } from '../../server/sessions';

const DAY = 24 * 60 * 60 * 1000;
const keys = new FacilitatorKeys(randomBytes(32));

describe('retention', () => {
  it('sessions untouched for the retention period are deleted with their documents', () => {
    const store = openSqliteStore(':memory:');
    let now = Date.UTC(2026, 10, 1);
    const rooms = new Rooms(store);
    const sessions = new Sessions(store, rooms, 30, keys, () => now);
    const old = sessions.create('old');
    const recent = sessions.create('recent');
    store.appendMany([{ name: old.code, update: new Uint8Array([0, 0]) }]);
    now += 20 * DAY;
    sessions.touch(recent.code);
    now += 11 * DAY;
    expect(sessions.sweep()).toEqual([old.code]);
    expect(sessions.find(old.code)).toBeUndefined();
    expect(store.load(old.code)).toEqual([]);
    expect(sessions.find(recent.code)?.code).toBe(recent.code);
    store.close();
  });

  it('an expired session is not found even before the sweep runs', () => {
    const store = openSqliteStore(':memory:');
    let now = Date.UTC(2026, 10, 1);
    const sessions = new Sessions(store, new Rooms(store), 30, keys, () => now);
    const { code } = sessions.create('x');
    now += 31 * DAY;
    expect(sessions.find(code)).toBeUndefined();
    store.close();
  });

  it('a retention of half a day deletes a session twelve hours after its last use, not before', () => {
    const store = openSqliteStore(':memory:');
    let now = Date.UTC(2026, 10, 1);
    const sessions = new Sessions(store, new Rooms(store), 0.5, keys, () => now);
    const { code } = sessions.create('middag');
    now += 11 * 60 * 60 * 1000;
    expect(sessions.sweep()).toEqual([]);
    now += 2 * 60 * 60 * 1000;
    expect(sessions.sweep()).toEqual([code]);
    store.close();
  });
});

import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FacilitatorKeys } from '../../server/codes';
import { Events } from '../../server/events';
import { openSqliteStore } from '../../server/persistence';
import { Rooms } from '../../server/rooms';
import { Sessions } from '../../server/sessions';

const DAY = 24 * 60 * 60 * 1000;
const keys = new FacilitatorKeys(randomBytes(32));

describe('event retention', () => {
  it('events untouched for the retention period are deleted with their links; the sessions stay', async () => {
    const store = openSqliteStore(':memory:');
    let now = Date.UTC(2026, 10, 1);
    const sessions = new Sessions(store, new Rooms(store), 30, keys, () => now);
    const events = new Events(store, randomBytes(32), 30, () => now);
    const old = events.create('old');
    const recent = events.create('recent');
    const session = sessions.create('school');
    events.link(old.code, session.code, 'ROC Noord');
    now += 20 * DAY;
    events.noteRead(recent.code);
    now += 11 * DAY;
    sessions.touch(session.code);
    expect(events.sweep()).toEqual([old.code]);
    expect(events.lookup(old.code)).toEqual({ state: 'deleted' });
    expect(store.linkOfSession(session.code)).toBeUndefined();
    expect(events.lookup(recent.code).state).toBe('live');
    expect(sessions.find(session.code)?.code).toBe(session.code);
    await store.close();
  });

  it('deleting a session deletes its link, school name included', async () => {
    const store = openSqliteStore(':memory:');
    const sessions = new Sessions(store, new Rooms(store), 30, keys);
    const events = new Events(store, randomBytes(32), 30);
    const event = events.create('netwerkdag');
    const session = sessions.create('school');
    events.link(event.code, session.code, 'ROC Noord');
    sessions.delete(session.code);
    expect(store.linksOf(event.code)).toEqual([]);
    await store.close();
  });
});

describe('event deletion on disk', () => {
  it('a deleted event leaves no school name in the database file or its write-ahead log', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'praatplaten-events-'));
    const file = join(dir, 'praatplaten.sqlite');
    const store = openSqliteStore(file);
    const sessions = new Sessions(store, new Rooms(store), 30, keys);
    const events = new Events(store, randomBytes(32), 30);
    const event = events.create('netwerkdag');
    const session = sessions.create('school');
    events.link(event.code, session.code, 'Zeldzame Schoolnaam Qwxz');
    const onDisk = () => Buffer.concat([readFileSync(file), ...(existsSync(`${file}-wal`) ? [readFileSync(`${file}-wal`)] : [])]);
    expect(onDisk().includes(Buffer.from('Zeldzame Schoolnaam Qwxz'))).toBe(true);
    // Read while the server still runs: closing the database would tidy the log anyway.
    events.delete(event.code);
    expect(onDisk().includes(Buffer.from('Zeldzame Schoolnaam Qwxz'))).toBe(false);
    await store.close();
  });
});

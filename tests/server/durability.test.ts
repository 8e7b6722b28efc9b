import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { connect, createSession, disconnectAll, synced, waitFor } from './support';
import { killServerProcesses, startServerProcess } from '../support/serverProcess';

afterEach(() => {
  disconnectAll();
  killServerProcesses();
});

describe('durability', () => {
  it('kill -9 and a restart keep every update any client has seen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-kill-'));
    const first = await startServerProcess(dataDir);
    const http = `http://127.0.0.1:${first.port}`;
    const { code } = await createSession(http);
    const writer = connect(`ws://127.0.0.1:${first.port}/ws`, code);
    const watcher = connect(`ws://127.0.0.1:${first.port}/ws`, code);
    await Promise.all([synced(writer), synced(watcher)]);
    const cards = writer.doc.getArray<string>('cards');
    for (let i = 0; i < 200; i++) cards.push([`card ${i}`]);
    // Once the watcher has them, the server has sent them, so it must have stored them.
    await waitFor(() => watcher.doc.getArray('cards').length === 200, 'watcher sees all cards');

    first.child.kill('SIGKILL');
    await first.exited;
    disconnectAll();

    const second = await startServerProcess(dataDir);
    const reader = connect(`ws://127.0.0.1:${second.port}/ws`, code, { doc: new Y.Doc() });
    await synced(reader);
    await waitFor(() => reader.doc.getArray('cards').length === 200, 'every card after restart');
    expect(reader.doc.getArray('cards').toJSON()).toEqual(Array.from({ length: 200 }, (_, i) => `card ${i}`));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { cardText, connect, createSession, disconnectAll, joinAs, synced, waitFor, writeCard } from './support';
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
    const firstServer = { http, ws: `ws://127.0.0.1:${first.port}/ws` };
    const writer = await joinAs(firstServer, code, 'Ann');
    const watcher = await joinAs(firstServer, code, 'Bob');
    for (let i = 0; i < 200; i++) writeCard(writer, `c${i}`, `card ${i}`);
    // Once the watcher has them, the server has sent them, so it must have stored them.
    await waitFor(() => watcher.doc.getMap('cards').size === 200, 'watcher sees all cards');

    first.child.kill('SIGKILL');
    await first.exited;
    disconnectAll();

    const second = await startServerProcess(dataDir);
    const reader = connect(`ws://127.0.0.1:${second.port}/ws`, code, { doc: new Y.Doc() });
    await synced(reader);
    await waitFor(() => reader.doc.getMap('cards').size === 200, 'every card after restart');
    expect(Array.from({ length: 200 }, (_, i) => cardText(reader.doc, `c${i}`))).toEqual(Array.from({ length: 200 }, (_, i) => `card ${i}`));
  });
});

import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { databasePath } from '../../server/config';
import { openSqliteStore } from '../../server/persistence';
import { cardText, connect, createSession, disconnectAll, joinAs, synced, waitFor, writeCard, type Person } from './support';
import { killServerProcesses, startServerProcess } from '../support/serverProcess';

afterEach(() => {
  disconnectAll();
  killServerProcesses();
});

/** The texts of the cards in a document. */
function cardsIn(doc: Y.Doc): string[] {
  return [...doc.getMap('cards').keys()].map((id) => cardText(doc, id)!);
}

// These tests start processes (tsx compiles at each start), which is slow on a busy two-core machine.
describe('restart without loss', { timeout: 60_000 }, () => {
  it('a SIGTERM restart while five people edit exits within seconds and loses no edit', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-restart-'));
    const first = await startServerProcess(dataDir);
    const { port } = first;
    const { code } = await createSession(`http://127.0.0.1:${port}`);
    const server = { http: `http://127.0.0.1:${port}`, ws: `ws://127.0.0.1:${port}/ws` };
    // Each keeps their identity cookie: after the restart they are the same people, with the same rights.
    const editors: Person[] = [];
    for (let person = 0; person < 5; person++) editors.push(await joinAs(server, code, `Editor ${person}`));

    // Each person adds a card every 20 ms, before, during and after the restart.
    const made = editors.map(() => 0);
    const typing = editors.map((editor, person) =>
      setInterval(() => {
        const card = `${person}:${made[person]++}`;
        writeCard(editor, card, card);
      }, 20));
    const total = () => made.reduce((sum, count) => sum + count, 0);
    // What person 0 received from the others went through the server, so the server must have stored it.
    const fromOthers = () => cardsIn(editors[0].doc).filter((card) => !card.startsWith('0:'));
    await waitFor(() => fromOthers().length >= 20, 'edits relayed before the restart', 15000);
    const relayed = fromOthers();
    const signalled = Date.now();
    first.child.kill('SIGTERM');
    const exit = await first.exited;
    const stopMs = Date.now() - signalled;
    expect(exit.code).toBe(0);
    expect(stopMs).toBeLessThan(5000);
    expect(first.output()).toMatch(/"msg":"stopped"/);
    // Every client was told to come back: 1012, service restart.
    for (const editor of editors) expect(editor.closes.map((close) => close.code)).toContain(1012);

    const stored = openSqliteStore(databasePath(dataDir));
    const storedDoc = new Y.Doc();
    for (const update of stored.load(code)) Y.applyUpdate(storedDoc, update);
    await stored.close();
    const storedCards = new Set(cardsIn(storedDoc));
    expect(relayed.filter((card) => !storedCards.has(card))).toEqual([]);

    // People go on typing while no server runs.
    const atExit = total();
    await waitFor(() => total() >= atExit + 10, 'edits while the server is away');
    // The new process on the same port, as systemd restarts it; the providers come back on their own.
    await startServerProcess(dataDir, { PORT: String(port) });
    await waitFor(() => editors.every((editor) => editor.provider.wsconnected && editor.provider.synced), 'everyone reconnected', 15000);
    const atReconnect = total();
    await waitFor(() => total() >= atReconnect + 10, 'edits after the restart');
    for (const timer of typing) clearInterval(timer);

    const everything = made.flatMap((count, person) => Array.from({ length: count }, (_, index) => `${person}:${index}`)).sort();
    await waitFor(() => editors.every((editor) => cardsIn(editor.doc).length === everything.length), 'every edit everywhere', 15000);
    for (const editor of editors) expect(cardsIn(editor.doc).sort()).toEqual(everything);

    const latecomer = connect(`ws://127.0.0.1:${port}/ws`, code);
    await synced(latecomer);
    await waitFor(() => cardsIn(latecomer.doc).length === everything.length, 'the new process has every edit');
    expect(cardsIn(latecomer.doc).sort()).toEqual(everything);
  });
});

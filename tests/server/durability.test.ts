import { afterEach, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as Y from 'yjs';
import { cardText, connect, createSession, disconnectAll, joinAs, synced, waitFor, writeCard } from './support';

/** The real server as its own process, so it can be killed without warning. */
function startProcess(dataDir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) resolve({ child, port: Number(match[1]) });
    });
    child.stderr!.on('data', (chunk: Buffer) => { output += chunk.toString(); });
    child.on('exit', (code) => reject(new Error(`server exited (${code}): ${output}`)));
  });
}

let children: ChildProcess[] = [];
afterEach(() => {
  disconnectAll();
  for (const child of children) child.kill('SIGKILL');
  children = [];
});

describe('durability', () => {
  it('kill -9 and a restart keep every update any client has seen', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-kill-'));
    const first = await startProcess(dataDir);
    children.push(first.child);
    const http = `http://127.0.0.1:${first.port}`;
    const { code } = await createSession(http);
    const firstServer = { http, ws: `ws://127.0.0.1:${first.port}/ws` };
    const writer = await joinAs(firstServer, code, 'Ann');
    const watcher = await joinAs(firstServer, code, 'Bob');
    for (let i = 0; i < 200; i++) writeCard(writer, `c${i}`, `card ${i}`);
    // Once the watcher has them, the server has sent them, so it must have stored them.
    await waitFor(() => watcher.doc.getMap('cards').size === 200, 'watcher sees all cards');

    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));
    disconnectAll();

    const second = await startProcess(dataDir);
    children.push(second.child);
    const reader = connect(`ws://127.0.0.1:${second.port}/ws`, code, { doc: new Y.Doc() });
    await synced(reader);
    await waitFor(() => reader.doc.getMap('cards').size === 200, 'every card after restart');
    expect(Array.from({ length: 200 }, (_, i) => cardText(reader.doc, `c${i}`))).toEqual(Array.from({ length: 200 }, (_, i) => `card ${i}`));
  });
});

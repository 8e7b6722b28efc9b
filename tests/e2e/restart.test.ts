import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { addCard, joinSession, newPage, startSession } from '../support/liveSession';
import { killServerProcesses, startServerProcess } from '../support/serverProcess';

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(resolve('dist/index.html'))) throw new Error('dist/ is missing: run npm run build first');
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  killServerProcesses();
});

describe('a server restart during a workshop', () => {
  it('the app reconnects by itself, and a card added while the server was away arrives', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'praatplaten-e2e-restart-'));
    const first = await startServerProcess(dataDir);
    const url = `http://127.0.0.1:${first.port}`;
    const facilitator = await newPage(browser);
    const code = await startSession(facilitator, url);
    const participant = await newPage(browser);
    await joinSession(participant, url, code, 'Fatima');
    await addCard(participant, 'open-vraag', 'Voor de herstart');
    await facilitator.locator('.card', { hasText: 'Voor de herstart' }).waitFor();

    first.child.kill('SIGTERM');
    expect((await first.exited).code).toBe(0);
    await participant.waitForSelector('[data-status="reconnecting"]');
    await addCard(participant, 'open-vraag', 'Terwijl de server weg was');

    await startServerProcess(dataDir, { PORT: String(first.port) });
    for (const page of [facilitator, participant]) await page.waitForSelector('[data-status="connected"]', { timeout: 15000 });
    await facilitator.locator('.card', { hasText: 'Terwijl de server weg was' }).waitFor();
    expect(await facilitator.locator('.card', { hasText: 'Voor de herstart' }).count()).toBe(1);
    // Still the facilitator; and both see each other present again within seconds, not only at
    // the next presence renewal (every 15 s).
    await facilitator.waitForSelector('.lock-button');
    await facilitator.waitForSelector('[data-participant="Fatima"]', { timeout: 5000 });
    await participant.waitForSelector('[data-participant="Marieke"]', { timeout: 5000 });
  });
});

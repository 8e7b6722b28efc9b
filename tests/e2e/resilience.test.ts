/**
 * What a curious participant's script or a careless restart does to the
 * people in the room: a poisoned card blanks no page, and a server that comes
 * back without its data loses nobody's answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import * as Y from 'yjs';
import { startServer, type RunningServer } from '../../server/app';
import { secretPath } from '../../server/secret';
import { launchChromium } from '../support/browser';
import { addCard, joinSession, newPage, startSession } from '../support/liveSession';
import { connect, disconnectAll, identify, synced, waitFor } from '../server/support';

let browser: Browser;
beforeAll(async () => { browser = await launchChromium(); });
afterAll(async () => {
  disconnectAll();
  await browser?.close();
});

function serve(port: number, dataDir: string): Promise<RunningServer> {
  return startServer({ port, host: '127.0.0.1', staticDir: resolve(process.env.BUILD_DIR ?? 'dist'), dataDir, log: () => {} });
}

/** Collects uncaught errors of a page, which would mean something threw while rendering. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

describe('resilience', () => {
  it('a card with fields of the wrong types blanks neither the facilitator, the participant nor the results page', async () => {
    const server = await serve(0, ':memory:');
    const url = `http://127.0.0.1:${server.port}`;
    try {
      const facilitator = await newPage(browser, 1920, 1080);
      const facilitatorErrors = watchErrors(facilitator);
      const code = await startSession(facilitator, url);
      const participant = await newPage(browser, 390, 844);
      const participantErrors = watchErrors(participant);
      await joinSession(participant, url, code, 'Fatima');
      await addCard(participant, 'open-vraag', 'Een gewone kaart');

      // A participant's script cannot write such a card (the server undoes it: not theirs), so this
      // one comes from a script with the facilitator's rights, whose word the server takes as final:
      // a card whose author is a map and whose text is not a text.
      const key = await facilitator.evaluate((session) => (JSON.parse(localStorage.getItem('praatplaten.facilitatorKeys') ?? '{}') as Record<string, string>)[session], code);
      const { cookie } = await identify(`http://127.0.0.1:${server.port}`, code, { key });
      const attacker = connect(`ws://127.0.0.1:${server.port}/ws`, code, { cookie });
      await synced(attacker);
      attacker.doc.transact(() => {
        const card = new Y.Map<unknown>();
        attacker.doc.getMap('cards').set('poison', card);
        card.set('plate', 'smjp');
        card.set('column', 'open-vraag');
        card.set('author', new Y.Map());
        card.set('text', new Y.Map());
        card.set('createdAt', 'gisteren');
      });
      await waitFor(() => server.rooms.get(code)?.worksheet.doc.getMap('cards').has('poison') === true, 'poison stored');

      for (const page of [facilitator, participant]) {
        await page.locator('.card', { hasText: 'Een gewone kaart' }).waitFor();
        await page.waitForSelector('[data-status="connected"]');
        expect(await page.locator('.part-failed').count()).toBe(0);
      }
      // The results page is the facilitator's.
      await facilitator.goto(`${url}/resultaten/${code}`);
      await facilitator.locator('.results-page', { hasText: 'Een gewone kaart' }).waitFor();
      expect([...facilitatorErrors, ...participantErrors]).toEqual([]);
    } finally {
      disconnectAll();
      await server.close();
    }
  });

  it('a server restarted without its database leaves the browsers\' copies intact, and the facilitator restores the session', async () => {
    const firstDir = mkdtempSync(join(tmpdir(), 'praatplaten-e2e-'));
    const first = await serve(0, firstDir);
    const port = first.port;
    const url = `http://127.0.0.1:${port}`;
    let second: RunningServer | undefined;
    try {
      const facilitator = await newPage(browser, 1366, 768);
      const code = await startSession(facilitator, url);
      const participant = await newPage(browser);
      await joinSession(participant, url, code, 'Bram');
      await addCard(participant, 'open-vraag', 'Antwoord van Bram');
      await addCard(facilitator, 'open-vraag', 'Antwoord van de begeleider');
      await facilitator.locator('.card', { hasText: 'Antwoord van Bram' }).waitFor();

      // The database is lost; the server's secret (secret.key, or PRAATPLATEN_SECRET) is not, so
      // the facilitator's key proves the session and everyone's identity cookie still holds.
      await first.close();
      const emptyDir = mkdtempSync(join(tmpdir(), 'praatplaten-e2e-empty-'));
      copyFileSync(secretPath(firstDir), secretPath(emptyDir));
      second = await serve(port, emptyDir);

      // Nobody's answers disappear: the session is "unknown here", not deleted.
      for (const page of [facilitator, participant]) {
        await page.waitForSelector('[data-trouble="unknown"]', { timeout: 20_000 });
        await page.locator('.card', { hasText: 'Antwoord van Bram' }).waitFor();
      }
      await participant.reload();
      await participant.waitForSelector('[data-trouble="unknown"]', { timeout: 20_000 });
      await participant.locator('.card', { hasText: 'Antwoord van Bram' }).waitFor();

      await facilitator.click('[data-trouble="unknown"] button');
      await facilitator.waitForSelector('[data-status="connected"]');
      // The participant's browser asks again by itself and sends its copy too.
      await participant.waitForSelector('[data-status="connected"]', { timeout: 30_000 });
      const restored = second;
      await waitFor(() => {
        const texts = [...restored.rooms.get(code)?.worksheet.doc.getMap('cards').values() ?? []]
          .map((card) => String((card as Y.Map<unknown>).get('text')));
        return texts.includes('Antwoord van Bram') && texts.includes('Antwoord van de begeleider');
      }, 'both answers back on the server', 10_000);
      // The facilitator is the facilitator of the restored session.
      await facilitator.waitForSelector('.lock-button');
    } finally {
      await second?.close();
    }
  }, 120_000);
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../support/browser';
import { startStaticOnly } from '../support/staticOnly';
import { seriousViolations } from '../support/axe';

let site: Awaited<ReturnType<typeof startStaticOnly>>;
let browser: Browser;

beforeAll(async () => {
  site = await startStaticOnly();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('working alone, without a server', () => {
  it('answers filled in alone stay in the browser across a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    const sockets: string[] = [];
    page.on('websocket', (socket) => sockets.push(socket.url()));
    await page.goto(`${site.url}/plaat/meerjarenplan`);
    await page.click('[role="tab"]:has-text("Werkblad")');
    await page.fill('[data-add-card="zelf"] textarea', 'Wij roosteren zelf');
    await page.click('[data-add-card="zelf"] button[type="submit"]');
    await page.fill('[data-add-card="samen-willen"] textarea', 'Samen leermiddelen inkopen');
    await page.click('[data-add-card="samen-willen"] button[type="submit"]');
    await page.locator('.card', { hasText: 'Samen leermiddelen' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.reload();
    await page.click('[role="tab"]:has-text("Werkblad")');
    await page.locator('[data-column="zelf"] .card', { hasText: 'Wij roosteren zelf' }).waitFor();
    await page.locator('[data-column="samen-willen"] .card', { hasText: 'Samen leermiddelen inkopen' }).waitFor();

    await page.click('button:has-text("Mijn antwoorden en export")');
    await page.waitForSelector('[data-results-plate="meerjarenplan"] li:has-text("Wij roosteren zelf")');
    // One's own results: no "of this session", no "by Ik".
    expect(await page.locator('.results-header').textContent()).not.toContain('sessie');
    expect(await page.locator('.results-page .card-author').count()).toBe(0);
    expect(sockets).toEqual([]);
    await context.close();
  });

  it('an export adds its answers to one\'s own work; a file that is no export says so in Dutch', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${site.url}/plaat/smjp`);
    await page.click('[role="tab"]:has-text("Werkblad")');
    const exported = {
      format: 'praatplaten-results', version: 1, title: 'Studiedag', exportedAt: '2026-12-04T10:00:00Z',
      worksheets: [{ plateId: 'smjp', plateTitle: '', prompt: '', columns: [{ id: 'open-vraag', title: '', cards: [{ text: 'Uit de sessie van dinsdag', detail: '', author: 'Kim', votes: 2, createdAt: 1 }] }] }],
    };
    await page.setInputFiles('.solo-import input[type="file"]', { name: 'export.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
    await page.locator('.card', { hasText: 'Uit de sessie van dinsdag' }).waitFor();
    expect(await page.locator('.solo-import [role="status"]').textContent()).toBe('1 antwoord toegevoegd.');
    await page.setInputFiles('.solo-import input[type="file"]', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"iets anders"}') });
    await page.waitForSelector('.solo-import [role="status"]:has-text("Dit is geen export van Praatplaten.")');
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });
});

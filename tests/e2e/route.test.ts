import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndBrowser } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { joinSession, newPage as openPage, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();


const newPage = (width = 1920, height = 1080) => openPage(harness.browser, width, height);

/** Texts Konva draws on the plate (not those hidden at this zoom), with their size and place on screen. */
async function drawnTexts(page: Page) {
  return page.evaluate(() => {
    const konva = (window as unknown as { Konva: { stages: { find: (selector: string) => { text: () => string; isVisible: () => boolean; fontSize: () => number; getAbsoluteScale: () => { y: number }; getClientRect: () => { x: number; y: number; width: number; height: number } }[]; container: () => HTMLElement }[] } }).Konva;
    const stage = konva.stages.find((candidate) => candidate.container().closest('.plate-canvas'))!;
    const bounds = stage.container().getBoundingClientRect();
    return stage.find('Text').filter((node) => node.isVisible()).map((node) => {
      const rect = node.getClientRect();
      return {
        text: node.text(),
        pixels: node.fontSize() * node.getAbsoluteScale().y,
        visible: rect.x >= 0 && rect.y >= 0 && rect.x + rect.width <= bounds.width && rect.y + rect.height <= bounds.height,
      };
    });
  });
}

describe('the fifth plate: the Digitaliseringsroute', () => {
  it('the fitted route shows its themes and counts; flying to a track draws its activities and sector targets legibly', async () => {
    const page = await newPage();
    await page.goto(`${harness.server.url}/plaat/digitaliseringsroute`);
    await page.waitForSelector('.plate-canvas canvas');
    await page.waitForTimeout(500);
    const fitted = await drawnTexts(page);
    expect(fitted.some((node) => node.text === 'Doorlopend het beste onderwijs' && node.pixels >= 18)).toBe(true);
    expect(fitted.some((node) => node.text.startsWith('6 acties 2026–2028 · 4 doelen 2028'))).toBe(true);
    expect(fitted.some((node) => node.text.includes('30% van de mbo-instellingen'))).toBe(false);

    await page.click('.hotspot[data-hotspot="doorlopend-beste-onderwijs-spoor-1"]', { position: { x: 12, y: 12 } });
    await page.waitForSelector('.handreiking-panel [data-section]');
    await page.waitForTimeout(900);
    const target = (await drawnTexts(page)).find((node) => node.text.includes('30% van de mbo-instellingen maakt gebruik van de digitale sectorvoorziening'));
    expect(target, 'the sector target is drawn').toBeDefined();
    expect(target!.visible).toBe(true);
    expect(target!.pixels).toBeGreaterThanOrEqual(18);
    expect(await page.textContent('.handreiking-panel')).toContain('30%');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a theme section links to the SMJP goals it serves on plate 1', async () => {
    const page = await newPage();
    await page.goto(`${harness.server.url}/plaat/digitaliseringsroute/data-ai`);
    const link = page.locator('.handreiking-panel a[href^="/plaat/smjp/"]').first();
    await link.waitFor();
    await link.click();
    await page.waitForFunction(() => location.pathname.startsWith('/plaat/smjp/'));
    await page.waitForSelector('.plate-canvas[data-plate="smjp"]');
  });

  it('two people fill in the eigen route and the facilitator sees the spread', async () => {
    const facilitator = await newPage();
    const code = await startSession(facilitator, harness.server.url, 'Route-sessie');
    await facilitator.click('.plate-tabs a[href$="/digitaliseringsroute"]');
    await facilitator.waitForSelector('[data-worksheet="digitaliseringsroute"]');

    const participant = await newPage(1366, 768);
    await joinSession(participant, harness.server.url, code, 'Fatima');
    await participant.waitForSelector('[data-worksheet="digitaliseringsroute"]');
    const theme = participant.locator('[data-theme="data-ai"]');
    await theme.locator('.route-scale input[value="2"]').check();
    await theme.locator('.route-priority input[value="hoog"]').check();
    await theme.locator('[data-item="data-ai-2026-1"] select').selectOption('samen');

    const spread = facilitator.locator('[data-spread="data-ai"]');
    await facilitator.waitForSelector('[data-spread="data-ai"][data-answers="1"]');
    expect(await spread.textContent()).toContain('Hoog 1');
    expect(await spread.textContent()).toContain('Samen met de sector 1');
    // The facilitator answers too; the spread counts both.
    const own = facilitator.locator('[data-theme="data-ai"]');
    await own.locator('.route-scale input[value="4"]').check();
    await facilitator.waitForSelector('[data-spread="data-ai"][data-answers="2"]');
    expect(await seriousViolations(participant)).toEqual([]);

    await facilitator.click('button:has-text("Resultaten")');
    await facilitator.waitForSelector('[data-results-theme="data-ai"]');
    expect(await facilitator.textContent('[data-results-theme="data-ai"]')).toContain('Verkennen: 1');
  });
});

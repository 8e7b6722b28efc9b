import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndBrowser } from '../support/harness';
import { violations } from '../support/axe';
import { joinSession, newPage as openPage, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();
const newPage = (width = 1366, height = 768) => openPage(harness.browser, width, height);
const CYBER = 'cyberweerbaarheid';
const POOL = 'cyberweerbaarheid-2026-1';

/** The facilitator opens plate 5 and links the session to the event, under a name or anonymously. */
async function linkSession(page: Page, eventCode: string, school?: string): Promise<void> {
  await page.click('.plate-tabs a[href$="/digitaliseringsroute"]');
  await page.waitForSelector('[data-worksheet="digitaliseringsroute"]');
  const folded = page.locator('.facilitator-controls.is-folded > details > summary');
  if (await folded.count()) await folded.click();
  const form = page.locator('.event-link');
  await form.locator('input[name="event-code"]').fill(eventCode.toLowerCase());
  if (school) {
    await form.locator('input[value="named"]').check();
    await form.locator('input[name="school"]').fill(school);
  }
  await form.locator('button[type="submit"]').click();
  await page.waitForSelector('.event-linked');
}

/** The smallest font size drawn in the sector view's charts, in CSS pixels on screen. */
function smallestChartText(page: Page): Promise<number> {
  return page.$$eval('.sector-chart svg text', (texts) => Math.min(...texts.map((text) => {
    const svg = (text as SVGTextElement).ownerSVGElement!;
    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    return Number(text.getAttribute('font-size')) * scale;
  })));
}

/** A participant joins and answers Cyberweerbaarheid: a stand, a priority and one roadmap item. */
async function answer(code: string, name: string, stand: number, choice: string): Promise<Page> {
  const page = await newPage();
  await joinSession(page, harness.server.url, code, name);
  await page.waitForSelector('[data-worksheet="digitaliseringsroute"]');
  const theme = page.locator(`[data-theme="${CYBER}"]`);
  await theme.locator(`.route-scale input[value="${stand}"]`).check();
  await theme.locator('.route-priority input[value="hoog"]').check();
  await theme.locator(`[data-item="${POOL}"] select`).selectOption(choice);
  return page;
}

describe('a network day in the sector view', () => {
  it('three schools link their sessions, six people answer, and the projector shows the spread and the samen list live; the export has a row per school', async () => {
    const organiser = await newPage(1366, 657);
    await organiser.goto(`${harness.server.url}/sector`);
    await organiser.fill('#event-title', 'Netwerkdag 12 juni');
    await organiser.click('.sector-form button[type="submit"]');
    await organiser.waitForSelector('.sector-code-value');
    const eventCode = (await organiser.textContent('.sector-code-value'))!;
    expect(await organiser.textContent('.sector-status')).toContain('Gekoppeld: 0');

    const schools: { code: string; people: [string, number, string][]; name?: string }[] = [
      { code: '', name: 'ROC Noord', people: [['Ann', 2, 'samen'], ['Bram', 3, 'samen']] },
      { code: '', people: [['Cees', 3, 'samen'], ['Dilan', 4, 'samen']] },
      { code: '', people: [['Eva', 1, 'zelf'], ['Fenna', 2, 'zelf']] },
    ];
    for (const [index, school] of schools.entries()) {
      const facilitator = await newPage();
      school.code = await startSession(facilitator, harness.server.url, `School ${index + 1}`);
      await linkSession(facilitator, eventCode, school.name);
      expect(await facilitator.textContent('.event-linked')).toContain(school.name ?? 'anoniem');
      await facilitator.close();
    }
    let last: Page | undefined;
    for (const school of schools) {
      for (const [name, stand, choice] of school.people) {
        await last?.close();
        last = await answer(school.code, name, stand, choice);
        // Everyone in a linked session sees that the route answers are shared, as totals only.
        expect(await last.textContent('.sharing-notice')).toContain('Netwerkdag 12 juni');
      }
    }

    // The organiser makes a read-only link for the projector.
    await organiser.click('[data-make-reader-link]');
    const readerLink = await organiser.inputValue('#reader-link');
    expect(readerLink).toContain('#r=');
    const projector = await newPage(1920, 1080);
    await projector.goto(readerLink);
    await projector.waitForSelector('[data-chart="spread"] svg');
    await projector.waitForFunction(() => document.querySelector('#spread-description')?.textContent?.includes('Cyberweerbaarheid: 3 scholen'));
    const description = (await projector.textContent('#spread-description'))!;
    // School medians 2.5, 3.5 and 1.5: mean 2.5; one of three at or above the goal 3.0.
    expect(description).toContain('Cyberweerbaarheid: 3 scholen, gemiddeld 2,5, mediaan 2,5, van 1,5 tot 3,5.');
    expect(description).toContain('1 van de 3 scholen staan op of boven het sectordoel 3,0.');
    expect(await projector.locator(`[data-chart="spread"] [data-theme="${CYBER}"] [data-goal="3"]`).count()).toBe(1);
    const candidate = projector.locator(`[data-candidate="${CYBER}"]`);
    expect(await candidate.textContent()).toContain('2 van 3 scholen');
    // The spread and the candidates are in view on the projector without scrolling.
    for (const selector of ['[data-chart="spread"] svg', '.sector-candidates h2']) {
      const box = (await projector.locator(selector).boundingBox())!;
      expect(box.y + box.height, selector).toBeLessThanOrEqual(1080);
    }
    // Every text in the charts is legible from the back of the room: at least 18 px on the projector.
    expect(await smallestChartText(projector)).toBeGreaterThanOrEqual(18);
    // A read-only link shows no organiser tools.
    expect(await projector.locator('.sector-organiser').count()).toBe(0);

    // Live: Fenna changes her stand; the projector follows within a few seconds.
    await last!.locator(`[data-theme="${CYBER}"] .route-scale input[value="5"]`).check();
    await projector.waitForFunction(() => document.querySelector('#spread-description')?.textContent?.includes('gemiddeld 3, mediaan 3'), undefined, { timeout: 5000 });

    // Exports: CSV with a row per school and theme, and the chart as SVG.
    const csvDownload = projector.waitForEvent('download');
    await projector.click('.sector-tools button:has-text("CSV")');
    const csv = readFileSync((await (await csvDownload).path())!, 'utf8');
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('school;thema;deelnemers;stand (mediaan);prioriteit;keuze;samen;zelf;nog niet');
    expect(lines).toContain('ROC Noord;Cyberweerbaarheid;2;2,5;Hoog;Samen;1;0;0');
    expect(lines.filter((line) => line.startsWith('Anoniem ')).length).toBe(2);
    for (const name of ['Ann', 'Bram', 'Cees', 'Dilan', 'Eva', 'Fenna', 'School 2']) expect(csv).not.toContain(name);
    const svgDownload = projector.waitForEvent('download');
    await projector.click('.sector-figure:has([data-chart="spread"]) .sector-figure-export button:first-child');
    const svg = readFileSync((await (await svgDownload).path())!, 'utf8');
    expect(svg).toContain('<svg');
    expect(svg).toContain('Cyberweerbaarheid');
    const pngDownload = projector.waitForEvent('download');
    await projector.click('.sector-figure:has([data-chart="choices"]) .sector-figure-export button:last-child');
    const png = readFileSync((await (await pngDownload).path())!);
    expect([...png.subarray(1, 4)].map((byte) => String.fromCharCode(byte)).join('')).toBe('PNG');
    expect((await pngDownload).suggestedFilename()).toBe('choices.png');

    await projector.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    expect(await violations(projector)).toEqual([]);
    // On the organiser's laptop (1366x657) at least 15 px.
    await organiser.waitForSelector('[data-chart="spread"] svg');
    expect(await smallestChartText(organiser)).toBeGreaterThanOrEqual(15);
    // The organiser sees who linked (a name or anonymous), never a session code.
    await organiser.waitForFunction(() => document.querySelector('.sector-linked summary')?.textContent?.includes('3 scholen gekoppeld'));
    const linked = (await organiser.textContent('.sector-linked'))!;
    expect(linked).toContain('ROC Noord');
    for (const school of schools) expect(linked).not.toContain(school.code);
    await organiser.$$eval('details', (all) => all.forEach((details) => { details.open = true; }));
    expect(await violations(organiser)).toEqual([]);
  }, 120_000);
});

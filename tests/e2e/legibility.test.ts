import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { plates } from '../../plates';
import type { Plate, Region } from '../../plates/types';
import { sameBox } from '../../src/engine/geometry';
import type { Language } from '../../src/i18n';
import { useAppAndBrowser } from '../support/harness';
import { joinSession, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();
let context: BrowserContext | undefined;

afterEach(async () => {
  await context?.close();
  context = undefined;
});

const screens = [
  { width: 1366, height: 768, minimum: 12 },
  { width: 1920, height: 1080, minimum: 18 },
];

interface DrawnText {
  text: string;
  /** The font's height on screen, in CSS pixels. */
  px: number;
}

async function openAt(screen: { width: number; height: number }, path: string): Promise<Page> {
  context = await harness.browser.newContext({ viewport: { width: screen.width, height: screen.height } });
  const page = await context.newPage();
  await page.goto(`${harness.server.url}${path}`);
  await page.waitForSelector('.plate-canvas canvas');
  await settled(page);
  return page;
}

/** Waits until the view has settled (recorded in the URL) and the level of detail has switched. */
async function settled(page: Page, unlike?: string): Promise<void> {
  await page.waitForFunction((previous) => {
    const v = new URL(location.href).searchParams.get('v');
    return v !== null && v !== previous;
  }, unlike ?? null);
  await page.waitForTimeout(450);
}

/** Every text Konva really draws on the plate view, with its height on screen. */
function drawnTexts(page: Page): Promise<DrawnText[]> {
  return page.evaluate(() => {
    interface KonvaText {
      text(): string;
      fontSize(): number;
      isVisible(): boolean;
      getAbsoluteScale(): { x: number; y: number };
    }
    interface KonvaStage {
      container(): HTMLElement;
      find(selector: string): KonvaText[];
    }
    const stages = (window as unknown as { Konva: { stages: KonvaStage[] } }).Konva.stages;
    return stages
      .filter((stage) => stage.container().closest('.plate-canvas'))
      .flatMap((stage) => stage.find('Text'))
      .filter((node) => node.isVisible() && node.text().trim() !== '')
      .map((node) => ({ text: node.text(), px: node.fontSize() * node.getAbsoluteScale().y }));
  });
}

/** A part with detail to read when zoomed in: the first block with a list (a TO DO list, a roadmap track), else with a caption. */
function partToZoomInto(plate: Plate): Region {
  const region = plate.regions.find((r) => r.kind === 'block' && r.items?.length) ?? plate.regions.find((r) => r.kind === 'block' && r.body);
  if (!region) throw new Error(`${plate.id} has no block with detail`);
  return region;
}

/** The deep link to a view centred on the region, zoomed until it about fills the canvas. */
function zoomedInto(plate: Plate, region: Region): string {
  const zoom = Math.min(8, 0.8 * Math.min(plate.width / region.width, plate.height / region.height));
  return `/plaat/${plate.id}?v=${Math.round(region.x + region.width / 2)},${Math.round(region.y + region.height / 2)},${zoom.toFixed(2)}`;
}

/**
 * The fitted plate: no text under the minimum, and not a blank plate either: every part shows
 * its marker, and its title or its stand-in (such as "6 acties").
 */
function expectLegibleAndNamed(texts: DrawnText[], plate: Plate, minimum: number, language: Language = 'nl'): void {
  const problems = texts.filter((text) => text.px < minimum).map((text) => `too small, ${text.px.toFixed(1)} px: ${text.text.slice(0, 60)}`);
  const drawn = new Set(texts.map((text) => text.text));
  for (const hotspot of plate.hotspots) {
    if (!drawn.has(String(hotspot.order))) problems.push(`no marker ${hotspot.order}`);
    const region = plate.regions.find((candidate) => candidate.title && sameBox(candidate, hotspot.shape));
    if (!region) continue;
    const named = drawn.has(region.title![language]) || (region.summary !== undefined && drawn.has(region.summary[language]));
    if (!named) problems.push(`${hotspot.id}: neither "${region.title![language]}" nor its stand-in drawn`);
  }
  expect(problems).toEqual([]);
}

describe('every text drawn on a plate is legible', () => {
  describe.each(screens.map((screen) => [`${screen.width}x${screen.height}`, screen] as const))('at %s', (_size, screen) => {
    it.each(plates.map((plate) => [plate.id, plate] as const))('plate %s fitted: no text under the minimum, and its parts named', async (_id, plate) => {
      const page = await openAt(screen, `/plaat/${plate.id}`);
      expectLegibleAndNamed(await drawnTexts(page), plate, screen.minimum);
    });

    it.each(plates.map((plate) => [plate.id, plate] as const))('plate %s zoomed into a part: its full text is drawn and legible', async (_id, plate) => {
      const region = partToZoomInto(plate);
      const page = await openAt(screen, zoomedInto(plate, region));
      const texts = await drawnTexts(page);
      const expected = [region.title?.nl, region.body?.nl, ...(region.items ?? []).map((item) => `•  ${item.nl}`)].filter((text) => text !== undefined);
      for (const text of expected) {
        const drawn = texts.find((candidate) => candidate.text === text);
        expect(drawn, `${region.id}: "${text.slice(0, 50)}" drawn`).toBeDefined();
        expect(drawn!.px, `${region.id}: "${text.slice(0, 50)}"`).toBeGreaterThanOrEqual(screen.minimum);
      }
      expect(texts.filter((text) => text.px < screen.minimum)).toEqual([]);
      // The stand-in ("3 TO DO's", "6 acties ...") has given way to the detail it stood in for.
      if (region.summary) expect(texts.some((text) => text.text === region.summary!.nl), `${region.id} stand-in`).toBe(false);
    });
  });
});

/**
 * In a live session the plate shares the screen with the session bar and the worksheet: a
 * participant's laptop, a facilitator's laptop, and the facilitator's projector view on a
 * full-HD projector.
 */
describe.each(['nl', 'en'] as const)('in a live session (%s), every plate is legible at the fitted view', (language) => {
  const contexts: BrowserContext[] = [];
  let code: string | undefined;
  afterAll(async () => {
    await Promise.all(contexts.map((opened) => opened.close()));
  });

  async function newSessionPage(screen: { width: number; height: number }): Promise<Page> {
    const opened = await harness.browser.newContext({ viewport: { width: screen.width, height: screen.height } });
    contexts.push(opened);
    await opened.addInitScript((lng) => localStorage.setItem('praatplaten.language', lng), language);
    return opened.newPage();
  }

  /** The facilitator's page, started once for this language; its session is shared with the participant. */
  const facilitator = (() => {
    let page: Promise<Page> | undefined;
    return () => (page ??= newSessionPage(screens[1]).then(async (opened) => {
      code = await startSession(opened, harness.server.url);
      return opened;
    }));
  })();
  const participant = (() => {
    let page: Promise<Page> | undefined;
    return () => (page ??= facilitator().then(async () => {
      const opened = await newSessionPage(screens[0]);
      await joinSession(opened, harness.server.url, code!, 'Fatima');
      return opened;
    }));
  })();

  /** A facilitator who leads from a laptop, without the projector view: the bar holds their step buttons too. */
  const facilitatorOnLaptop = (() => {
    let page: Promise<{ page: Page; code: string }> | undefined;
    return () => (page ??= newSessionPage(screens[0]).then(async (opened) => ({ page: opened, code: await startSession(opened, harness.server.url) })));
  })();

  /** Waits until this plate is shown and its view has settled, then for the level of detail. */
  async function plateSettled(page: Page, plate: Plate): Promise<void> {
    await page.waitForSelector(`.plate-canvas[data-plate="${plate.id}"] canvas`);
    await page.waitForFunction((id) => location.pathname.endsWith(`/${id}`) && new URL(location.href).searchParams.get('v') !== null, plate.id);
    await page.waitForTimeout(450);
  }

  it.each(plates.map((plate) => [plate.id, plate] as const))('a participant at 1366x768 sees plate %s named, nothing too small', async (_id, plate) => {
    const page = await participant();
    await page.click(`.plate-tabs a[href$="/${plate.id}"]`);
    await plateSettled(page, plate);
    expectLegibleAndNamed(await drawnTexts(page), plate, screens[0].minimum, language);
  });

  it.each(plates.map((plate) => [plate.id, plate] as const))('a facilitator at 1366x768 sees plate %s named, nothing too small', async (_id, plate) => {
    const { page, code: ownCode } = await facilitatorOnLaptop();
    await page.goto(`${harness.server.url}/sessie/${ownCode}/${plate.id}`);
    await page.waitForSelector('.step-switcher');
    await plateSettled(page, plate);
    expectLegibleAndNamed(await drawnTexts(page), plate, screens[0].minimum, language);
  });

  it('a participant at 1366x768 still sees the plate named while voting (the bar holds a call to vote)', async () => {
    const { page: lead, code: ownCode } = await facilitatorOnLaptop();
    const voter = await newSessionPage(screens[0]);
    await joinSession(voter, harness.server.url, ownCode, 'Bram');
    await lead.click('[data-step-button="vote"]');
    await voter.waitForSelector('.to-worksheet.is-voting');
    const plateId = await voter.getAttribute('.plate-canvas[data-plate]', 'data-plate');
    const plate = plates.find((candidate) => candidate.id === plateId)!;
    await plateSettled(voter, plate);
    // The canvas has taken the room the bar left it, and the level of detail followed.
    await voter.waitForTimeout(450);
    expectLegibleAndNamed(await drawnTexts(voter), plate, screens[0].minimum, language);
  });

  it('with a long title, the worksheet locked and a timer running, facilitator and participant at 1366x768 still see the plate named', async () => {
    const lead = await newSessionPage(screens[0]);
    const ownCode = await startSession(lead, harness.server.url, 'ROC Voorbeeld Zuid-Holland, studiedag digitalisering en informatiebeveiliging, 3 december 2026');
    const member = await newSessionPage(screens[0]);
    await joinSession(member, harness.server.url, ownCode, 'Anna-Lotte van der Heijden-Vermeulen');
    await lead.click('[data-step-button="fill"]');
    await lead.click('#tab-worksheet');
    await lead.click('.control-row button:has-text("5 min")');
    await lead.click('.lock-button');
    await member.waitForSelector('.session-timer');
    await member.waitForSelector('[data-locked]');
    for (const page of [lead, member]) {
      const plateId = await page.getAttribute('.plate-canvas[data-plate]', 'data-plate');
      const plate = plates.find((candidate) => candidate.id === plateId)!;
      await plateSettled(page, plate);
      await page.waitForTimeout(450);
      expectLegibleAndNamed(await drawnTexts(page), plate, screens[0].minimum, language);
    }
  });

  it.each(plates.map((plate) => [plate.id, plate] as const))('the projector view at 1920x1080 shows plate %s named, nothing too small', async (_id, plate) => {
    const page = await facilitator();
    await page.goto(`${harness.server.url}/sessie/${code}/${plate.id}`);
    await page.waitForSelector('[data-status="connected"]');
    await page.click('.facilitator-controls button[aria-pressed="false"]:text-matches("Projector", "i")');
    await page.waitForSelector('.session-view.projector');
    await plateSettled(page, plate);
    // The canvas has taken the room the projector view gives it, and the level of detail followed.
    await page.waitForTimeout(450);
    expectLegibleAndNamed(await drawnTexts(page), plate, screens[1].minimum, language);
  });
});

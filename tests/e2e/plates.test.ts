import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { plates } from '../../plates';
import { sections } from '../../src/content';
import { useAppAndBrowser } from '../support/harness';
import { seriousViolations } from '../support/axe';

const harness = useAppAndBrowser();
let context: BrowserContext;
let page: Page;
let foreignRequests: string[];


beforeEach(async () => {
  context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
  page = await context.newPage();
  foreignRequests = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(harness.server.url) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
});

afterEach(async () => {
  expect(foreignRequests, 'requests to other hosts').toEqual([]);
  await context.close();
});

const first = plates[0];
const tourOf = (plate: (typeof plates)[number]) => [...plate.hotspots].sort((a, b) => a.order - b.order);

async function openPlate(path: string) {
  await page.goto(`${harness.server.url}${path}`);
  await page.waitForSelector('.plate-canvas canvas');
  // The app records the settled viewport in the URL; wait for it so later changes are told apart.
  await page.waitForFunction(() => new URL(location.href).searchParams.has('v'));
}

/** The viewport the app records in the URL (after it settles). */
async function recordedView(unlike?: string): Promise<{ cx: number; cy: number; zoom: number }> {
  await page.waitForFunction((previous) => {
    const v = new URL(location.href).searchParams.get('v');
    return v !== null && v !== previous;
  }, unlike ?? null);
  const [cx, cy, zoom] = new URL(page.url()).searchParams.get('v')!.split(',').map(Number);
  return { cx, cy, zoom };
}

describe('exploring the plates', () => {
  it('home shows every plate as a drawn thumbnail and links to it', async () => {
    await page.goto(harness.server.url);
    const links = await page.$$eval('[data-plate-link]', (nodes) => nodes.map((node) => node.getAttribute('data-plate-link')));
    expect(links).toEqual(plates.map((plate) => plate.id));
    // A drawn thumbnail has coloured pixels, not an empty canvas.
    const coloured = await page.$$eval('.plate-thumbnail canvas', (canvases) =>
      canvases.map((canvas) => {
        const context = (canvas as HTMLCanvasElement).getContext('2d')!;
        const { data } = context.getImageData(0, 0, (canvas as HTMLCanvasElement).width, (canvas as HTMLCanvasElement).height);
        const colours = new Set<number>();
        for (let i = 0; i < data.length; i += 400) colours.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
        return colours.size;
      }),
    );
    expect(coloured.length).toBe(plates.length);
    for (const count of coloured) expect(count).toBeGreaterThan(5);
    await page.click(`[data-plate-link="${first.id}"]`);
    await page.waitForSelector('.plate-canvas canvas');
    expect(new URL(page.url()).pathname).toBe(`/plaat/${first.id}`);
  });

  it.each(plates.map((plate) => [plate.id, plate] as const))('plate %s opens with every hotspot as a button and no text overflowing', async (_id, plate) => {
    await openPlate(`/plaat/${plate.id}`);
    expect(await page.locator('.hotspot').count()).toBe(plate.hotspots.length);
    expect(await page.textContent('.plate-heading')).toContain(plate.title.nl);
    expect(await page.getAttribute('.plate-canvas', 'data-overflowing-regions')).toBe('');
    await page.click('.language-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getAttribute('.plate-canvas', 'data-overflowing-regions')).toBe('');
  });

  it('the wheel zooms towards the pointer', async () => {
    await openPlate(`/plaat/${first.id}`);
    const box = (await page.locator('.plate-canvas').boundingBox())!;
    const pointer = { x: box.x + box.width * 0.3, y: box.y + box.height * 0.4 };
    await page.mouse.move(pointer.x, pointer.y);
    const fitted = new URL(page.url()).searchParams.get('v') ?? undefined;
    await page.mouse.wheel(0, -300);
    const zoomed = await recordedView(fitted);
    expect(zoomed.zoom).toBeGreaterThan(1.2);
    // Zooming in towards a point left of centre moves the centre of the view towards that point.
    expect(zoomed.cx).toBeLessThan(first.width / 2);
    await page.keyboard.press('0');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('v')?.endsWith(',1.00'));
  });

  it('clicking a hotspot opens its handreiking text and back returns to the introduction', async () => {
    const hotspot = tourOf(first)[0];
    await openPlate(`/plaat/${first.id}`);
    // Its numbered marker sits in the top-left corner, clear of the parts it contains.
    await page.click(`.hotspot[data-hotspot="${hotspot.id}"]`, { position: { x: 12, y: 12 } });
    await page.waitForSelector(`.handreiking-panel [data-section="${hotspot.sections[0]}"]`);
    expect(await page.textContent('.handreiking-panel .panel-title')).toContain(hotspot.label.nl);
    expect(new URL(page.url()).pathname).toBe(`/plaat/${first.id}/${hotspot.id}`);
    await page.goBack();
    await page.waitForSelector(`.handreiking-panel [data-section="${first.intro}"]`);
    await page.goForward();
    await page.waitForSelector(`.handreiking-panel [data-section="${hotspot.sections[0]}"]`);
  });

  it('a deep link with a viewport restores the hotspot and the zoom', async () => {
    const plate = plates[1];
    const hotspot = tourOf(plate)[2];
    await openPlate(`/plaat/${plate.id}/${hotspot.id}?v=400,300,2.50`);
    await page.waitForSelector(`.handreiking-panel [data-section="${hotspot.sections[0]}"]`);
    expect(await page.getAttribute(`.hotspot[data-hotspot="${hotspot.id}"]`, 'aria-pressed')).toBe('true');
    await page.mouse.move(10, 10);
    await page.keyboard.press('ArrowLeft');
    const view = await recordedView();
    expect(view.zoom).toBeCloseTo(2.5, 1);
  });

  it('a keyboard user moves through the hotspots in tour order and opens one with Enter', async () => {
    const plate = plates[2];
    const tour = tourOf(plate);
    await openPlate(`/plaat/${plate.id}`);
    await page.focus('.plate-canvas');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hotspot'))).toBe(tour[0].id);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-hotspot'))).toBe(tour[1].id);
    // The focus is visible: an outline is drawn around the focused hotspot.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.waitForSelector(`.handreiking-panel [data-section="${tour[1].sections[0]}"]`);
    expect(await page.textContent('[role="status"]')).toContain(tour[1].label.nl);
    await page.click('.panel-nav button:last-child');
    await page.waitForSelector(`.handreiking-panel [data-section="${tour[2].sections[0]}"]`);
  });

  it.each([
    ['animates the flight to an opened part', 'no-preference', true],
    ['jumps without animation under prefers-reduced-motion', 'reduce', false],
  ] as const)('opening a hotspot %s', async (_name, reducedMotion, animated) => {
    const motion = await harness.browser.newContext({ viewport: { width: 1366, height: 768 }, reducedMotion });
    const motionPage = await motion.newPage();
    await motionPage.goto(`${harness.server.url}/plaat/${first.id}`);
    await motionPage.waitForSelector('.plate-canvas canvas');
    await motionPage.waitForTimeout(300);
    const hotspot = tourOf(first).at(-1)!;
    // Record the stage's scale on every frame while the part opens.
    await motionPage.evaluate(() => {
      const stage = (window as unknown as { Konva: { stages: { scaleX: () => number; container: () => HTMLElement }[] } }).Konva.stages
        .find((candidate) => candidate.container().closest('.plate-canvas'))!;
      const scales: number[] = [];
      (window as unknown as { scales: number[] }).scales = scales;
      const sample = () => {
        scales.push(stage.scaleX());
        if (scales.length < 60) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await motionPage.click(`.hotspot[data-hotspot="${hotspot.id}"]`, { position: { x: 12, y: 12 } });
    await motionPage.waitForFunction(() => (window as unknown as { scales: number[] }).scales.length >= 60);
    const distinct = await motionPage.evaluate(() => new Set((window as unknown as { scales: number[] }).scales.map((scale) => scale.toFixed(4))).size);
    if (animated) expect(distinct).toBeGreaterThan(4);
    else expect(distinct).toBeLessThanOrEqual(2);
    await motion.close();
  });

  it('plate 1 tip starts the tour at the goal', async () => {
    const plate = plates.find((candidate) => candidate.tip)!;
    await openPlate(`/plaat/${plate.id}`);
    await page.click('.tip-button');
    await page.waitForFunction((id) => location.pathname.endsWith(`/${id}`), plate.tip!.startAt);
  });

  it('the language switch translates the interface and plate labels and persists', async () => {
    await openPlate(`/plaat/${first.id}`);
    await page.click('.language-switch');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.textContent('.plate-heading')).toContain(first.title.en);
    expect(await page.getAttribute(`.hotspot[data-hotspot="${first.hotspots[0].id}"]`, 'aria-label')).toContain(first.hotspots[0].label.en);
    await page.reload();
    await page.waitForSelector('.plate-canvas canvas');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.textContent('.plate-toolbar')).toContain('Full screen');
  });

  it('search finds a plate label and jumps to its hotspot', async () => {
    await page.goto(harness.server.url);
    await page.fill('input[type="search"]', 'flexibiliseren');
    await page.waitForSelector('.search-results button');
    await page.click('.search-results button >> nth=0');
    await page.waitForSelector('.plate-canvas canvas');
    await page.waitForSelector('.handreiking-panel [data-section]');
    expect(new URL(page.url()).pathname).toMatch(/^\/plaat\/[^/]+\/[^/]+$/);
    expect(await page.textContent('.handreiking-panel')).toMatch(/flexibiliseren/i);
  });

  it('the text view lists every hotspot as a button', async () => {
    const plate = plates[3];
    await openPlate(`/plaat/${plate.id}`);
    await page.click('text=Tekstweergave');
    expect(await page.locator('.text-hotspot').count()).toBe(plate.hotspots.length);
    await page.click(`.text-hotspot >> nth=0`);
    await page.waitForSelector(`.handreiking-panel [data-section="${tourOf(plate)[0].sections[0]}"]`);
  });

  it('the plate downloads as a high-resolution PNG', async () => {
    await openPlate(`/plaat/${first.id}`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('.plate-toolbar >> text=PNG')]);
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const png = readFileSync(path!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(3000);
  });

  it('once loaded, the plates work offline: hotspot text and search', async () => {
    const plate = plates[1];
    const hotspot = tourOf(plate)[3];
    await openPlate(`/plaat/${plate.id}`);
    // The split-off chunks are fetched when the page is idle.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);
    await page.click(`.hotspot[data-hotspot="${hotspot.id}"]`, { position: { x: 12, y: 12 } });
    await page.waitForSelector(`.handreiking-panel [data-section="${hotspot.sections[0]}"]`);
    await page.fill('input[type="search"]', 'Npuls');
    await page.waitForSelector('.search-results button');
    await context.setOffline(false);
  });

  it('a general handreiking section opens from home', async () => {
    await page.goto(`${harness.server.url}/handreiking/voorwoord`);
    await page.waitForSelector('.section-page [data-section="voorwoord"]');
    expect(await page.textContent('.section-page')).toContain(sections.get('voorwoord')!.title);
  });

  it.each([
    ['home', '/'],
    ['a plate', `/plaat/${plates[1].id}`],
    ['an opened hotspot', `/plaat/${plates[2].id}/${tourOf(plates[2])[1].id}`],
  ])('axe finds no serious or critical violation on %s', async (_name, path) => {
    await page.goto(`${harness.server.url}${path}`);
    await page.waitForSelector(path === '/' ? '.plate-thumbnail canvas' : '.handreiking-panel [data-section]');
    expect(await seriousViolations(page)).toEqual([]);
  });
});

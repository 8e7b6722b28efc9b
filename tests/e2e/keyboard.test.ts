import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from '../support/harness';
import { joinSession, newPage, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();

describe('keyboard, follow mode and small screens', () => {
  it('opening a plate from home puts the focus on the plate\'s heading', async () => {
    const page = await newPage(harness.browser);
    await page.goto(harness.server.url);
    await page.locator('.plate-card a').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.plate-canvas');
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
  });

  it('a skip link goes straight to the worksheet, and the first answer field is a Tab away', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    const page = await newPage(harness.browser);
    await joinSession(page, harness.server.url, code, 'Ilse');
    await page.click('#tab-handreiking');
    // Skip links come first on the page: after "Ga naar de inhoud" comes the worksheet.
    await page.focus('a.skip-link');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Ga naar het werkblad');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'worksheet-heading');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
  });

  it('a focused hotspot outside the view brings the camera to it, without scrolling the canvas', async () => {
    const page = await newPage(harness.browser);
    await page.goto(`${harness.server.url}/plaat/smjp?v=200,150,6.00`);
    await page.waitForSelector('.plate-canvas canvas');
    await page.focus('.plate-canvas');
    await page.keyboard.press('Tab');
    const placement = await page.evaluate(() => {
      const canvas = document.querySelector('.plate-canvas')!;
      const focused = document.activeElement as HTMLElement;
      const outer = canvas.getBoundingClientRect();
      const inner = focused.getBoundingClientRect();
      return {
        hotspot: focused.dataset.hotspot,
        scrolled: canvas.scrollTop + canvas.scrollLeft,
        inView: inner.left >= outer.left - 1 && inner.top >= outer.top - 1 && inner.right <= outer.right + 1 && inner.bottom <= outer.bottom + 1,
      };
    });
    expect(placement).toEqual({ hotspot: 'basis', scrolled: 0, inView: true });
  });

  it('a late joiner lands where the facilitator is; toolbar zoom leaves follow mode as the wheel does', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    await facilitator.click('.plate-tabs a[href$="/meerjarenplan"]');
    await facilitator.click('.hotspot[data-hotspot="doel"]', { position: { x: 12, y: 12 } });
    await facilitator.waitForTimeout(800);
    const late = await newPage(harness.browser);
    await joinSession(late, harness.server.url, code, 'Laat');
    await late.waitForFunction((path) => location.pathname === path, `/sessie/${code}/meerjarenplan/doel`);
    await late.waitForSelector('[data-following="true"]');
    await late.click('button[aria-label="Inzoomen"]');
    await late.waitForSelector('[data-following="false"]');
    // Her own view stays hers while the room keeps working.
    await late.waitForTimeout(500);
    const own = new URL(late.url()).searchParams.get('v');
    expect(own).toBeTruthy();
    await facilitator.click('#tab-worksheet');
    await facilitator.fill('[data-add-card="samen"] textarea', 'Een kaart terwijl Laat rondkijkt');
    await facilitator.click('[data-add-card="samen"] button[type="submit"]');
    await late.locator('.card', { hasText: 'terwijl Laat rondkijkt' }).waitFor();
    await late.waitForTimeout(500);
    expect(new URL(late.url()).searchParams.get('v')).toBe(own);
    // "Volg de begeleider" disappears once clicked; the focus moves on, not to <body>.
    await late.click('.follow-banner button');
    await late.waitForSelector('[data-following="true"]');
    await late.waitForTimeout(150);
    expect(await late.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  });

  it('on a phone one finger scrolls the page over the plate and keeps follow mode; two fingers zoom the plate', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    const context = await harness.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const phone = await context.newPage();
    await joinSession(phone, harness.server.url, code, 'Noor');
    await phone.waitForSelector('.plate-canvas canvas');
    const box = (await phone.locator('.plate-canvas').boundingBox())!;
    const cdp = await context.newCDPSession(phone);
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points.map((point, id) => ({ ...point, id })) });
    const x = box.x + box.width / 2;
    const y = box.y + box.height * 0.8;
    await touch('touchStart', [{ x, y }]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x, y: y - step * 30 }]);
    await touch('touchEnd', []);
    await phone.waitForFunction(() => scrollY > 0);
    expect(await phone.getAttribute('[data-following]', 'data-following')).toBe('true');

    const zoomBefore = new URL(phone.url()).searchParams.get('v');
    const middle = box.y + box.height / 2 - (await phone.evaluate(() => scrollY));
    await touch('touchStart', [{ x: x - 40, y: middle }, { x: x + 40, y: middle }]);
    for (let step = 1; step <= 10; step++) await touch('touchMove', [{ x: x - 40 - step * 8, y: middle }, { x: x + 40 + step * 8, y: middle }]);
    await touch('touchEnd', []);
    await phone.waitForSelector('[data-following="false"]');
    await phone.waitForFunction((before) => new URL(location.href).searchParams.get('v') !== before, zoomBefore);
  });

  it.each(['/', '/plaat/smjp', '/handreiking/bronnen', '/doe-mee', '/sessie/nieuw', '/resultaten'])('%s reflows at 320 CSS pixels', async (path) => {
    const page = await newPage(harness.browser, 320, 640);
    await page.goto(`${harness.server.url}${path}`);
    await page.waitForSelector('main h1, main h2');
    await page.waitForTimeout(300);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(320);
  });
});

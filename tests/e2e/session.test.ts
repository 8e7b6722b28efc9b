import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndBrowser } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { addCard, newPage as openPage, startSession as startSessionAt } from '../support/liveSession';

const harness = useAppAndBrowser();


const newPage = (width?: number, height?: number) => openPage(harness.browser, width, height);

/** This suite joins by typing the code, as someone reading it off the projector does. */
async function joinSession(page: Page, code: string, name: string) {
  await page.goto(`${harness.server.url}/doe-mee`);
  await page.fill('#join-code', ` ${code.toLowerCase()} `);
  await page.fill('#join-name', name);
  await page.click('.stacked-form button[type="submit"]');
  await page.waitForSelector('[data-status="connected"]');
}

const startSession = (page: Page) => startSessionAt(page, harness.server.url);

describe('a live session', () => {
  it('a participant joins by code, adds a card, the facilitator sees it, and it survives a reload', async () => {
    const facilitator = await newPage(1920, 1080);
    const code = await startSession(facilitator);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{6}$/);

    const participant = await newPage();
    await joinSession(participant, code, 'Fatima');
    await facilitator.waitForSelector('[data-participant="Fatima"]');
    await participant.waitForSelector('[data-participant="Marieke"]');

    const text = 'Roosters <script>window.hacked = true</script> digitaal';
    await addCard(participant, 'open-vraag', text);
    const card = facilitator.locator('.card', { hasText: 'Roosters' });
    await card.waitFor();
    expect(await card.locator('.card-text').textContent()).toBe(text);
    expect(await card.locator('.card-author').textContent()).toContain('Fatima');
    expect(await facilitator.locator('.card script').count()).toBe(0);
    expect(await facilitator.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();

    await facilitator.reload();
    await facilitator.waitForSelector('[data-status="connected"]');
    await facilitator.locator('.card', { hasText: 'Roosters' }).waitFor();
    // The facilitator is still the facilitator after the reload: the key stayed in this browser.
    await facilitator.waitForSelector('.lock-button');
  });

  it('cards move between the columns of plate 3 for everyone', async () => {
    const facilitator = await newPage();
    const code = await startSession(facilitator);
    const participant = await newPage();
    await joinSession(participant, code, 'Bram');
    for (const page of [facilitator, participant]) {
      await page.click('.plate-tabs a:has-text("Meerjarenplan")');
      await page.waitForSelector('[data-worksheet="meerjarenplan"]');
    }
    await addCard(participant, 'zelf', 'Inkoop van laptops');
    const card = participant.locator('[data-column="zelf"] .card', { hasText: 'Inkoop' });
    await card.waitFor();
    await card.locator('.card-move select').selectOption('samen-willen');
    // Choosing a column moves nothing yet; the button does.
    expect(await participant.locator('[data-column="zelf"] .card', { hasText: 'Inkoop' }).count()).toBe(1);
    await card.locator('.move-button').click();
    await facilitator.locator('[data-column="samen-willen"] .card', { hasText: 'Inkoop' }).waitFor();
    expect(await facilitator.locator('[data-column="zelf"] .card').count()).toBe(0);
  });

  it('a locked worksheet takes no new cards from participants', async () => {
    const facilitator = await newPage();
    const code = await startSession(facilitator);
    const participant = await newPage();
    await joinSession(participant, code, 'Sanne');
    await facilitator.click('.lock-button');
    await participant.waitForSelector('.worksheet-locked');
    expect(await participant.locator('.add-card').count()).toBe(0);
    await addCard(facilitator, 'open-vraag', 'Alleen de begeleider');
    await participant.locator('.card', { hasText: 'Alleen de begeleider' }).waitFor();
  });

  it('the facilitator link carries the facilitator\'s rights to another device, and leaves the address bar', async () => {
    const laptop = await newPage();
    const code = await startSession(laptop);
    await laptop.click('.invite-button');
    await laptop.click('.facilitator-link summary');
    const link = await laptop.inputValue('.facilitator-link input');
    // The key is after the '#': browsers never send that part to a server, so no access log holds it.
    expect(link).toContain(`/sessie/${code}#key=`);
    const tablet = await newPage();
    await tablet.goto(`${harness.server.url}/doe-mee`);
    await tablet.evaluate(() => localStorage.setItem('praatplaten.displayName', 'Marieke (tablet)'));
    await tablet.goto(link);
    await tablet.waitForSelector('.lock-button');
    expect(new URL(tablet.url()).search).not.toContain('key=');
    expect(new URL(tablet.url()).hash).not.toContain('key=');
    // Without the link, the same session gives participant rights only.
    const participant = await newPage();
    await participant.goto(`${harness.server.url}/doe-mee/${code}`);
    await participant.fill('#join-name', 'Iemand');
    await participant.click('.stacked-form button[type="submit"]');
    await participant.waitForSelector('[data-status="connected"]');
    expect(await participant.locator('.lock-button').count()).toBe(0);
  });

  it('a key in the page address that the server does not confirm shows no tools and gives no powers', async () => {
    const facilitator = await newPage();
    const code = await startSession(facilitator);
    await addCard(facilitator, 'open-vraag', 'Kaart van de begeleider');
    const curious = await newPage();
    await curious.goto(`${harness.server.url}/doe-mee`);
    await curious.evaluate(() => localStorage.setItem('praatplaten.displayName', 'Nieuwsgierig'));
    for (const address of [`/sessie/${code}?key=anything`, `/sessie/${code}#key=anything`]) {
      await curious.goto(`${harness.server.url}${address}`);
      await curious.waitForSelector('[data-status="connected"]');
      await curious.locator('.card', { hasText: 'Kaart van de begeleider' }).waitFor();
      expect(await curious.locator('.lock-button').count()).toBe(0);
      expect(await curious.locator('.facilitator-tools, [data-facilitator-tools]').count()).toBe(0);
    }
  });

  it('an unknown code says the session was not found', async () => {
    const page = await newPage();
    await page.goto(`${harness.server.url}/doe-mee`);
    await page.fill('#join-code', 'ZZZZZZ');
    await page.fill('#join-name', 'Iemand');
    await page.click('.stacked-form button[type="submit"]');
    expect(await page.textContent('[role="alert"]')).toContain('Sessie niet gevonden');
    await page.goto(`${harness.server.url}/sessie/ZZZZZZ`);
    await page.waitForSelector('text=Sessie niet gevonden');
  });

  it('axe finds no serious or critical violation on the join page and in a session', async () => {
    const page = await newPage();
    await page.goto(`${harness.server.url}/doe-mee`);
    expect(await seriousViolations(page)).toEqual([]);
    const code = await startSession(page);
    await addCard(page, 'open-vraag', 'Een antwoord');
    await page.locator('.card').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.click('.invite-button');
    await page.waitForSelector('.invite-dialog[open]');
    expect(await seriousViolations(page)).toEqual([]);
    expect(code).toBeTruthy();
  });
});

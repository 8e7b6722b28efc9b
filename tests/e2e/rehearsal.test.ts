/**
 * A whole workshop rehearsed in real Chromium: a facilitator, the wall on the
 * projector, two laptops, a phone, and thirty more participants simulated with
 * the stock y-websocket provider, through the steps explore, fill in, vote and
 * outcome.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { plateById } from '../../plates';
import { addCard as addCardTo, editCard, readCards } from '../../src/worksheets/model';
import { castVote } from '../../src/worksheets/votes';
import { useAppAndBrowser } from '../support/harness';
import { seriousViolations, violations } from '../support/axe';
import { joinSession, newPage, startSession } from '../support/liveSession';
import { connect, createSession, disconnectAll, joinAs, synced, waitFor, type Person } from '../server/support';

const harness = useAppAndBrowser();
afterAll(disconnectAll);

const SIMULATED = 30;
const meerjarenplan = plateById('meerjarenplan')!;
const columns = meerjarenplan.worksheet!.columns.map((column) => column.id);

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, acceptDownloads: true });
  return context.newPage();
}

/** After an action the focus is on a control or a heading, never on <body>. */
async function expectFocusKept(page: Page, action: string) {
  await page.waitForTimeout(120);
  const where = await page.evaluate(() => (document.activeElement === document.body || !document.activeElement ? 'body' : document.activeElement.tagName));
  expect(where, `focus after ${action}`).not.toBe('body');
}

async function expectNoSidewaysScroll(phone: Page, when: string) {
  const widths = await phone.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: innerWidth }));
  expect(widths.page, `phone width ${when}`).toBeLessThanOrEqual(widths.screen);
}

/** Records, while following, every plate and part a participant's page shows. */
async function recordPlaces(page: Page) {
  await page.evaluate(() => {
    const places = new Set<string>();
    (window as unknown as { places: Set<string> }).places = places;
    setInterval(() => {
      if (!document.querySelector('[data-following="true"]')) return;
      const [, , , plate, hotspot] = location.pathname.split('/');
      if (plate) places.add(`${plate}/${hotspot ?? ''}`);
    }, 40);
  });
}

const placesOf = (page: Page) => page.evaluate(() => [...(window as unknown as { places: Set<string> }).places]);

async function everyoneSeesStep(pages: Page[], step: string) {
  for (const page of pages) await page.waitForSelector(`.session-step[data-step="${step}"]`, { state: 'attached' });
}

describe('a workshop of thirty', () => {
  it('holds up from explore to outcome on laptops, a phone and the wall', async () => {
    const { browser, server } = harness;
    const wsBase = server.url.replace('http', 'ws') + '/ws';
    const facilitator = await newPage(browser, 1920, 1080);
    const code = await startSession(facilitator, server.url, 'ROC Generale repetitie, 3 december');

    // Everything the facilitator ever publishes as the follow target.
    const observer = connect(wsBase, `${code}/control`);
    const published = new Set<string>();
    observer.doc.getMap('control').observe(() => {
      const follow = observer.doc.getMap('control').get('follow') as { plateId: string; hotspotId?: string } | undefined;
      if (follow) published.add(`${follow.plateId}/${follow.hotspotId ?? ''}`);
    });
    await synced(observer);

    const wall = await newPage(browser, 1920, 1080);
    await wall.goto(`${server.url}/wand/${code}`);
    const anna = await newPage(browser);
    const bram = await newPage(browser);
    const phone = await phonePage(browser);
    await joinSession(anna, server.url, code, 'Anna');
    await joinSession(bram, server.url, code, 'Bram');
    await joinSession(phone, server.url, code, 'Sanne');
    const participants = [anna, bram, phone];
    for (const page of participants) await recordPlaces(page);
    await expectNoSidewaysScroll(phone, 'after joining');
    await expectFocusKept(phone, 'joining');

    // Thirty more, with the stock provider, each joined through the API as a browser does.
    const simulated: Person[] = [];
    for (let index = 0; index < SIMULATED; index++) {
      const client = await joinAs({ http: harness.server.url, ws: wsBase }, code, `Deelnemer ${index + 1}`);
      client.provider.awareness.setLocalStateField('user', { name: client.name, colour: '#336699', following: true });
      simulated.push(client);
    }

    // Explore. Anna and the phone start typing answers on plate 1.
    await everyoneSeesStep(participants, 'explore');
    await anna.fill('[data-add-card="open-vraag"] textarea', 'Anna typt nog');
    await phone.fill('[data-add-card="open-vraag"] textarea', 'Sanne typt op haar telefoon');
    await phone.locator('[data-add-card="open-vraag"] textarea').blur();
    await facilitator.click('.hotspot[data-hotspot="relevante-data"]', { position: { x: 12, y: 12 } });
    // The plate moves for followers; their panel and their typing stay.
    await bram.waitForFunction(() => location.pathname.split('/').length === 5);
    await anna.waitForSelector('[data-opened-note]');
    expect(await anna.getAttribute('#tab-worksheet', 'aria-selected')).toBe('true');
    expect(await anna.inputValue('[data-add-card="open-vraag"] textarea')).toBe('Anna typt nog');
    expect(await anna.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    expect(await phone.inputValue('[data-add-card="open-vraag"] textarea')).toBe('Sanne typt op haar telefoon');
    await expectNoSidewaysScroll(phone, 'when a part was opened');
    expect(await violations(phone)).toEqual([]);

    // The facilitator moves to plate 3. Bram follows; Anna, typing, follows as soon as she pauses.
    const typing = anna.keyboard.type(', en nog een gedachte over de route', { delay: 60 });
    await facilitator.click('.plate-tabs a[href$="/meerjarenplan"]');
    await bram.waitForSelector('[data-worksheet="meerjarenplan"]');
    await phone.waitForSelector('[data-worksheet="meerjarenplan"]');
    await anna.waitForSelector('.follow-banner[data-held]');
    expect(await anna.locator('[data-worksheet="smjp"]').count()).toBe(1);
    await typing;
    await anna.waitForSelector('[data-worksheet="meerjarenplan"]', { timeout: 4000 });
    await expectFocusKept(anna, 'following to another plate');
    expect(await anna.evaluate(() => document.activeElement?.matches('textarea, input'))).toBe(false);

    // Fill in, with a timer everyone sees.
    await facilitator.click('[data-step-button="fill"]');
    // The facilitator's own opening of a part showed the handreiking; the tools are on the worksheet tab.
    await facilitator.click('#tab-worksheet');
    await facilitator.click('.control-row button:has-text("5 min")');
    await everyoneSeesStep(participants, 'fill');
    for (const page of participants) await page.waitForSelector('.session-timer');
    for (const [index, client] of simulated.entries()) {
      const id = addCardTo(client.doc, { plate: 'meerjarenplan', column: columns[index % columns.length], text: `Idee ${index + 1} van de groep`, author: client.name, authorId: client.id });
      editCard(client.doc, id, 'text', `Idee ${index + 1} van de groep, aangevuld`);
    }
    await anna.fill(`[data-add-card="${columns[0]}"] textarea`, 'Samen roosteren');
    await anna.click(`[data-add-card="${columns[0]}"] button[type="submit"]`);
    await expectFocusKept(anna, 'adding a card');
    expect(await anna.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA');
    await bram.fill(`[data-add-card="${columns[1]}"] textarea`, 'Licenties samen inkopen');
    await bram.click(`[data-add-card="${columns[1]}"] button[type="submit"]`);
    await phone.fill(`[data-add-card="${columns[2]}"] textarea`, 'Dataplatform in de regio');
    await phone.click(`[data-add-card="${columns[2]}"] button[type="submit"]`);
    await expectNoSidewaysScroll(phone, 'while filling in');
    await bram.fill(`[data-add-card="${columns[0]}"] textarea`, 'Bram is halverwege');

    // The facilitator opens the results: nobody moves, nobody loses a draft; back lands on plate 3.
    const before = await bram.evaluate(() => location.pathname);
    await facilitator.click('button:has-text("Resultaten")');
    await facilitator.waitForSelector('[data-results-plate="meerjarenplan"]');
    await facilitator.waitForTimeout(600);
    expect(await bram.evaluate(() => location.pathname)).toBe(before);
    expect(new URL(bram.url()).searchParams.get('v') ?? '').not.toMatch(/^1600,1000/);
    expect(await bram.inputValue(`[data-add-card="${columns[0]}"] textarea`)).toBe('Bram is halverwege');
    await facilitator.reload();
    await facilitator.waitForSelector('[data-results-plate="meerjarenplan"]');
    await facilitator.click('button:has-text("Terug naar de sessie")');
    await facilitator.waitForSelector('[data-worksheet="meerjarenplan"]');
    expect(new URL(facilitator.url()).pathname).toBe(`/sessie/${code}/meerjarenplan`);

    // Vote. Bram is reading the handreiking: the worksheet tab gets a badge and one click brings it.
    await bram.click('#tab-handreiking');
    await facilitator.click('[data-step-button="vote"]');
    await everyoneSeesStep(participants, 'vote');
    await bram.waitForSelector('#tab-worksheet .tab-badge');
    await bram.click('.to-worksheet.is-voting');
    await bram.waitForSelector('#tab-worksheet[aria-selected="true"]');
    expect(await bram.evaluate(() => document.activeElement?.id)).toBe('worksheet-heading');
    // The cards are frozen for the vote: no answer fields, Bram's half-typed answer waits (see the outcome).
    expect(await bram.locator('.add-card').count()).toBe(0);
    await bram.waitForSelector('.session-lock[data-frozen]');
    for (const [index, client] of simulated.entries()) {
      const cards = readCards(client.doc, 'meerjarenplan');
      for (let dot = 0; dot < 3; dot++) castVote(client.doc, client.id, 3, cards[(index + dot * 7) % 5].id);
    }
    for (const page of [anna, phone]) {
      for (let dot = 0; dot < 3; dot++) {
        await page.locator('.vote-button').first().click();
        await expectFocusKept(page, `giving dot ${dot + 1}`);
      }
      await page.waitForSelector('.votes-left:has-text("nog 0 stippen")');
    }
    // While voting, participants and the wall see no counts.
    for (const page of [...participants, wall]) expect(await page.locator('[data-votes]').count()).toBe(0);
    await expectNoSidewaysScroll(phone, 'while voting');
    expect(await violations(phone)).toEqual([]);

    // Outcome: counts for everyone, the wall shows every card and the top five.
    await facilitator.click('[data-step-button="results"]');
    await everyoneSeesStep(participants, 'results');
    await anna.waitForSelector('[data-votes]');
    expect(await bram.inputValue(`[data-add-card="${columns[0]}"] textarea`)).toBe('Bram is halverwege');
    const cardsOnPlate = SIMULATED + 3;
    await waitFor(() => readCards(simulated[0].doc, 'meerjarenplan').length === cardsOnPlate, 'every card', 10000);
    await wall.waitForSelector('[data-wall-top] li:nth-child(5)');
    // SHOOT=1 keeps a picture of the full wall, to look at.
    if (process.env.SHOOT) await wall.screenshot({ path: 'screenshots/rehearsal-wall-1920x1080.png' });
    expect(await wall.locator('[data-wall-column] [data-wall-card]').count()).toBe(cardsOnPlate);
    const smallest = await wall.evaluate(() => Math.min(...[...document.querySelectorAll('.wall *')]
      .filter((element) => element.childNodes.length && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
      .map((element) => parseFloat(getComputedStyle(element).fontSize))));
    expect(smallest).toBeGreaterThanOrEqual(24);
    // Thirty-three answers fit without scrolling: the cards go compact before a column has to scroll.
    expect(await wall.$$eval('.wall-cards', (lists) => lists.every((list) => list.scrollHeight <= list.clientHeight + 1))).toBe(true);
    expect(await wall.locator('.facilitator-controls, [data-step-button]').count()).toBe(0);
    expect(await violations(wall)).toEqual([]);
    await expectNoSidewaysScroll(phone, 'at the outcome');
    expect(await violations(phone)).toEqual([]);
    expect(await seriousViolations(facilitator)).toEqual([]);

    // Followers only ever showed what the facilitator showed.
    expect(published.size).toBeGreaterThan(2);
    for (const page of [bram, phone]) {
      expect((await placesOf(page)).length).toBeGreaterThan(1);
      for (const place of await placesOf(page)) expect(published, `${place} was shown by the facilitator`).toContain(place);
    }

    // Nobody was refused anything they did through the app.
    for (const page of [anna, bram, phone]) {
      const refused = await page.locator('[data-refusal]').evaluateAll((notices) => notices.map((notice) => notice.getAttribute('data-refusal')));
      expect(refused).toEqual([]);
    }
    // Touch targets on the phone are at least 44 by 44.
    const small = await phone.evaluate(() => [...document.querySelectorAll('button, select, a[href]')]
      .filter((element) => element.getClientRects().length && !element.closest('.hotspot-overlay, .visually-hidden, .skip-link'))
      .map((element) => ({ element, box: element.getBoundingClientRect() }))
      .filter(({ element, box }) => box.height < 44 || (box.width < 44 && !element.matches('a')))
      .map(({ element, box }) => `${element.className || element.tagName} ${Math.round(box.width)}x${Math.round(box.height)}`));
    expect(small).toEqual([]);

    // The printout holds only plates with answers.
    await facilitator.click('button:has-text("Resultaten")');
    await facilitator.waitForSelector('[data-results-plate="meerjarenplan"]');
    await facilitator.emulateMedia({ media: 'print' });
    const printed = await facilitator.$$eval('.results-plate', (sections) => sections.map((section) => section.querySelectorAll('li').length));
    expect(printed.length).toBeGreaterThan(0);
    for (const count of printed) expect(count).toBeGreaterThan(0);
    await facilitator.emulateMedia({ media: 'screen' });
    expect(await violations(facilitator)).toEqual([]);

    // The projector view of the session: tools folded away, nothing for axe to find.
    await facilitator.click('button:has-text("Terug naar de sessie")');
    await facilitator.click('#tab-worksheet');
    await facilitator.click('button:has-text("Projectorweergave")');
    await facilitator.waitForSelector('.projector .facilitator-controls.is-folded');
    expect(await violations(facilitator)).toEqual([]);
  }, 300_000);

  it('six answers print on at most two A4 pages', async () => {
    const { browser, server } = harness;
    const { code, facilitatorKey } = await createSession(server.url, 'Zes antwoorden');
    // The facilitator's script writes Kim's answers (the facilitator may write in anyone's name).
    const client = await joinAs({ http: server.url, ws: server.url.replace('http', 'ws') + '/ws' }, code, 'Marieke', { key: facilitatorKey });
    for (let index = 0; index < 6; index++) {
      addCardTo(client.doc, { plate: index < 3 ? 'smjp' : 'meerjarenplan', column: index < 3 ? 'open-vraag' : columns[index % columns.length], text: `Antwoord ${index + 1}: een zin van gemiddelde lengte over wat de school wil.`, author: 'Kim', authorId: 'kim' });
    }
    // The results are the facilitator's: opened here through the read-only link the facilitator made.
    const linkResponse = await fetch(`${server.url}/api/sessions/${code}/results-link`, { method: 'POST', headers: { authorization: `Bearer ${facilitatorKey}` } });
    const { token } = await linkResponse.json() as { token: string };
    const page = await newPage(browser);
    await page.goto(`${server.url}/resultaten/${code}#r=${encodeURIComponent(token)}`);
    await page.waitForSelector('[data-results-plate="meerjarenplan"] li');
    const pdf = await page.pdf({ format: 'A4' });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    expect(await page.locator('.results-plate').count()).toBe(2);
    expect(await violations(page)).toEqual([]);
  });
});

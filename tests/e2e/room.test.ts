/**
 * A second rehearsal, of what broke real rooms: participants who stopped
 * following, a card that moved by itself, a vote that reopened the cards,
 * results that did not decide, and tools a keyboard could not reach. A
 * facilitator on a 1920x1080 projector, a laptop at 1366x768 and a phone
 * (390x844, touch), in real Chromium against the real server.
 */
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addCard as addCardTo } from '../../src/worksheets/model';
import { castVote } from '../../src/worksheets/votes';
import { useAppAndBrowser } from '../support/harness';
import { violations } from '../support/axe';
import { addCard, joinSession, newPage, startSession } from '../support/liveSession';
import { disconnectAll, joinAs } from '../server/support';

const harness = useAppAndBrowser();
afterAll(disconnectAll);

async function phonePage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  return context.newPage();
}

/** Twenty answers for plate 3, by column: a few words each, as on sticky notes. */
const ROOM_ANSWERS: [string, string][] = [
  ['zelf', 'Roosteren en inschrijven'], ['zelf', 'Ons eigen leerplatform beheren'], ['zelf', 'Examinering en diplomering'],
  ['zelf', 'Laptops voor docenten'], ['zelf', 'Privacybeleid met onze FG'], ['zelf', 'Een eigen datawarehouse'],
  ['zelf', 'Docenten scholen in AI'], ['samen', 'Leermiddelen via Edu-V'], ['samen', 'Licenties centraal inkopen'],
  ['samen', 'Cybersecurity-oefening in de regio'], ['samen', 'SURF-diensten afnemen'], ['samen', 'Eén norm voor informatiebeveiliging'],
  ['samen', 'Studentenportaal met de regio'], ['samen-willen', 'Een Center for Teaching & Learning'], ['samen-willen', 'Dataplatform met de regio delen'],
  ['samen-willen', 'Eén loket voor de studentadministratie'], ['samen-willen', 'Samen AI-beleid maken'], ['samen-willen', 'Een gezamenlijke helpdesk'],
  ['samen-willen', 'Lesmateriaal met elkaar delen'], ['samen-willen', 'Software samen inkopen'],
];

/** How many of these cards are wholly on screen: inside the window and every box that clips them. */
function unclippedCards(page: Page, selector: string): Promise<number> {
  return page.evaluate((selector) => {
    const inside = (box: DOMRect, outer: { left: number; top: number; right: number; bottom: number }) =>
      box.left >= outer.left - 0.5 && box.top >= outer.top - 0.5 && box.right <= outer.right + 0.5 && box.bottom <= outer.bottom + 0.5;
    return [...document.querySelectorAll(selector)].filter((card) => {
      const box = card.getBoundingClientRect();
      if (!box.width || !box.height || !inside(box, { left: 0, top: 0, right: innerWidth, bottom: innerHeight })) return false;
      for (let parent = card.parentElement; parent; parent = parent.parentElement) {
        const style = getComputedStyle(parent);
        const clips = style.overflowX !== 'visible' || style.overflowY !== 'visible';
        if (clips && !inside(box, parent.getBoundingClientRect())) return false;
      }
      return true;
    }).length;
  }, selector);
}

/** The facilitator opens another plate; every follower shows its worksheet within a second of the facilitator's own screen. */
async function everyoneFollowsTo(facilitator: Page, followers: Page[], plate: string) {
  await facilitator.click(`.plate-tabs a[href$="/${plate}"]`);
  await facilitator.waitForSelector(`[data-worksheet="${plate}"]`);
  await Promise.all(followers.map((page) => page.waitForSelector(`[data-worksheet="${plate}"]`, { timeout: 1000 })));
}

/** What has the focus: never a text field the app chose for the person. */
const focusedField = (page: Page) => page.evaluate(() => Boolean(document.activeElement?.matches('textarea, input:not([type]), input[type="text"]')));

async function room() {
  const { browser, server } = harness;
  const facilitator = await newPage(browser, 1920, 1080);
  const code = await startSession(facilitator, server.url, 'ROC Kamerrepetitie, 4 december');
  const anna = await newPage(browser);
  const phone = await phonePage(browser);
  await joinSession(anna, server.url, code, 'Anna');
  await joinSession(phone, server.url, code, 'Sanne');
  return { facilitator, anna, phone, code };
}

describe('a room that follows, answers and decides', () => {
  it('follows every plate change, whatever holds the focus: a vote button, an empty field, the field "Toevoegen" emptied', async () => {
    const { facilitator, anna, phone } = await room();
    await addCard(facilitator, 'open-vraag', 'Waar staan we over vijf jaar?');
    await facilitator.click('[data-step-button="vote"]');
    for (const page of [anna, phone]) {
      await page.locator('.vote-button').first().focus();
    }
    // 1. Focus on a vote button.
    await everyoneFollowsTo(facilitator, [anna, phone], 'meerjarenplan');
    for (const page of [anna, phone]) expect(await focusedField(page), 'focus after following').toBe(false);

    // 2. Focus in an empty answer field.
    await facilitator.click('[data-step-button="fill"]');
    for (const page of [anna, phone]) await page.locator('[data-add-card="zelf"] textarea').focus();
    await everyoneFollowsTo(facilitator, [anna, phone], 'programmas');
    for (const page of [anna, phone]) expect(await focusedField(page), 'focus after following').toBe(false);

    // 3. Just after "Toevoegen", which keeps the focus in the emptied field.
    for (const page of [anna, phone]) {
      const field = page.locator('[data-add-card="npuls"] input').first();
      await field.focus();
      await page.keyboard.type('Kim de Boer');
      await page.keyboard.press('Enter');
      await page.locator('[data-column="npuls"] .card', { hasText: 'Kim de Boer' }).first().waitFor();
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('');
    }
    await everyoneFollowsTo(facilitator, [anna, phone], 'strategie-digitalisering');

    // Someone actually typing stays until typing pauses, then follows without being put in a field.
    const field = anna.locator('[data-add-card] textarea').first();
    await field.focus();
    const typing = anna.keyboard.type('Ik typ nog een lange zin over de strategie van onze school', { delay: 60 });
    await facilitator.click('.plate-tabs a[href$="/smjp"]');
    await phone.waitForSelector('[data-worksheet="smjp"]');
    await anna.waitForSelector('.follow-banner[data-held]');
    expect(await anna.locator('[data-worksheet="strategie-digitalisering"]').count()).toBe(1);
    await typing;
    await anna.waitForSelector('[data-worksheet="smjp"]', { timeout: 4000 });
    expect(await focusedField(anna)).toBe(false);
    expect(await anna.locator('.follow-banner').textContent()).toBe('Je volgt de begeleider');
    // The half-typed answer waits on its own plate.
    await anna.click('.plate-tabs a[href$="/strategie-digitalisering"]');
    expect(await anna.locator('[data-add-card] textarea').first().inputValue()).toBe('Ik typ nog een lange zin over de strategie van onze school');
  });

  it('"Bewerken" edits the text; no key in the editor moves the card, only a chosen column and "Verplaats" do', async () => {
    const { facilitator, anna } = await room();
    await facilitator.click('.plate-tabs a[href$="/meerjarenplan"]');
    await anna.waitForSelector('[data-worksheet="meerjarenplan"]');
    await addCard(anna, 'zelf', 'Inkoop van laptops');
    const card = anna.locator('[data-column="zelf"] .card', { hasText: 'Inkoop' });
    await card.locator('.edit-button').focus();
    await anna.keyboard.press('Enter');
    expect(await anna.evaluate(() => document.activeElement?.closest('.card-editor') !== null && document.activeElement?.tagName === 'TEXTAREA')).toBe(true);
    for (const key of ['End', 'ArrowDown', 'PageDown']) await anna.keyboard.press(key);
    await anna.keyboard.type(' en tablets');
    // The facilitator sees the new text: what came before it has been handled too.
    await facilitator.locator('[data-column="zelf"] .card', { hasText: 'Inkoop van laptops en tablets' }).waitFor();
    expect(await anna.inputValue('[data-add-card="zelf"] textarea')).toBe('');

    // The move list is reachable with Tab, but not the first stop; a key there only chooses.
    await anna.keyboard.press('Tab');
    expect(await anna.evaluate(() => document.activeElement?.tagName)).not.toBe('SELECT');
    for (let tab = 0; tab < 8 && !(await anna.evaluate(() => document.activeElement?.tagName === 'SELECT')); tab++) await anna.keyboard.press('Tab');
    expect(await anna.evaluate(() => document.activeElement?.tagName)).toBe('SELECT');
    await anna.keyboard.press('ArrowDown');
    await anna.keyboard.press('End');
    await card.locator('textarea').focus();
    await anna.keyboard.type('!');
    await facilitator.locator('.card', { hasText: 'tablets!' }).waitFor();
    expect(await facilitator.locator('[data-column="zelf"] .card', { hasText: 'tablets!' }).count()).toBe(1);
    // Chosen and confirmed: now it moves, and the focus goes with it.
    await card.locator('.card-move select').selectOption('samen-willen');
    await card.locator('.move-button').click();
    await facilitator.locator('[data-column="samen-willen"] .card', { hasText: 'tablets!' }).waitFor();
    await anna.waitForFunction(() => document.activeElement?.closest('[data-column="samen-willen"]') !== null);
  });

  it('"Stemmen" keeps the cards frozen (the default) and says so; the facilitator may leave them open', async () => {
    const { facilitator, anna, phone } = await room();
    await addCard(anna, 'open-vraag', 'Een eigen antwoord');
    await facilitator.click('.lock-button');
    await anna.waitForSelector('.session-lock[data-locked]');
    await facilitator.click('[data-step-button="vote"]');
    for (const page of [anna, phone]) {
      await page.waitForSelector('.session-lock[data-frozen]');
      await page.waitForSelector('.worksheet [data-frozen]');
      await page.waitForSelector('.vote-button');
      expect(await page.locator('.add-card').count(), 'no new answers while voting').toBe(0);
    }
    expect(await anna.locator('.card .edit-button, .card .card-move, .card .danger').count(), 'no edits, moves or removals while voting').toBe(0);
    expect(await violations(anna)).toEqual([]);

    await facilitator.uncheck('#freeze-cards');
    await anna.waitForSelector('.add-card');
    await anna.waitForSelector('.card .edit-button');
    expect(await anna.locator('.session-lock').count()).toBe(0);
  });

  it('results, print, Markdown and the wall rank by dots, with a top five that keeps the cards tied with the fifth', async () => {
    const { browser, server } = harness;
    const { facilitator, code } = await room();
    const wall = await newPage(browser, 1920, 1080);
    await wall.goto(`${server.url}/wand/${code}`);
    await facilitator.click('[data-step-button="vote"]');
    const key = await facilitator.evaluate((session) => JSON.parse(localStorage.getItem('praatplaten.facilitatorKeys') ?? '{}')[session] as string, code);
    const script = await joinAs({ http: server.url, ws: server.url.replace('http', 'ws') + '/ws' }, code, 'Marieke', { key });
    // Written in the opposite order of their dots: 1, 1, 1, 3, 4, 5, 6 (three cards share the fifth place).
    const dots = [1, 1, 1, 3, 4, 5, 6];
    dots.forEach((count, index) => {
      const id = addCardTo(script.doc, { plate: 'smjp', column: 'open-vraag', text: `Idee ${index + 1} & <b>${count}</b>`, author: `Deelnemer ${index + 1}`, authorId: `d${index}`, createdAt: Date.now() + index });
      for (let voter = 0; voter < count; voter++) castVote(script.doc, `stemmer-${index}-${voter}`, 3, id);
    });
    // The facilitator sees the counts while voting: every dot has arrived.
    await facilitator.waitForFunction(() => [...document.querySelectorAll('[data-column="open-vraag"] [data-votes]')].reduce((sum, count) => sum + Number(count.getAttribute('data-votes')), 0) === 21);
    await facilitator.click('[data-step-button="results"]');

    await wall.waitForSelector('[data-wall-top] li:nth-child(7)');
    expect(await wall.getAttribute('[data-wall-top]', 'data-widened')).toBe('true');
    expect(await wall.locator('#wall-top-heading').textContent()).toBe('Top 5, met 7 kaarten: ze delen de 5e plaats');

    await facilitator.click('button:has-text("Resultaten")');
    await facilitator.waitForSelector('[data-results-top] li:nth-child(7)');
    const top = await facilitator.$$eval('[data-results-top] li', (items) => items.map((item) => item.querySelector('.results-place')!.textContent));
    expect(top).toEqual(['1.', '2.', '3.', '4.', '5. (gedeeld)', '5. (gedeeld)', '5. (gedeeld)']);
    const column = await facilitator.$$eval('[data-results-plate="smjp"] .results-column li .card-text', (cards) => cards.map((card) => card.textContent));
    expect(column).toEqual(['Idee 7 & <b>6</b>', 'Idee 6 & <b>5</b>', 'Idee 5 & <b>4</b>', 'Idee 4 & <b>3</b>', 'Idee 1 & <b>1</b>', 'Idee 2 & <b>1</b>', 'Idee 3 & <b>1</b>']);
    await facilitator.emulateMedia({ media: 'print' });
    expect(await facilitator.locator('[data-results-top]').isVisible()).toBe(true);
    await facilitator.emulateMedia({ media: 'screen' });
    expect(await violations(facilitator)).toEqual([]);

    const [download] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('button:has-text("Markdown")')]);
    const markdown = readFileSync((await download.path())!, 'utf8');
    expect(markdown).toContain('### Top 5, met 7 kaarten: ze delen de 5e plaats');
    expect(markdown).toContain('- **1.** Idee 7 & \\<b>6\\</b> — door Deelnemer 7, 6 stippen');
    expect(markdown).not.toMatch(/&(amp|lt|gt);/);
  });

  it('the skip links to the worksheet and to the tools are the first Tab stops, before any part of the plate', async () => {
    const { facilitator } = await room();
    await facilitator.evaluate(() => {
      document.body.tabIndex = -1;
      document.body.focus();
      document.body.removeAttribute('tabindex');
    });
    const stops: string[] = [];
    for (let tab = 0; tab < 3; tab++) {
      await facilitator.keyboard.press('Tab');
      stops.push(await facilitator.evaluate(() => document.activeElement?.textContent ?? ''));
    }
    expect(stops).toContain('Ga naar het werkblad');
    expect(stops).toContain('Ga naar de begeleiderstools');
    // Then the tools: their heading, and the next Tab is one of them.
    for (let tab = 0; tab < 3 && await facilitator.evaluate(() => document.activeElement?.textContent !== 'Ga naar de begeleiderstools'); tab++) await facilitator.keyboard.press('Shift+Tab');
    await facilitator.keyboard.press('Enter');
    await facilitator.waitForFunction(() => document.activeElement?.id === 'moderation-heading');
    await facilitator.keyboard.press('Tab');
    expect(await facilitator.evaluate(() => document.activeElement?.closest('.facilitator-controls') !== null)).toBe(true);
  });

  it('the bar keeps one line on laptops in every state, and the note about an opened part goes at the next plate or step', async () => {
    const { browser, server } = harness;
    const { facilitator, anna, code } = await room();
    const small = await newPage(browser, 1280, 720);
    await joinSession(small, server.url, code, 'Bram van der Berg-Smit');
    const facilitatorLaptop = await facilitator.context().newPage();
    await facilitatorLaptop.setViewportSize({ width: 1366, height: 768 });
    await facilitatorLaptop.goto(facilitator.url());
    await facilitatorLaptop.waitForSelector('[data-status="connected"]');
    /** One line: no taller than the bar with nothing going on, and no item below the first one's line. */
    const oneLine = async (page: Page, state: string) => {
      // A second row is an item that starts below where another one ends.
      const rows = await page.$$eval('.session-bar > *', (items) => {
        const boxes = items.filter((item) => item.getClientRects().length && getComputedStyle(item).position !== 'absolute').map((item) => item.getBoundingClientRect());
        return boxes.some((box) => boxes.some((other) => box.top >= other.bottom)) ? 2 : 1;
      });
      const height = await page.$eval('.session-bar', (bar) => bar.getBoundingClientRect().height);
      expect(rows, `${state} at ${page.viewportSize()!.width}: one row`).toBe(1);
      expect(height, `${state} at ${page.viewportSize()!.width}: height`).toBeLessThanOrEqual(56);
    };
    const everyBar = async (state: string) => {
      for (const page of [anna, small, facilitatorLaptop]) await oneLine(page, state);
    };
    await everyBar('following');

    // The facilitator opens a part: a note, until the next plate.
    await facilitator.click('.hotspot[data-hotspot="relevante-data"]', { position: { x: 12, y: 12 } });
    await anna.waitForSelector('[data-opened-note]');
    // Opening a part showed the facilitator its text; the worksheet is one click away.
    await facilitator.click('#tab-worksheet');
    await everyoneFollowsTo(facilitator, [anna], 'meerjarenplan');
    expect(await anna.locator('[data-opened-note]').count()).toBe(0);
    // ... and until the next step.
    await facilitator.click('.hotspot[data-hotspot="doel"]', { position: { x: 12, y: 12 } });
    await anna.waitForSelector('[data-opened-note]');
    await facilitator.click('[data-step-button="fill"]');
    await anna.waitForSelector('.session-step[data-step="fill"]');
    expect(await anna.locator('[data-opened-note]').count()).toBe(0);

    // Broken away, a timer, the lock.
    for (const page of [anna, small]) await page.click('.toolbar-buttons button:has-text("+")');
    await facilitator.click('#tab-worksheet').catch(() => {});
    await facilitator.click('.control-row button:has-text("5 min")');
    await facilitator.click('.lock-button');
    for (const page of [anna, small, facilitatorLaptop]) await page.waitForSelector('.session-timer');
    for (const page of [anna, small]) await page.waitForSelector('.follow-banner[data-following="false"]');
    await anna.waitForSelector('.session-lock[data-locked]');
    await everyBar('broken away, timer, lock');
    // Voting with the cards frozen.
    await facilitator.click('.lock-button');
    await facilitator.click('[data-step-button="vote"]');
    await anna.waitForSelector('.session-lock[data-frozen]');
    await small.waitForSelector('.session-lock[data-frozen]');
    await everyBar('voting');
    // Ended.
    facilitator.on('dialog', (dialog) => void dialog.accept());
    await facilitator.click('button:has-text("Sessie beëindigen")');
    await anna.waitForSelector('.session-lock.is-ended');
    await small.waitForSelector('.session-lock.is-ended');
    await everyBar('ended');
  });

  it('the projector view shows every card the wall shows, from the back: 20 cards at 24 px or more, code, step and timer at 32 px or more', async () => {
    const { browser, server } = harness;
    const facilitator = await newPage(browser, 1920, 1080);
    const code = await startSession(facilitator, server.url, 'ROC Kamerrepetitie, de achterste rij');
    await facilitator.click('.plate-tabs a[href$="/meerjarenplan"]');
    await facilitator.waitForSelector('[data-worksheet="meerjarenplan"]');
    // Four participants, five answers each, as a room writes them: a few words on a sticky note.
    const people = await Promise.all(['Anna', 'Bram', 'Chris', 'Dewi'].map((name) => joinAs({ http: server.url, ws: server.url.replace('http', 'ws') + '/ws' }, code, name)));
    ROOM_ANSWERS.forEach(([column, text], index) => {
      const person = people[index % people.length];
      addCardTo(person.doc, { plate: 'meerjarenplan', column, text, author: person.name, authorId: person.id, createdAt: Date.now() + index });
    });
    await facilitator.click('.control-row button:has-text("5 min")');

    const wall = await newPage(browser, 1920, 1080);
    await wall.goto(`${server.url}/wand/${code}`);
    await wall.waitForFunction((count) => document.querySelectorAll('[data-wall-card]').length === count, ROOM_ANSWERS.length);
    const onWall = await unclippedCards(wall, '[data-wall-card]');

    await facilitator.click('button:has-text("Projectorweergave")');
    await facilitator.waitForSelector('.session-view.projector .session-timer');
    const cards = '.session-view.projector .session-aside :is([data-card], [data-wall-card])';
    await facilitator.waitForFunction((selector) => document.querySelectorAll(selector).length === 20, cards);
    await facilitator.waitForTimeout(300);
    const onProjector = await unclippedCards(facilitator, cards);
    expect(onWall).toBe(ROOM_ANSWERS.length);
    expect(onProjector).toBe(onWall);

    const sizes = await facilitator.evaluate((selector) => {
      const size = (of: string) => Math.min(...[...document.querySelectorAll(of)].map((element) => parseFloat(getComputedStyle(element).fontSize)));
      const cardText = [...document.querySelectorAll(`${selector} *`)]
        .filter((element) => element.getClientRects().length && [...element.childNodes].some((node) => node.nodeType === 3 && node.textContent!.trim()))
        .map((element) => parseFloat(getComputedStyle(element).fontSize));
      return { code: size('.session-code strong'), step: size('.session-step'), timer: size('.session-timer'), cards: Math.min(...cardText), measured: cardText.length };
    }, cards);
    expect(sizes.measured).toBeGreaterThanOrEqual(ROOM_ANSWERS.length);
    expect(sizes.code).toBeGreaterThanOrEqual(32);
    expect(sizes.step).toBeGreaterThanOrEqual(32);
    expect(sizes.timer).toBeGreaterThanOrEqual(32);
    expect(sizes.cards).toBeGreaterThanOrEqual(24);
    // The plate keeps the width its titles need at 18 px (tests/e2e/legibility.test.ts reads them).
    expect((await facilitator.locator('.plate-canvas').boundingBox())!.width).toBeGreaterThanOrEqual(1409);
    expect(await violations(facilitator)).toEqual([]);
  });
});

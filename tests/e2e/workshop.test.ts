import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useAppAndBrowser } from '../support/harness';
import { seriousViolations } from '../support/axe';
import { addCard, joinSession, newPage as openPage, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();


const newPage = (width?: number, height?: number) => openPage(harness.browser, width, height);

async function workshop() {
  const facilitator = await newPage(1920, 1080);
  const code = await startSession(facilitator, harness.server.url, 'ROC Workshop, 3 december');
  const anna = await newPage();
  const bram = await newPage();
  await joinSession(anna, harness.server.url, code, 'Anna');
  await joinSession(bram, harness.server.url, code, 'Bram');
  return { facilitator, anna, bram, code };
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

describe('running a workshop', () => {
  it('participants follow the facilitator until they pan on their own', async () => {
    const { facilitator, anna, bram, code } = await workshop();
    await facilitator.click('.plate-tabs a:has-text("Strategie")');
    await anna.waitForFunction(() => location.pathname.includes('/strategie-digitalisering'));
    await facilitator.click('.hotspot[data-hotspot="optimalisatie-transformatie"]', { position: { x: 12, y: 12 } });
    await anna.waitForFunction(() => location.pathname.endsWith('/optimalisatie-transformatie'));
    await bram.waitForFunction(() => location.pathname.endsWith('/optimalisatie-transformatie'));
    await facilitator.waitForSelector('.following-count:has-text("2 deelnemers volgen jou")');

    // Anna drags the plate: she leaves follow mode and stays where she is.
    const box = (await anna.locator('.plate-canvas').boundingBox())!;
    await anna.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await anna.mouse.down();
    await anna.mouse.move(box.x + box.width / 2 + 120, box.y + box.height / 2 + 40, { steps: 5 });
    await anna.mouse.up();
    await anna.waitForSelector('[data-following="false"]');
    await facilitator.waitForSelector('.following-count:has-text("1 deelnemer volgt jou")');
    // The facilitator shows the whole plate again (key 0), then opens another part.
    await facilitator.keyboard.press('0');
    await facilitator.click('.hotspot[data-hotspot="basisvoorwaarden"]', { position: { x: 12, y: 12 } });
    await bram.waitForFunction(() => location.pathname.endsWith('/basisvoorwaarden'));
    expect(pathOf(anna)).toBe(`/sessie/${code}/strategie-digitalisering/optimalisatie-transformatie`);

    // One click brings her back.
    await anna.click('.follow-banner button');
    await anna.waitForFunction(() => location.pathname.endsWith('/basisvoorwaarden'));

    // Even when the facilitator has not moved since she wandered off.
    const settled = new URL(bram.url()).searchParams.get('v');
    await anna.mouse.move(box.x + 50, box.y + 50);
    await anna.mouse.wheel(0, -400);
    await anna.waitForSelector('[data-following="false"]');
    await anna.click('.follow-banner button');
    await anna.waitForSelector('[data-following="true"]');
    if (settled) await anna.waitForFunction((view) => new URL(location.href).searchParams.get('v') === view, settled);
  });

  it('a lock refuses a participant\'s card, hidden answers stay hidden until revealed', async () => {
    const { facilitator, anna, bram } = await workshop();
    await facilitator.click('button:has-text("Werkblad vergrendelen")');
    await anna.waitForSelector('.worksheet-locked');
    expect(await anna.locator('.add-card').count()).toBe(0);
    await facilitator.click('button:has-text("Werkblad ontgrendelen")');
    await anna.waitForSelector('.add-card');

    await facilitator.click('button:has-text("Antwoorden verbergen")');
    await bram.waitForSelector('.worksheet-hidden');
    await addCard(anna, 'open-vraag', 'Geheim antwoord van Anna');
    // Bram's browser never receives it: he is told answers are hidden, not how many.
    await bram.waitForSelector('.worksheet-hidden:not([data-hidden-count])');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await bram.locator('.card', { hasText: 'Geheim antwoord' }).count()).toBe(0);
    expect(await bram.content()).not.toContain('Geheim antwoord');
    // The facilitator sees it on their own screen, but not on the projector.
    await facilitator.locator('.card', { hasText: 'Geheim antwoord' }).waitFor();
    await facilitator.click('button:has-text("Projectorweergave")');
    await facilitator.waitForSelector('[data-hidden-count="1"]');
    expect(await facilitator.locator('.card, .wall-card', { hasText: 'Geheim antwoord' }).count()).toBe(0);
    // On the projector the tools are folded away; the facilitator opens them.
    await facilitator.click('.facilitator-controls summary');
    await facilitator.click('button:has-text("Antwoorden tonen")');
    await bram.locator('.card', { hasText: 'Geheim antwoord' }).waitFor();
    // On the projector the cards are the wall's.
    await facilitator.locator('.wall-card', { hasText: 'Geheim antwoord' }).waitFor();
    expect(await seriousViolations(facilitator)).toEqual([]);
  });

  it('votes are counted once per dot, the timer runs for everyone', async () => {
    const { facilitator, anna, bram } = await workshop();
    await addCard(anna, 'open-vraag', 'Kaart A');
    await addCard(bram, 'open-vraag', 'Kaart B');
    await facilitator.selectOption('#votes-per-participant', '2');
    const cardA = (page: Page) => page.locator('.card', { hasText: 'Kaart A' });
    await anna.waitForSelector('.votes-left');
    await cardA(anna).locator('.vote-button').click();
    await cardA(anna).locator('.vote-button').click();
    // Both dots used: no more vote buttons for Anna.
    await anna.waitForSelector('.votes-left:has-text("nog 0 stippen")');
    expect(await anna.locator('.vote-button').count()).toBe(0);
    await cardA(bram).locator('.vote-button').click();
    await facilitator.waitForSelector('.card:has-text("Kaart A") [data-votes="3"]');
    await cardA(anna).locator('button:has-text("Stip terugnemen")').click();
    await facilitator.waitForSelector('.card:has-text("Kaart A") [data-votes="2"]');

    await facilitator.click('.control-row button:has-text("2 min")');
    await anna.waitForSelector('.session-timer:has-text("Nog 1:5"), .session-timer:has-text("Nog 2:00")');
  });

  it('the Markdown export holds every card and no raw HTML; a JSON export imported into a new session gives the same worksheets', async () => {
    const { facilitator, anna, bram } = await workshop();
    await addCard(anna, 'open-vraag', 'Eerste antwoord');
    await addCard(bram, 'open-vraag', '<script>alert("x")</script> tweede');
    await bram.click('.plate-tabs a:has-text("Meerjarenplan")');
    await bram.waitForSelector('[data-worksheet="meerjarenplan"]');
    await addCard(bram, 'samen-willen', 'Samen inkopen');

    await facilitator.click('button:has-text("Resultaten")');
    await facilitator.waitForSelector('[data-results-plate="meerjarenplan"] li:has-text("Samen inkopen")');
    const [markdownDownload] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('button:has-text("Markdown")')]);
    const markdown = readFileSync((await markdownDownload.path())!, 'utf8');
    expect(markdown).toContain('Eerste antwoord');
    expect(markdown).toContain('Samen inkopen');
    // As typed, with a backslash that keeps it text in every renderer: no HTML entities.
    expect(markdown).toContain('\\<script>alert("x")\\</script> tweede');
    expect(markdown).not.toMatch(/(^|[^\\])<script/);
    expect(markdown).not.toContain('&lt;');
    expect(markdown).toContain('ROC Workshop, 3 december');
    expect(await seriousViolations(facilitator)).toEqual([]);

    const [jsonDownload] = await Promise.all([facilitator.waitForEvent('download'), facilitator.click('button:has-text("JSON")')]);
    const jsonPath = (await jsonDownload.path())!;
    const original = JSON.parse(readFileSync(jsonPath, 'utf8')) as { worksheets: { plateId: string; columns: { id: string; cards: { text: string; author: string }[] }[] }[] };

    const other = await newPage();
    await other.goto(`${harness.server.url}/sessie/nieuw`);
    await other.fill('#session-title', 'Vervolgsessie');
    await other.fill('#facilitator-name', 'Marieke');
    await other.setInputFiles('#import-answers', jsonPath);
    await other.waitForSelector('[data-import-count="3"]');
    await other.click('.stacked-form button[type="submit"]');
    await other.waitForSelector('.invite-dialog[open]');
    await other.click('.invite-dialog form button');
    await other.locator('.card', { hasText: 'Eerste antwoord' }).waitFor();
    await other.click('button:has-text("Resultaten")');
    await other.waitForSelector('[data-results-plate="meerjarenplan"] li:has-text("Samen inkopen")');
    const [copyDownload] = await Promise.all([other.waitForEvent('download'), other.click('button:has-text("JSON")')]);
    const copy = JSON.parse(readFileSync((await copyDownload.path())!, 'utf8')) as typeof original;
    const shape = (results: typeof original) =>
      results.worksheets.map((sheet) => ({ plate: sheet.plateId, columns: sheet.columns.map((column) => ({ id: column.id, cards: column.cards.map(({ text, author }) => ({ text, author })) })) }));
    expect(shape(copy)).toEqual(shape(original));
  });
});

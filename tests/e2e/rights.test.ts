/**
 * Rights as people meet them in the browser: a refused change is explained in
 * plain words, and the results are for the facilitator and whoever has the
 * read-only link the facilitator made, not for anyone with the code.
 */
import { describe, expect, it } from 'vitest';
import { useAppAndBrowser } from '../support/harness';
import { addCard, joinSession, newPage, startSession } from '../support/liveSession';

const harness = useAppAndBrowser();

describe('rights in the app', () => {
  it('a change refused by the server is shown in plain words, and arrives once the lock is lifted', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    const participant = await newPage(harness.browser);
    await joinSession(participant, harness.server.url, code, 'Bram');
    // Bram writes on the train: offline, the app lets him, and keeps the card.
    await participant.context().setOffline(true);
    await addCard(participant, 'open-vraag', 'Geschreven in de trein');
    await facilitator.click('.lock-button');
    await facilitator.waitForSelector('.lock-button[aria-pressed="true"]');
    await participant.context().setOffline(false);
    // Back online, the server refuses it (locked) and the app says so.
    const notice = participant.locator('[data-refusal="locked"]');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('op slot');
    expect(await facilitator.locator('.card', { hasText: 'Geschreven in de trein' }).count()).toBe(0);
    await facilitator.click('.lock-button');
    await facilitator.locator('.card', { hasText: 'Geschreven in de trein' }).waitFor();
  });

  it('a dot given offline after voting closed is refused; the app mends its copy, says so, and the next card arrives', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    await addCard(facilitator, 'open-vraag', 'Kaart van de begeleider');
    await facilitator.click('[data-step-button="vote"]');
    const participant = await newPage(harness.browser);
    await joinSession(participant, harness.server.url, code, 'Bram');
    const card = (page: typeof participant) => page.locator('.card', { hasText: 'Kaart van de begeleider' });
    await card(participant).locator('.vote-button').waitFor();
    // Bram votes on the train; meanwhile the facilitator closes voting.
    await participant.context().setOffline(true);
    await card(participant).locator('.vote-button').click();
    await participant.waitForSelector('.votes-left:has-text("nog 2 stippen")');
    await facilitator.click('[data-step-button="results"]');
    await facilitator.waitForSelector('[data-step-button="results"][aria-pressed="true"]');
    await participant.context().setOffline(false);
    // Refused; the app fetches its copy afresh and says so in plain words.
    const notice = participant.locator('[data-refusal="voting-closed"]');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('opnieuw opgehaald');
    await card(participant).waitFor();
    await participant.waitForFunction(() => !document.querySelector('.card [data-votes="1"]'));
    // Bram's next card reaches the facilitator: his copy is in step again.
    await facilitator.click('[data-step-button="fill"]');
    await participant.waitForSelector('[data-add-card="open-vraag"] textarea:not([disabled])');
    await addCard(participant, 'open-vraag', 'Na het herstel');
    await facilitator.locator('.card', { hasText: 'Na het herstel' }).waitFor();
    expect(await facilitator.locator('.card:has-text("Kaart van de begeleider") [data-votes="1"]').count()).toBe(0);
  });

  it('someone with only the code cannot read the results; the facilitator\'s read-only link can', async () => {
    const facilitator = await newPage(harness.browser);
    const code = await startSession(facilitator, harness.server.url);
    const participant = await newPage(harness.browser);
    await joinSession(participant, harness.server.url, code, 'Fatima');
    await addCard(participant, 'open-vraag', 'Het antwoord van Fatima');
    await addCard(facilitator, 'open-vraag', 'Het antwoord van de begeleider');

    const stranger = await newPage(harness.browser);
    await stranger.goto(`${harness.server.url}/resultaten/${code}`);
    await stranger.waitForSelector('.results-own-only');
    expect(await stranger.locator('.results-page').textContent()).not.toContain('Het antwoord van Fatima');

    // Fatima sees her own answer, not the facilitator's.
    await participant.goto(`${harness.server.url}/resultaten/${code}`);
    await participant.locator('.results-page', { hasText: 'Het antwoord van Fatima' }).waitFor();
    expect(await participant.locator('.results-page').textContent()).not.toContain('Het antwoord van de begeleider');

    await facilitator.goto(`${harness.server.url}/resultaten/${code}`);
    await facilitator.locator('.results-page', { hasText: 'Het antwoord van Fatima' }).waitFor();
    await facilitator.click('.results-link button');
    const link = await facilitator.inputValue('#results-link');
    expect(link).toContain(`/resultaten/${code}#r=`);
    const board = await newPage(harness.browser);
    await board.goto(link);
    await board.locator('.results-page', { hasText: 'Het antwoord van Fatima' }).waitFor();
    await board.locator('.results-page', { hasText: 'Het antwoord van de begeleider' }).waitFor();
    expect(await board.locator('.results-own-only').count()).toBe(0);
  });
});

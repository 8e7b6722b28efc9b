import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { sections } from '../../src/content';
import { englishSections } from '../../src/content/english';
import { plainText } from '../../src/content/sections';
import { useAppAndBrowser } from '../support/harness';

const harness = useAppAndBrowser();
let context: BrowserContext;
let page: Page;

beforeEach(async () => {
  context = await harness.browser.newContext({ viewport: { width: 1366, height: 768 } });
  page = await context.newPage();
});

afterEach(async () => {
  await context.close();
});

/** The first sentence of a section's body, as plain text. */
const opening = (body: string) => plainText(body).split(/(?<=\.) /)[0];

async function inEnglish() {
  await page.addInitScript(() => localStorage.setItem('praatplaten.language', 'en'));
}

/** The language a section is marked with, and its text, in the handreiking panel. */
async function shownSection(id: string) {
  const selector = `.handreiking-panel [data-section="${id}"]`;
  await page.waitForSelector(selector);
  return page.$eval(selector, (node) => ({ lang: node.getAttribute('lang'), text: node.textContent ?? '' }));
}

describe('the handreiking in English', () => {
  it('English mode shows the English text of a part, marked lang="en"', async () => {
    await inEnglish();
    await page.goto(`${harness.server.url}/plaat/programmas/npuls`);
    const shown = await shownSection('programmas-npuls');
    expect(shown.lang).toBe('en');
    expect(shown.text).toContain(opening(englishSections.get('programmas-npuls')!.body));
    expect(shown.text).not.toContain(opening(sections.get('programmas-npuls')!.body));
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.section-untranslated').count()).toBe(0);
  });

  it('switching the language switches the text and its lang', async () => {
    await page.goto(`${harness.server.url}/plaat/meerjarenplan`);
    const intro = 'meerjarenplan-intro';
    const dutch = await shownSection(intro);
    expect(dutch.lang).toBe('nl');
    expect(dutch.text).toContain(opening(sections.get(intro)!.body));
    await page.click('.language-switch');
    await page.waitForFunction(
      (id) => document.querySelector(`.handreiking-panel [data-section="${id}"]`)?.getAttribute('lang') === 'en',
      intro,
    );
    const english = await shownSection(intro);
    expect(english.text).toContain(opening(englishSections.get(intro)!.body));
    expect(english.text).toContain(englishSections.get(intro)!.title);
  });

  it('English mode searches the English text, and a hit opens it', async () => {
    await inEnglish();
    await page.goto(harness.server.url);
    await page.fill('input[type="search"]', 'key teams');
    // The plate itself (its worksheet note) and the Npuls part are found; open the part.
    await page.click('.search-results button:has(.hit-title:text-is("Npuls"))');
    const shown = await shownSection('programmas-npuls');
    expect(shown.lang).toBe('en');
    // A Dutch word from the Dutch text only finds nothing in English mode.
    await page.fill('input[type="search"]', 'onderstaande');
    await page.waitForSelector('.search-count');
    await page.waitForFunction(() => document.querySelectorAll('.search-results button').length === 0);
    expect(await page.textContent('.search-count')).toContain('Nothing found');
  });

  it('home lists the general sections with their English titles, marked lang="en"', async () => {
    await inEnglish();
    await page.goto(harness.server.url);
    await page.waitForSelector('.section-links a');
    const links = await page.$$eval('.section-links a', (nodes) => nodes.map((node) => ({ lang: node.getAttribute('lang'), text: node.textContent })));
    expect(links).toContainEqual({ lang: 'en', text: englishSections.get('bronnen')!.title });
    expect(links.every((link) => link.lang === 'en')).toBe(true);
  });

  it('a general section page is in English', async () => {
    await inEnglish();
    await page.goto(`${harness.server.url}/handreiking/bronnen`);
    await page.waitForSelector('.section-page [data-section="bronnen"][lang="en"]');
    expect(await page.textContent('.section-page h2')).toBe(englishSections.get('bronnen')!.title);
  });
});

/**
 * Screenshots of a live session as the room sees it, at every step: the
 * projector view and the wall at 1920x1080 and 1280x720, a participant's
 * laptop, and a phone (390x844, touch).
 *   npm run shoot:session [-- --no-build] [--plate=meerjarenplan] [--docs]
 * With --docs the wall, phone and projector (twenty answers) screenshots are also written to docs/ for the README.
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/support/browser';
import { startAppServer } from '../tests/support/appServer';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const plateId = args.find((arg) => arg.startsWith('--plate='))?.slice('--plate='.length) ?? 'meerjarenplan';
const toDocs = args.includes('--docs');
mkdirSync('screenshots', { recursive: true });

const server = await startAppServer();
const browser = await launchChromium();
const shoot = async (page: Page, name: string) => {
  await page.waitForTimeout(500);
  await page.screenshot({ path: `screenshots/${name}.png` });
  if (toDocs && (name.startsWith('wall-') || name.startsWith('phone-'))) copyFileSync(`screenshots/${name}.png`, `docs/${name}.png`);
  if (toDocs && name === 'projector-fill-1920x1080') copyFileSync(`screenshots/${name}.png`, 'docs/projector-1920x1080.png');
  console.log(`wrote screenshots/${name}.png`);
};
try {
  const facilitator = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await facilitator.goto(`${server.url}/sessie/nieuw`);
  await facilitator.fill('#session-title', 'ROC Voorbeeld, 3 december');
  await facilitator.fill('#facilitator-name', 'Marieke');
  await facilitator.click('.stacked-form button[type="submit"]');
  await facilitator.waitForSelector('.invite-dialog[open]');
  const code = (await facilitator.getAttribute('.invite-dialog [data-session-code]', 'data-session-code'))!;
  await facilitator.click('.invite-dialog form button');
  await facilitator.click(`.plate-tabs a[href$="/${plateId}"]`);

  const phoneContext = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
  const phone = await phoneContext.newPage();
  await phone.goto(`${server.url}/doe-mee/${code}`);
  await shoot(phone, 'phone-1-join');
  await phone.fill('#join-name', 'Sanne');
  await phone.click('.stacked-form button[type="submit"]');
  await phone.waitForSelector(`[data-worksheet="${plateId}"]`);

  const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await wall.goto(`${server.url}/wand/${code}`);
  await wall.waitForSelector(`[data-wall="${plateId}"]`);

  const participant = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await participant.goto(`${server.url}/doe-mee/${code}`);
  await participant.fill('#join-name', 'Fatima');
  await participant.click('.stacked-form button[type="submit"]');
  await participant.waitForSelector(`[data-worksheet="${plateId}"]`);

  const step = async (name: string) => {
    await facilitator.click(`[data-step-button="${name}"]`);
    await phone.waitForSelector(`.session-step[data-step="${name}"]`);
  };
  await step('explore');
  await facilitator.click('.hotspot >> nth=2', { position: { x: 10, y: 10 } });
  await shoot(phone, 'phone-2-explore');

  await step('fill');
  await facilitator.click('#tab-worksheet');
  await facilitator.click('.control-row button:has-text("5 min")');
  const columns = await participant.$$eval('[data-add-card]', (forms) => forms.map((form) => form.getAttribute('data-add-card')!));
  const answers = [
    'Roosteren en inschrijven doen we zelf', 'Leermiddelen via Edu-V afspraken', 'Samen een Center for Teaching & Learning opzetten',
    'Cybersecurity-oefening met andere scholen', 'Eén loket voor de studentadministratie', 'Dataplatform met de regio delen',
    'Docenten leren samen met AI werken', 'Licenties centraal inkopen', 'Privacy by design in elk project',
    'Examinering en diplomering', 'SURF-diensten afnemen', 'Samen AI-beleid maken', 'Laptops voor docenten',
    'Studentenportaal met de regio', 'Een gezamenlijke helpdesk', 'Privacybeleid met onze FG', 'Eén norm voor informatiebeveiliging',
    'Software samen inkopen', 'Een eigen datawarehouse', 'Lesmateriaal met elkaar delen',
  ];
  for (const [index, text] of (columns.length ? answers : []).entries()) {
    const column = columns[index % columns.length];
    const author = index % 3 === 0 ? phone : participant;
    await author.locator(`[data-add-card="${column}"] textarea, [data-add-card="${column}"] input`).first().fill(text);
    await author.locator(`[data-add-card="${column}"] button[type="submit"]`).click();
  }
  await phone.locator(`[data-add-card="${columns[0]}"] textarea`).fill('Half getypt antwoord…');
  await shoot(phone, 'phone-3-fill');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await wall.setViewportSize(size);
    await shoot(wall, `wall-fill-${size.width}x${size.height}`);
  }
  // The projector view with twenty answers, as the room reads it while they come in.
  await facilitator.click('button:has-text("Projectorweergave")');
  await facilitator.click('button:has-text("Hele plaat tonen")');
  await facilitator.mouse.move(4, 1076);
  await shoot(facilitator, 'projector-fill-1920x1080');
  await facilitator.click('button:has-text("Projectorweergave sluiten")');

  await step('vote');
  await phone.click('.to-worksheet');
  await phone.waitForSelector('.vote-button');
  for (const page of [participant, phone]) {
    await page.locator('.vote-button').first().click();
    await page.locator('.vote-button').nth(2).click();
  }
  await shoot(phone, 'phone-4-vote');

  await step('results');
  await facilitator.click('button:has-text("Projectorweergave")');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await wall.setViewportSize(size);
    await shoot(wall, `wall-results-${size.width}x${size.height}`);
    await facilitator.setViewportSize(size);
    await shoot(facilitator, `projector-${plateId}-${size.width}x${size.height}`);
  }
  await shoot(phone, 'phone-5-results');
  await shoot(participant, `participant-${plateId}-1366x768`);
} finally {
  await browser.close();
  await server.close();
}

/**
 * Screenshots of a live session as the room sees it: the projector view at
 * 1920x1080 and 1280x720, with a few answers and votes, and a participant's laptop.
 *   npm run shoot:session [-- --no-build] [--plate=meerjarenplan]
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser';
import { startAppServer } from '../tests/support/appServer';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const plateId = args.find((arg) => arg.startsWith('--plate='))?.slice('--plate='.length) ?? 'meerjarenplan';
mkdirSync('screenshots', { recursive: true });

const server = await startAppServer();
const browser = await launchChromium();
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
  const participant = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await participant.goto(`${server.url}/doe-mee/${code}`);
  await participant.fill('#join-name', 'Fatima');
  await participant.click('.stacked-form button[type="submit"]');
  await participant.waitForSelector(`[data-worksheet="${plateId}"]`);
  const columns = await participant.$$eval('[data-add-card]', (forms) => forms.map((form) => form.getAttribute('data-add-card')!));
  // The route worksheet (plate 5) has choices instead of cards.
  for (const theme of await participant.$$('[data-theme]')) {
    await (await theme.$('.route-scale input[value="2"]'))?.check();
    await (await theme.$('.route-priority input[value="hoog"]'))?.check();
    for (const select of await theme.$$('[data-item] select')) await select.selectOption('samen');
  }
  const answers = ['Roosteren en inschrijven doen we zelf', 'Leermiddelen via Edu-V afspraken', 'Samen een Center for Teaching & Learning opzetten', 'Cybersecurity-oefening met andere scholen'];
  for (const [index, text] of (columns.length ? answers : []).entries()) {
    const column = columns[index % columns.length];
    const field = participant.locator(`[data-add-card="${column}"] textarea, [data-add-card="${column}"] input`).first();
    await field.fill(text);
    await participant.click(`[data-add-card="${column}"] button[type="submit"]`);
  }
  if (columns.length) {
    await facilitator.selectOption('#votes-per-participant', '3');
    await participant.waitForSelector('.vote-button');
    await participant.locator('.vote-button').first().click();
    await participant.locator('.vote-button').first().click();
  }
  await facilitator.click('button:has-text("Projectorweergave")');
  for (const size of [{ width: 1920, height: 1080 }, { width: 1280, height: 720 }]) {
    await facilitator.setViewportSize(size);
    await facilitator.waitForTimeout(600);
    await facilitator.screenshot({ path: `screenshots/projector-${plateId}-${size.width}x${size.height}.png` });
    console.log(`wrote screenshots/projector-${plateId}-${size.width}x${size.height}.png`);
  }
  await facilitator.click('button:has-text("Code verbergen")');
  await facilitator.setViewportSize({ width: 1920, height: 1080 });
  await facilitator.waitForTimeout(400);
  await facilitator.screenshot({ path: `screenshots/projector-${plateId}-code-hidden-1920x1080.png` });
  await participant.screenshot({ path: `screenshots/participant-${plateId}-1366x768.png` });
  console.log(`wrote screenshots/projector-${plateId}-code-hidden-1920x1080.png and participant-${plateId}-1366x768.png`);
} finally {
  await browser.close();
  await server.close();
}

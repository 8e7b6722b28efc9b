/**
 * Screenshots of the sector view (/sector/CODE) during a small network day:
 * eight schools' sessions linked to one event, their participants answering
 * plate 5 over real websockets; the view at 1920x1080 (projector) and
 * 1366x657 (laptop), and the printed page as PDF.
 *   npx tsx scripts/shoot-sector.ts [--no-build] [--docs]
 */
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import plate from '../plates/05-digitaliseringsroute.plate';
import { ROUTE_PLATE } from '../src/sector/goals';
import { setChoice, setPriority, setStand, CHOICES, PRIORITIES } from '../src/worksheets/route';
import { launchChromium } from '../tests/support/browser';
import { startAppServer } from '../tests/support/appServer';
import { createSession, disconnectAll, joinAs } from '../tests/server/support';
import { joinSession, startSession } from '../tests/support/liveSession';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
mkdirSync('screenshots', { recursive: true });

/** A small deterministic random source, so the screenshots are the same every run. */
let seed = 20;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)];

const server = await startAppServer();
const http = server.url;
const ws = `${http.replace('http', 'ws')}/ws`;
const browser = await launchChromium();
try {
  const event = await (await fetch(`${http}/api/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ title: 'Netwerkdag informatiemanagers, 12 juni' }) })).json() as { code: string; organiserKey: string };
  const schools = ['ROC Voorbeeld', '', 'Vakcollege Rivierland', '', '', 'mbo De Horst', '', ''];
  for (const [index, school] of schools.entries()) {
    const session = await createSession(http, school || `School ${index}`);
    await fetch(`${http}/api/sessions/${session.code}/event`, {
      method: 'PUT', headers: { 'content-type': 'application/json', authorization: `Bearer ${session.facilitatorKey}` }, body: JSON.stringify({ event: event.code, school }),
    });
    const level = 1 + random() * 3;
    for (let person = 0; person < 3 + (index % 4); person++) {
      const participant = await joinAs({ http, ws }, session.code, `Deelnemer ${person}`);
      participant.doc.transact(() => {
        for (const column of plate.worksheet.columns) {
          const bias = column.id === 'cyberweerbaarheid' ? 0.4 : column.id === 'digitale-soevereiniteit' ? -0.8 : 0;
          setStand(participant.doc, ROUTE_PLATE, participant.id, column.id, Math.max(1, Math.min(5, Math.round(level + bias + (random() - 0.5) * 2))));
          setPriority(participant.doc, ROUTE_PLATE, participant.id, column.id, pick(PRIORITIES));
          const leaning = column.id === 'cyberweerbaarheid' || column.id === 'leren-zonder-drempels' ? 'samen' : pick(CHOICES);
          for (const item of column.items ?? []) setChoice(participant.doc, ROUTE_PLATE, participant.id, item.id, random() < 0.6 ? leaning : pick(CHOICES));
        }
      });
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 1500));
  // A ninth school links through the app: the facilitator's tools, and what its participants see.
  const facilitator = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  const code = await startSession(facilitator, http, 'ROC Negen');
  await facilitator.click('.plate-tabs a[href$="/digitaliseringsroute"]');
  await facilitator.waitForSelector('[data-worksheet="digitaliseringsroute"]');
  const folded = facilitator.locator('.facilitator-controls.is-folded > details > summary');
  if (await folded.count()) await folded.click();
  await facilitator.locator('.event-link input[name="event-code"]').fill(event.code);
  await facilitator.locator('.event-link').screenshot({ path: 'screenshots/sector-link-form.png' });
  await facilitator.locator('.event-link button[type="submit"]').click();
  await facilitator.waitForSelector('.event-linked');
  await facilitator.locator('.event-link').screenshot({ path: 'screenshots/sector-link-linked.png' });
  const participant = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await joinSession(participant, http, code, 'Sanne');
  await participant.waitForSelector('.sharing-notice');
  await participant.screenshot({ path: 'screenshots/sector-participant.png' });
  console.log('wrote screenshots/sector-link-form.png, sector-link-linked.png and sector-participant.png');

  for (const [width, height, language] of [[1920, 1080, 'nl'], [1366, 657, 'nl'], [1366, 657, 'en']] as const) {
    const page = await browser.newPage({ viewport: { width, height } });
    await page.addInitScript((lang) => localStorage.setItem('praatplaten.language', lang), language);
    await page.goto(`${http}/sector/${event.code}#k=${event.organiserKey}`);
    await page.waitForSelector('[data-chart="spread"] svg');
    await page.waitForTimeout(500);
    const name = `sector-${width}x${height}${language === 'en' ? '-en' : ''}`;
    await page.screenshot({ path: `screenshots/${name}.png` });
    await page.screenshot({ path: `screenshots/${name}-full.png`, fullPage: true });
    console.log(`wrote screenshots/${name}.png and ${name}-full.png`);
    if (args.includes('--docs') && width === 1920) copyFileSync(`screenshots/${name}.png`, `docs/${name}.png`);
    if (width === 1920 && language === 'nl') {
      await page.emulateMedia({ media: 'print' });
      await page.pdf({ path: 'screenshots/sector-print.pdf', format: 'A4' });
      // What the page looks like on A4 paper (about 720 CSS pixels between the margins).
      await page.setViewportSize({ width: 720, height: 1020 });
      await page.waitForTimeout(300);
      await page.screenshot({ path: 'screenshots/sector-print.png', fullPage: true });
      console.log('wrote screenshots/sector-print.png and sector-print.pdf');
    }
    await page.close();
  }
} finally {
  disconnectAll();
  await browser.close();
  await server.close();
}

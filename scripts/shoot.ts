/**
 * Screenshots of plates at projector and laptop size, for looking at them:
 *   npm run shoot -- [plate-id ...] [--no-build] [--hotspot=id]
 * Writes screenshots/<plate>-<width>x<height>.png and lists regions whose text overflows.
 */
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { launchChromium } from '../tests/support/browser';
import { startAppServer } from '../tests/support/appServer';

const args = process.argv.slice(2);
if (!args.includes('--no-build')) execSync('npx vite build --logLevel warn', { stdio: 'inherit' });
const hotspot = args.find((arg) => arg.startsWith('--hotspot='))?.slice('--hotspot='.length);
const requested = args.filter((arg) => !arg.startsWith('--'));
const sizes = [
  { width: 1920, height: 1080 },
  { width: 1366, height: 768 },
];

mkdirSync('screenshots', { recursive: true });
const server = await startAppServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(server.url);
  const plateIds = requested.length
    ? requested
    : await page.$$eval('[data-plate-link]', (links) => links.map((link) => link.getAttribute('data-plate-link')!));
  await page.setViewportSize(sizes[0]);
  await page.screenshot({ path: 'screenshots/home-1920x1080.png' });
  for (const plateId of plateIds) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size });
      await page.goto(`${server.url}/plaat/${plateId}${hotspot ? `/${hotspot}` : ''}`);
      await page.waitForSelector('.plate-canvas canvas');
      await page.waitForTimeout(300);
      const file = `screenshots/${plateId}${hotspot ? `-${hotspot}` : ''}-${size.width}x${size.height}.png`;
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      await page.close();
    }
    await page.goto(`${server.url}/plaat/${plateId}`);
    await page.waitForSelector('.plate-canvas canvas');
    for (const language of ['nl', 'en']) {
      if (language === 'en') {
        await page.click('.language-switch');
        await page.waitForTimeout(200);
      }
      const regions = await page.getAttribute('.plate-canvas', 'data-overflowing-regions');
      console.log(regions ? `${plateId} [${language}]: text overflows in: ${regions}` : `${plateId} [${language}]: no overflowing text`);
      if (language === 'en') await page.click('.language-switch');
    }
  }
} finally {
  await browser.close();
  await server.close();
}

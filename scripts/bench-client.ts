/**
 * Client benchmark (not a test): prints
 *  1. gzipped JavaScript of the first load (budget 250 KB),
 *  2. time from navigation to the first plate drawn, headless Chromium on loopback (budget 1 s),
 *  3. frame times while zooming and panning a plate (budget p95 16.7 ms).
 * Run with `npm run bench:client` (builds first).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium } from '../tests/support/browser';
import { startAppServer } from '../tests/support/appServer';

const RUNS = Number(process.env.RUNS ?? 15);

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index];
}

function firstLoadScripts(): string[] {
  const html = readFileSync('dist/index.html', 'utf8');
  const sources = [...html.matchAll(/<(?:script[^>]*src|link[^>]*rel="modulepreload"[^>]*href)="([^"]+\.js)"/g)].map((match) => match[1]);
  return [...new Set(sources)];
}

const scripts = firstLoadScripts();
let gzipped = 0;
let raw = 0;
for (const src of scripts) {
  const bytes = readFileSync(join('dist', src));
  raw += bytes.length;
  gzipped += gzipSync(bytes, { level: 9 }).length;
}
console.log(`first-load JavaScript: ${scripts.length} file(s), ${(raw / 1024).toFixed(1)} KB raw, ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 250 KB)`);

const server = await startAppServer();
const browser = await launchChromium();
try {
  const home = await browser.newPage();
  await home.goto(server.url);
  const plateIds = await home.$$eval('[data-plate-link]', (links) => links.map((link) => link.getAttribute('data-plate-link')!));
  await home.close();
  const drawTimes: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    const plateId = plateIds[run % plateIds.length];
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/plaat/${plateId}`);
    const drawn = await page.waitForFunction(() => performance.getEntriesByName('plate-drawn')[0]?.startTime);
    drawTimes.push(Number(await drawn.jsonValue()));
    await context.close();
  }
  console.log(`navigation to first plate drawn (${RUNS} cold loads, 1920x1080): median ${quantile(drawTimes, 0.5).toFixed(0)} ms, p95 ${quantile(drawTimes, 0.95).toFixed(0)} ms, max ${Math.max(...drawTimes).toFixed(0)} ms (budget 1000 ms)`);

  const cases = [...plateIds.map((plateId) => ({ plateId, width: 1920, height: 1080 })), { plateId: plateIds[0], width: 1366, height: 768 }];
  for (const { plateId, ...size } of cases) {
    const page = await browser.newPage({ viewport: size });
    // tsx names functions with a helper that does not exist in the page.
    await page.addInitScript({ content: 'window.__name = (fn) => fn;' });
    await page.goto(`${server.url}/plaat/${plateId}`);
    await page.waitForFunction(() => performance.getEntriesByName('plate-drawn').length > 0);
    // Drive real input events, one step per animation frame, and record the frame intervals.
    const frames = await page.evaluate(async () => {
      const target = document.querySelector('.plate-canvas')!;
      const rect = target.getBoundingClientRect();
      const intervals: number[] = [];
      let last = performance.now();
      let step = 0;
      await new Promise<void>((resolve) => {
        const frame = (now: number) => {
          intervals.push(now - last);
          last = now;
          const x = rect.left + rect.width * (0.3 + 0.4 * Math.sin(step / 20));
          const y = rect.top + rect.height * (0.4 + 0.2 * Math.cos(step / 25));
          if (step % 120 < 60) {
            target.dispatchEvent(new WheelEvent('wheel', { deltaY: step % 120 < 30 ? -40 : 40, clientX: x, clientY: y, bubbles: true, cancelable: true }));
          } else {
            const type = step % 120 === 60 ? 'pointerdown' : 'pointermove';
            target.dispatchEvent(new PointerEvent(type, { pointerId: 1, pointerType: 'mouse', button: 0, clientX: x, clientY: y, bubbles: true }));
            if (step % 120 === 119) target.dispatchEvent(new PointerEvent('pointerup', { pointerId: 1, pointerType: 'mouse', clientX: x, clientY: y, bubbles: true }));
          }
          step++;
          if (step < 600) requestAnimationFrame(frame);
          else resolve();
        };
        requestAnimationFrame(frame);
      });
      return intervals.slice(5);
    });
    console.log(`frame time while zooming and panning (${plateId}, ${size.width}x${size.height}, ${frames.length} frames): median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms, ${((100 * frames.filter((frame) => frame > 20).length) / frames.length).toFixed(1)}% frames missed (budget p95 16.7 ms; intervals snap to the 60 Hz display, so 16.8 is on time)`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}

/**
 * The real app server and a real Chromium for one browser-test file: started
 * before its tests, closed after them. Read `harness.server` and
 * `harness.browser` inside tests, once they have started.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { startAppServer } from './appServer';

export interface BrowserHarness {
  server: Awaited<ReturnType<typeof startAppServer>>;
  browser: Browser;
}

export function useAppAndBrowser(): BrowserHarness {
  const harness = {} as BrowserHarness;
  beforeAll(async () => {
    harness.server = await startAppServer();
    harness.browser = await launchChromium();
  });
  afterAll(async () => {
    await harness.browser?.close();
    await harness.server?.close();
  });
  return harness;
}

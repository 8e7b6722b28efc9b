/** Browser steps shared by the live-session tests: start a session, join it, add a card. */
import type { Browser, Page } from 'playwright-core';

export async function newPage(browser: Browser, width = 1366, height = 768): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  return context.newPage();
}

/** The facilitator starts a session through the app and closes the invitation; returns the code. */
export async function startSession(page: Page, baseUrl: string, title = 'ROC Test, 12 maart'): Promise<string> {
  await page.goto(`${baseUrl}/sessie/nieuw`);
  await page.fill('#session-title', title);
  await page.fill('#facilitator-name', 'Marieke');
  await page.click('.stacked-form button[type="submit"]');
  await page.waitForSelector('.invite-dialog[open] .qr-code');
  const code = (await page.getAttribute('.invite-dialog [data-session-code]', 'data-session-code'))!;
  await page.click('.invite-dialog form button');
  await page.waitForSelector('[data-status="connected"]');
  return code;
}

/** A participant opens the join link (as from the QR code) and gives a display name. */
export async function joinSession(page: Page, baseUrl: string, code: string, name: string): Promise<void> {
  await page.goto(`${baseUrl}/doe-mee/${code}`);
  await page.fill('#join-name', name);
  await page.click('.stacked-form button[type="submit"]');
  await page.waitForSelector('[data-status="connected"]');
}

export async function addCard(page: Page, column: string, text: string): Promise<void> {
  await page.fill(`[data-add-card="${column}"] textarea`, text);
  await page.click(`[data-add-card="${column}"] button[type="submit"]`);
  await page.locator('.card', { hasText: text.slice(0, 20) }).first().waitFor();
}

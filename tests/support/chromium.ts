/**
 * Launches the distribution's Chromium (apt-get install chromium) through playwright-core,
 * so browser tests need no Playwright browser download (there is no internet in CI).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Keep Chromium from phoning home or waiting on services that do not exist offline.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The Chromium binary, or undefined when it is not installed. On CI (CI=true) a missing
 * browser throws instead, so the browser suite fails rather than silently skipping.
 */
export function findChromium(): string | undefined {
  if (fs.existsSync(CHROMIUM_PATH)) return CHROMIUM_PATH;
  const hint = `Chromium not found at ${CHROMIUM_PATH}: install it with "apt-get install -y chromium" or set CHROMIUM_PATH`;
  if (process.env.CI === 'true') throw new Error(hint);
  console.warn(`${hint}; skipping browser tests.`);
  return undefined;
}

export interface LaunchedChromium {
  context: BrowserContext;
  /** Closes the browser and deletes its profile. */
  close(): Promise<void>;
}

/** A fresh headless Chromium with its own throw-away profile. */
export async function launchChromium(executablePath: string): Promise<LaunchedChromium> {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'datamag360-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Opens `${baseUrl}/${query}` in a new tab and waits for the network to settle. The page's
 * uncaught errors and console errors go to `errors`, each after its query, so a test can
 * require none.
 */
export async function openPage(
  browser: LaunchedChromium,
  baseUrl: string,
  query: string,
  errors: string[],
): Promise<Page> {
  const page = await browser.context.newPage();
  page.on('pageerror', (e) => errors.push(`${query}: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`${query}: ${m.text()}`);
  });
  await page.goto(`${baseUrl}/${query}`, { waitUntil: 'networkidle' });
  return page;
}

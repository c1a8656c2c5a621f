import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Flags that let Debian's Chromium run headless as root on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** The Chromium to drive: CHROME_PATH when set, otherwise Debian's. Throws with how to get one. */
export function findChromium(): string {
  const fromEnv = process.env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(
      `CHROME_PATH is set to "${fromEnv}", but no file exists there. ` +
        'Point CHROME_PATH at a Chromium or Chrome binary, or unset it and run `apt-get install -y chromium`.',
    );
  }
  if (existsSync(DEFAULT_CHROMIUM)) return DEFAULT_CHROMIUM;
  throw new Error(
    'The end-to-end tests need Chromium, and none was found at /usr/bin/chromium. ' +
      'Install it with `apt-get update && apt-get install -y chromium`, ' +
      'or set CHROME_PATH to a Chromium or Chrome binary.',
  );
}

/** A headless Chromium with a fresh profile (playwright's launch gives each browser its own). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_ARGS });
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
  close(): Promise<void>;
}

export interface OpenBrowserOptions {
  readonly viewport?: { readonly width: number; readonly height: number };
  /**
   * Lets the test inject scripts (axe-core) into a page whose policy forbids inline script.
   * Only for tests that need it: everywhere else the real policy must hold.
   */
  readonly bypassCSP?: boolean;
}

/** A fresh context (its own storage) and page in `browser`; `close()` ends the context. */
export async function openPage(
  browser: Browser,
  options: OpenBrowserOptions = {},
): Promise<BrowserSession> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 420, height: 900 },
    bypassCSP: options.bypassCSP ?? false,
    reducedMotion: 'reduce',
    // Dates are typed month, day, year, as a caller in the US would.
    locale: 'en-US',
  });
  // Fail within the test's time budget, with Playwright's own message about what it waited for.
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  return { browser, context, page, close: () => context.close() };
}

/** A browser of its own, one context and one page; `close()` ends them all. */
export async function openBrowser(options: OpenBrowserOptions = {}): Promise<BrowserSession> {
  const browser = await launchChromium();
  try {
    const session = await openPage(browser, options);
    return { ...session, close: () => browser.close() };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

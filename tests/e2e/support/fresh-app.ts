import type { Page } from 'playwright-core';
import { openApp } from './call-coach';
import { openBrowser, type BrowserSession, type OpenBrowserOptions } from './chromium';
import { makeTempDir, startPreview, type Preview } from './preview';

export interface FreshApp {
  readonly dataDir: string;
  readonly preview: Preview;
  readonly session: BrowserSession;
  readonly page: Page;
}

/** A preview on an empty data folder, open in a fresh browser. Tear down with `cleanUp(session)`. */
export async function openFreshApp(options: OpenBrowserOptions = {}): Promise<FreshApp> {
  const dataDir = await makeTempDir();
  const preview = await startPreview({ dataDir });
  const session = await openBrowser(options);
  await openApp(session.page, preview.url);
  return { dataDir, preview, session, page: session.page };
}

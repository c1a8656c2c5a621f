import { readFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security-policy';
import { openBrowser, type BrowserSession } from './support/chromium';
import {
  collectPageProblems,
  endCall,
  importReport,
  isoDateFromToday,
  showView,
  startCall,
  toggleStepWithKeyboard,
  typeNotes,
  waitForAppReady,
  waitForNotesSaved,
} from './support/call-coach';
import { cleanUp, makeTempDir, PROJECT_ROOT, startPreview } from './support/preview';

const AGING_REPORT = path.join(PROJECT_ROOT, 'tests/fixtures/aging-reports/generic.csv');
const CUSTOMER = 'Quarry Hill Outfitters';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

interface Recorder {
  /** Every URL the page asked for, by every route Chromium reports one. */
  readonly urls: Set<string>;
  /** Invoke channels the page called, to show the recorder saw the work being done. */
  readonly channels: Set<string>;
}

/**
 * Records every request: Playwright's context-level `request` (pages, workers, service workers),
 * web sockets, and CDP's Network domain, which also reports what Playwright leaves out (beacons,
 * prefetches, preloads, fonts, redirects).
 */
async function recordRequests(context: BrowserContext, page: Page): Promise<Recorder> {
  const urls = new Set<string>();
  const channels = new Set<string>();
  const add = (url: string) => {
    urls.add(url);
    const invoke = /\/api\/invoke\/([^?]+)/.exec(url);
    if (invoke) channels.add(decodeURIComponent(invoke[1]!));
  };
  context.on('request', (request) => add(request.url()));
  page.on('websocket', (socket) => add(socket.url()));
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => {
    add(event.request.url);
    if (event.redirectResponse) add(event.redirectResponse.url);
  });
  cdp.on('Network.webSocketCreated', (event) => add(event.url));
  cdp.on('Network.webTransportCreated', (event) => add(event.url));
  await cdp.send('Network.enable');
  return { urls, channels };
}

/** The URLs that would reach anything but the preview: another origin, or a scheme with none. */
function leaving(urls: Iterable<string>, ownOrigin: string): string[] {
  // A data: URL carries its bytes in the URL itself (the policy allows them for images only):
  // nothing is sent for it. A blob: URL made by the page has the page's origin.
  return [...urls].filter((url) => !url.startsWith('data:') && new URL(url).origin !== ownOrigin);
}

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

/** Takes a whole call with a capture, a step and notes, on the imported customer. */
async function takeCall(page: Page): Promise<void> {
  await showView(page, 'Call');
  await startCall(page, {
    customer: CUSTOMER,
    contact: 'Robin',
    invoice: '000140',
    amountDue: '980',
  });
  await toggleStepWithKeyboard(page, 'Prepare');
  await toggleStepWithKeyboard(page, 'Acknowledge the issue');
  await page.keyboard.press('Alt+Shift+M');
  const mail = page.getByRole('region', { name: 'Check in the mail', exact: true });
  await mail.getByRole('textbox', { name: 'Check number' }).fill('10482');
  await page.keyboard.press('Tab');
  await typeNotes(page, 'Check 10482 mailed to the lockbox on Tuesday.');
  await waitForNotesSaved(page);
  await endCall(page, {
    outcome: 'Check in the mail',
    nextAction: 'Confirm the check has cleared',
    due: isoDateFromToday(3),
  });
}

/** Opens the last call's recap, copies it and saves it as a draft (.eml), a download. */
async function copyAndSaveRecap(page: Page): Promise<string> {
  await showView(page, 'Call');
  await page.getByText(`Recap e-mail to ${CUSTOMER}`).click();
  const recap = page.getByRole('form', { name: 'Recap e-mail' });
  await recap.getByLabel('Message').waitFor();
  await recap.getByRole('button', { name: 'Copy' }).click();
  await recap.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
  const downloading = page.waitForEvent('download');
  await recap.getByRole('button', { name: 'Save as draft (.eml)' }).click();
  return (await downloading).suggestedFilename();
}

/** Exports History's calls as CSV, a download. */
async function exportHistory(page: Page): Promise<string> {
  await showView(page, 'History');
  await page.getByRole('heading', { name: 'History', level: 2 }).waitFor();
  await page.getByRole('list', { name: 'Past calls' }).getByRole('button').first().waitFor();
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export these calls' }).click();
  return (await downloading).suggestedFilename();
}

describe('no byte leaves the machine', () => {
  it('asks only the preview itself for anything, through a call, an import, the recap and an export', async () => {
    const preview = await startPreview({ dataDir: await makeTempDir() });
    const ownOrigin = new URL(preview.url).origin;
    session = await openBrowser();
    const { context, page } = session;
    const problems = collectPageProblems(page);
    const recorded = await recordRequests(context, page);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ownOrigin });

    const response = await page.goto(preview.url);
    await waitForAppReady(page);
    await importReport(page, AGING_REPORT, /Imported \d+ invoices/);
    await takeCall(page);
    const draft = await copyAndSaveRecap(page);
    const exported = await exportHistory(page);

    // Each step ran, and the recorder saw it: its requests went through it.
    expect(draft).toMatch(/\.eml$/);
    expect(exported).toMatch(/\.csv$/);
    for (const channel of [
      'imports:read',
      'imports:apply',
      'calls:start',
      'calls:apply',
      'calls:recap-draft',
      'exports:run',
    ]) {
      expect(recorded.channels, channel).toContain(channel);
    }
    expect([...recorded.urls].some((url) => url.endsWith('/api/events'))).toBe(true);
    expect(recorded.urls.size).toBeGreaterThan(10);
    expect(leaving(recorded.urls, ownOrigin)).toEqual([]);
    // Nothing was refused by the policy either: nothing even tried.
    expect(problems).toEqual([]);

    // The page's policy allows connections to the page's own origin only.
    const policy = response?.headers()['content-security-policy'] ?? '';
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const byName = directives(policy);
    expect(byName.get('connect-src')).toEqual(["'self'"]);
    expect(byName.get('default-src')).toEqual(["'none'"]);
    // No directive names a host, a scheme of hosts or a wildcard.
    for (const [name, values] of byName) {
      for (const value of values) {
        expect(["'self'", "'none'", 'data:'], `${name} ${value}`).toContain(value);
      }
    }
    // The page carries the same policy in its own meta tag.
    const meta = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(directives(meta ?? '').get('connect-src')).toEqual(["'self'"]);
  });
});

/** Whether a TCP connection to `host`:`port` is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 3_000 });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/**
 * The local addresses of the sockets listening on `port`, as the kernel reports them (Linux's
 * /proc/net/tcp and tcp6): what the server's `address()` is, seen from outside its process.
 */
async function listeningAddresses(port: number): Promise<string[]> {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    const text = await readFile(table, 'utf8').catch(() => '');
    for (const line of text.split('\n').slice(1)) {
      const [, local = '', , state] = line.trim().split(/\s+/);
      const [address = '', localPort] = local.split(':');
      // 0A: LISTEN. IPv4 addresses are little-endian hex: 0100007F is 127.0.0.1.
      if (state !== '0A' || localPort !== hexPort) continue;
      found.push(
        address.length === 8
          ? [3, 2, 1, 0]
              .map((byte) => parseInt(address.slice(2 * byte, 2 * byte + 2), 16))
              .join('.')
          : `ipv6:${address}`,
      );
    }
  }
  return found;
}

describe('the preview server listens on the loopback address only', () => {
  it('takes connections on 127.0.0.1 and on no other address of this machine', async () => {
    const preview = await startPreview({ dataDir: await makeTempDir() });

    expect(new URL(preview.url).hostname).toBe('127.0.0.1');
    expect(await listeningAddresses(preview.port)).toEqual(['127.0.0.1']);
    expect(await accepts('127.0.0.1', preview.port)).toBe(true);
    // A server bound to every address (0.0.0.0) would take these too.
    expect(await accepts('127.0.0.2', preview.port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((entry) => entry !== undefined && !entry.internal && entry.family === 'IPv4')
      .map((entry) => entry!.address);
    for (const address of external) {
      expect(await accepts(address, preview.port), address).toBe(false);
    }
  });
});

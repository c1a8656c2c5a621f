import type { BrowserSession } from './support/chromium';
import {
  checkedSteps,
  notesBox,
  openApp,
  sleep,
  startCall,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
  endCall,
  isoDateFromToday,
  waitUntil,
} from './support/call-coach';
import { openFreshApp, type FreshApp } from './support/fresh-app';
import { cleanUp, startPreview, type Preview } from './support/preview';
import type { Page } from 'playwright-core';

const REOPENED =
  'Reopened your unfinished call. Call Coach stopped unexpectedly; everything saved before then is here.';

/**
 * The autosave promise: a save goes out at most 1 s after the first unsaved keystroke, even while
 * the caller keeps typing. This leaves a quarter second for the save itself on a busy machine.
 */
const MAX_LOSS_MS = 1_250;

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

/** SIGKILLs the preview, starts a new one on the same data and opens it in the same page. */
async function crashAndReopen(page: Page, preview: Preview, dataDir: string): Promise<Preview> {
  await preview.kill();
  expect(preview.process.signalCode).toBe('SIGKILL');
  const next = await startPreview({ dataDir });
  await openApp(page, next.url);
  return next;
}

/** A preview on an empty data folder, open in a fresh browser torn down after the test. */
async function openAppOnFreshData(): Promise<FreshApp> {
  const app = await openFreshApp();
  session = app.session;
  return app;
}

async function expectReopened(page: Page): Promise<void> {
  await page.getByRole('status').filter({ hasText: REOPENED }).waitFor();
  await page.getByRole('heading', { name: 'Contoso Ltd', level: 2 }).waitFor();
}

describe('after the preview is killed mid-call', () => {
  it('reopens the unfinished call with the exact notes and checked steps', async () => {
    const { dataDir, preview, page } = await openAppOnFreshData();
    await startCall(page, { customer: 'Contoso Ltd', invoice: 'INV-881', amountDue: '1,250.00' });

    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await toggleStepWithKeyboard(page, 'Probe "the check is in the mail"');
    // Quotes, an em dash, accents, an emoji and a line break: stored and given back exactly.
    const notes =
      'Says the check “went out Friday” — #5512, $1,250.00.\nCall back Zoë on ext. 204 🙂 ';
    await typeNotes(page, notes);
    await waitForNotesSaved(page);
    await sleep(1_000);

    await crashAndReopen(page, preview, dataDir);
    await expectReopened(page);
    expect(await notesBox(page).inputValue()).toBe(notes);
    expect(await checkedSteps(page)).toEqual([
      'Acknowledge the issue',
      'Probe "the check is in the mail"',
    ]);
    await page.getByText('Inv INV-881 · $1,250.00', { exact: true }).waitFor();

    // The reopened call carries on: more notes save, and it can be ended.
    await typeNotes(page, 'Reopened and continued.');
    await waitForNotesSaved(page);
    expect(await notesBox(page).inputValue()).toBe(`${notes}Reopened and continued.`);
    await endCall(page, { outcome: 'Voicemail', due: isoDateFromToday(1) });
    await page.getByText('Call with Contoso Ltd saved to History.').waitFor();
  });

  it('keeps everything typed more than about a second before the kill, while typing never stops', async () => {
    const { dataDir, preview, page } = await openAppOnFreshData();
    await startCall(page, { customer: 'Contoso Ltd' });
    await toggleStepWithKeyboard(page, 'Empathize');
    await notesBox(page).focus();

    // Type without pausing (well under the 300 ms debounce), noting when each key had landed.
    const sentence = 'Promised payment by the 30th, will email remittance advice. ';
    const typed: { text: string; at: number }[] = [];
    let text = '';
    let isTyping = true;
    const typing = (async () => {
      for (let index = 0; isTyping; index += 1) {
        const char = sentence[index % sentence.length]!;
        await page.keyboard.type(char);
        text += char;
        typed.push({ text, at: Date.now() });
        await sleep(40);
      }
    })();

    await sleep(4_000);
    const killedAt = Date.now();
    await preview.kill();
    isTyping = false;
    await typing;
    expect(typed.length).toBeGreaterThan(40);

    const next = await startPreview({ dataDir });
    await openApp(page, next.url);
    await expectReopened(page);
    const recovered = await notesBox(page).inputValue();
    const mustHave = typed.filter((entry) => entry.at < killedAt - MAX_LOSS_MS).at(-1)!.text;

    // What came back is exactly something that was typed (never a mix or a garbled text) ...
    expect(
      text.startsWith(recovered),
      `recovered notes are not a prefix of the typed text: ${JSON.stringify(recovered)}`,
    ).toBe(true);
    // ... and no shorter than what was typed more than MAX_LOSS_MS before the kill.
    const lostMs = killedAt - (typed.find((entry) => entry.text === recovered)?.at ?? 0);
    expect(
      recovered.length,
      `the last ${lostMs} ms of typing before the kill were lost`,
    ).toBeGreaterThanOrEqual(mustHave.length);
    expect(await checkedSteps(page)).toEqual(['Empathize']);
  });

  it('keeps the last words when the kill comes only a second after the last keystroke', async () => {
    const { dataDir, preview, page } = await openAppOnFreshData();
    await startCall(page, { customer: 'Contoso Ltd' });

    const notes = 'Disputes line 3. Credit note requested; AP contact is Priya.';
    await typeNotes(page, notes, 20);
    // No waiting for "All notes saved": the kill comes a second after the last key, whatever shows.
    await sleep(1_000);
    await crashAndReopen(page, preview, dataDir);
    await expectReopened(page);
    expect(await notesBox(page).inputValue()).toBe(notes);
  });
});

/** Whether any status region says the call was reopened. */
async function saysReopened(page: Page): Promise<boolean> {
  return (
    (await page.getByRole('status').filter({ hasText: 'Reopened your unfinished call' }).count()) >
    0
  );
}

async function waitForCall(page: Page): Promise<void> {
  await page.getByRole('heading', { name: 'Contoso Ltd', level: 2 }).waitFor();
}

describe('when Call Coach did not stop unexpectedly', () => {
  it('shows the open call after a reload and after a clean stop without saying it was reopened', async () => {
    const { dataDir, preview, page } = await openAppOnFreshData();
    await startCall(page, { customer: 'Contoso Ltd' });
    await typeNotes(page, 'Still on the line.');
    await waitForNotesSaved(page);

    await page.reload();
    await waitForCall(page);
    expect(await saysReopened(page)).toBe(false);

    await preview.stop();
    const next = await startPreview({ dataDir });
    await openApp(page, next.url);
    await waitForCall(page);
    expect(await saysReopened(page)).toBe(false);
    expect(await notesBox(page).inputValue()).toBe('Still on the line.');
  });
});

describe('after a crash, reloading', () => {
  it('still says reopened until the caller carries on in the call, and not after', async () => {
    const { dataDir, preview, page } = await openAppOnFreshData();
    await startCall(page, { customer: 'Contoso Ltd' });
    await typeNotes(page, 'Line dropped.');
    await waitForNotesSaved(page);
    await sleep(1_000);

    await crashAndReopen(page, preview, dataDir);
    await expectReopened(page);
    await page.reload();
    await expectReopened(page);

    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await waitUntil(async () => !(await saysReopened(page)), 'the reopened notice to go');
    await page.reload();
    await waitForCall(page);
    expect(await saysReopened(page)).toBe(false);
  });
});

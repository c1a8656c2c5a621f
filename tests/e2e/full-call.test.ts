import { openBrowser, type BrowserSession } from './support/chromium';
import {
  checkedSteps,
  checklist,
  collectPageProblems,
  endCall,
  isoDateFromToday,
  isFocused,
  notesBox,
  openApp,
  STEP_TITLES,
  startCall,
  stepCheckbox,
  toggleStepWithKeyboard,
  typeNotes,
  waitForNotesSaved,
} from './support/call-coach';
import { cleanUp, makeTempDir, startPreview } from './support/preview';

const NOTES =
  'Invoice went out with the wrong quantity.\nCheck #10482 mailed Tuesday to the lockbox, covers INV-20417 in full.';

let session: BrowserSession | undefined;

afterEach(async () => {
  await cleanUp(session);
  session = undefined;
});

describe('a whole call, from the start form to History', () => {
  it('starts, coaches, saves the notes, ends, and still shows in History after a restart', async () => {
    const dataDir = await makeTempDir();
    const first = await startPreview({ dataDir });
    session = await openBrowser();
    const { page } = session;
    const problems = collectPageProblems(page);
    await openApp(page, first.url);

    await startCall(page, {
      customer: 'Northwind Traders',
      accountNumber: 'ACME-7781',
      invoice: 'INV-20417',
      amountDue: '4860',
    });

    // The call header: who and what.
    await page.getByRole('heading', { name: 'Northwind Traders', level: 2 }).waitFor();
    await page.getByText('Inv INV-20417 · $4,860.00', { exact: true }).waitFor();

    // Seven steps, in playbook order, none done, the first one current, its prompt on the card.
    const items = checklist(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('checkbox') });
    expect(await items.count()).toBe(7);
    for (const [index, title] of STEP_TITLES.entries()) {
      expect(
        await items.nth(index).getByRole('checkbox', { name: title, exact: true }).count(),
      ).toBe(1);
      expect(await stepCheckbox(page, title).isChecked()).toBe(false);
    }
    expect(await items.first().getAttribute('aria-current')).toBe('step');
    await page
      .getByText('Before you dial: history, open invoices, terms, past promises, last contact.')
      .waitFor();

    // Check steps from the keyboard; one is checked and unchecked again.
    await toggleStepWithKeyboard(page, 'Prepare');
    await toggleStepWithKeyboard(page, 'Acknowledge the issue');
    await toggleStepWithKeyboard(page, 'Empathize');
    await toggleStepWithKeyboard(page, 'Give recognition');
    await toggleStepWithKeyboard(page, 'Give recognition');
    await toggleStepWithKeyboard(page, 'Leave an action');
    expect(await checkedSteps(page)).toEqual([
      'Prepare',
      'Acknowledge the issue',
      'Empathize',
      'Leave an action',
    ]);
    // The guidance moves on to the first open step.
    await page.getByText('Say something true and specific that you value about them.').waitFor();

    await typeNotes(page, NOTES);
    expect(await notesBox(page).inputValue()).toBe(NOTES);
    await waitForNotesSaved(page);

    await endCall(page, {
      outcome: 'Callback requested',
      nextAction: 'Call back once the corrected invoice is out',
      due: isoDateFromToday(2),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Call with Northwind Traders saved to History.' })
      .waitFor();
    await page.getByRole('heading', { name: 'Start a call' }).waitFor();
    expect(await checklist(page).count()).toBe(0);

    // Restart the preview on the same data, same port, and reload.
    await first.stop();
    await startPreview({ dataDir, port: first.port });
    await page.reload();
    await page.getByRole('heading', { name: 'Start a call' }).waitFor();

    const historyTab = page
      .getByRole('navigation', { name: 'Views' })
      .getByRole('button', { name: 'History' });
    await historyTab.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'History', level: 2 }).waitFor();
    expect(await historyTab.getAttribute('aria-current')).toBe('page');

    const rows = page.getByRole('list', { name: 'Past calls' }).getByRole('button');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    const row = rows.first();
    const rowText = await row.innerText();
    expect(rowText).toContain('Northwind Traders');
    expect(rowText).toContain('4 of 7 steps');
    expect(rowText).toContain('Callback requested');

    // Search finds it by what was said in the notes, and says so when nothing matches.
    const search = page.getByRole('searchbox', { name: 'Search calls' });
    await search.focus();
    await page.keyboard.type('lockbox');
    await page
      .getByRole('list', { name: 'Past calls' })
      .getByRole('button', { name: /Northwind Traders/ })
      .waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('nothing-like-this');
    await page.getByText('No calls match “nothing-like-this”.').waitFor();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await row.waitFor();

    await row.focus();
    await page.keyboard.press('Enter');
    const detailHeading = page.getByRole('heading', { name: 'Northwind Traders', level: 2 });
    await detailHeading.waitFor();
    // Focus moves to the opened call, so a screen reader starts there.
    expect(await isFocused(detailHeading)).toBe(true);

    const savedNotes = notesBox(page);
    expect(await savedNotes.inputValue()).toBe(NOTES);
    expect(await savedNotes.isEditable()).toBe(false);

    const facts = await page.getByRole('article').innerText();
    expect(facts).toContain('INV-20417');
    expect(facts).toContain('ACME-7781');
    expect(facts).toContain('$4,860.00');

    const steps = page.getByRole('list', { name: 'Steps' }).getByRole('listitem');
    expect(await steps.count()).toBe(7);
    const stepLines = await steps.allInnerTexts();
    const expectedDone = [true, true, true, false, false, true, false];
    for (const [index, title] of STEP_TITLES.entries()) {
      const line = stepLines[index]!;
      expect(line).toContain(title);
      if (expectedDone[index]) expect(line).toMatch(/done at \d+:\d{2}/);
      else expect(line).toContain('not done');
    }

    // Back to the list with the keyboard.
    await page.getByRole('button', { name: 'Back to history' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('list', { name: 'Past calls' }).waitFor();

    expect(problems).toEqual([]);
  });
});

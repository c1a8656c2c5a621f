import type { Locator, Page } from 'playwright-core';
import type { Call } from '../../../shared/domain/call';

/** The default playbook's steps (version 4), in order, as the step strip names its checkboxes. */
export const STEP_TITLES = [
  'Prepare',
  'Acknowledge the issue',
  'Empathize',
  'Give recognition',
  'Probe "the check is in the mail"',
  'Leave an action',
  'Recap and follow up',
] as const;

export type StepTitle = (typeof STEP_TITLES)[number];

export interface CallDetails {
  readonly customer: string;
  readonly contact?: string;
  readonly accountNumber?: string;
  readonly invoice?: string;
  readonly amountDue?: string;
  /** YYYY-MM-DD */
  readonly dueOn?: string;
  readonly customerSince?: string;
}

/** Opens the app and waits until it has loaded (past "Loading…"). */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForAppReady(page);
}

/** The views kept in the header's menu rather than among the tabs. */
export type MenuView = 'Playbooks' | 'Settings';

/** The menu's item for a view; the menu must be open for it to be visible. */
export function menuItem(page: Page, view: MenuView): Locator {
  return page
    .getByRole('group', { name: 'More views' })
    .getByRole('button', { name: view, exact: true });
}

/** Opens a view from the header's menu with the mouse and waits for its heading. */
export async function openFromMenu(page: Page, view: MenuView): Promise<void> {
  await page.getByRole('button', { name: 'Menu', exact: true }).click();
  await menuItem(page, view).click();
  await page.getByRole('heading', { name: view, level: 2 }).waitFor();
}

/** Shows one of the header's tabs (Call, Follow-ups, History, Accounts) with the keyboard. */
export async function showView(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name });
  await tab.focus();
  await page.keyboard.press('Enter');
}

/** Imports a report through the Accounts view and waits for what it stored. */
export async function importReport(page: Page, file: string, stored: RegExp): Promise<void> {
  await showView(page, 'Accounts');
  await page.getByLabel('Choose an aging report (CSV)').setInputFiles(file);
  const importButton = page.getByRole('button', { name: /^Import \d+ invoices?$/ });
  await importButton.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('status').filter({ hasText: stored }).waitFor();
}

/** Either the start form or a running call is showing. */
export async function waitForAppReady(page: Page): Promise<void> {
  await page
    .getByRole('heading', { name: 'Start a call' })
    .or(page.getByRole('list', { name: 'Call steps' }))
    .waitFor();
}

export const startForm = {
  customer: (page: Page) => page.getByLabel(/^Customer(?! since)/),
  contact: (page: Page) => page.getByLabel('Contact', { exact: true }),
  accountNumber: (page: Page) => page.getByLabel('Account number'),
  invoice: (page: Page) => page.getByLabel('Invoice', { exact: true }),
  amountDue: (page: Page) => page.getByLabel('Amount due'),
  // Exact: the date's shortcut buttons are labelled "Due date: …" too.
  dueOn: (page: Page) => page.getByLabel('Due date', { exact: true }),
  customerSince: (page: Page) => page.getByLabel('Customer since'),
};

/** Fills the start form by its labels; fields left out are left as they are. */
export async function fillStartForm(page: Page, details: Partial<CallDetails>): Promise<void> {
  if (details.customer !== undefined) await startForm.customer(page).fill(details.customer);
  if (details.contact !== undefined) await startForm.contact(page).fill(details.contact);
  if (details.accountNumber !== undefined)
    await startForm.accountNumber(page).fill(details.accountNumber);
  if (details.invoice !== undefined) await startForm.invoice(page).fill(details.invoice);
  if (details.amountDue !== undefined) await startForm.amountDue(page).fill(details.amountDue);
  if (details.dueOn !== undefined) await typeDate(page, startForm.dueOn(page), details.dueOn);
  if (details.customerSince !== undefined)
    await startForm.customerSince(page).fill(details.customerSince);
}

/** A YYYY-MM-DD date as a caller in the US types it: `MM/DD/YYYY`. */
export function usDate(isoDate: string): string {
  const [year = '', month = '', day = ''] = isoDate.split('-');
  return `${month}/${day}/${year}`;
}

/**
 * Types a YYYY-MM-DD date into a date field the way a keyboard user does, in en-US order: over
 * whatever it held, as `MM/DD/YYYY` into the app's text date fields, or as digits into a native
 * date input (whose segments take digits and move on by themselves).
 */
export async function typeDate(page: Page, input: Locator, isoDate: string): Promise<void> {
  await input.focus();
  const isNative = (await input.getAttribute('type')) === 'date';
  if (isNative) {
    await page.keyboard.type(usDate(isoDate).replaceAll('/', ''));
    return;
  }
  await page.keyboard.press('Control+A');
  await page.keyboard.type(usDate(isoDate));
}

/** The step strip: one checkbox per step, named by its title. */
export function checklist(page: Page): Locator {
  return page.getByRole('list', { name: 'Call steps' });
}

export function stepCheckbox(page: Page, title: StepTitle): Locator {
  return checklist(page).getByRole('checkbox', { name: title, exact: true });
}

/** Fills the start form, submits it with Enter, and waits for the checklist. */
export async function startCall(page: Page, details: CallDetails): Promise<void> {
  await fillStartForm(page, details);
  await startForm.customer(page).focus();
  await page.keyboard.press('Enter');
  await checklist(page).waitFor();
}

/** Toggles a step the way a keyboard user does: focus its checkbox, press Space. */
export async function toggleStepWithKeyboard(page: Page, title: StepTitle): Promise<void> {
  const box = stepCheckbox(page, title);
  const wasChecked = await box.isChecked();
  await box.focus();
  await page.keyboard.press('Space');
  await waitUntil(async () => (await box.isChecked()) !== wasChecked, `"${title}" to toggle`);
}

export function notesBox(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Notes', exact: true });
}

/** Focuses the notes, moves to the very end, and types key by key. */
export async function typeNotes(page: Page, text: string, delayMs = 0): Promise<void> {
  await notesBox(page).focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text, { delay: delayMs });
}

export async function waitForNotesSaved(page: Page): Promise<void> {
  await page.getByText('All changes saved', { exact: true }).waitFor();
}

/** Which checklist steps are checked, by title. */
export async function checkedSteps(page: Page): Promise<string[]> {
  const done: string[] = [];
  for (const title of STEP_TITLES)
    if (await stepCheckbox(page, title).isChecked()) done.push(title);
  return done;
}

/** The text an element's aria-describedby points at: what a screen reader reads after its name. */
export async function accessibleDescription(locator: Locator): Promise<string> {
  return locator.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => element.ownerDocument.getElementById(id)?.textContent?.trim() ?? '')
      .join(' '),
  );
}

export async function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => element === element.ownerDocument.activeElement);
}

/** Polls until `condition` holds, or fails naming what it waited for. */
export async function waitUntil(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Messages that point at a real problem in the page: uncaught errors and Content Security
 * Policy violations. (Failed requests to a stopped preview are expected and not collected.)
 */
export function collectPageProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text()))
      problems.push(`console: ${message.text()}`);
  });
  return problems;
}

export interface WrapUp {
  /** The outcome's label as listed; left as pre-filled when absent. */
  readonly outcome?: string;
  readonly nextAction?: string;
  /** YYYY-MM-DD */
  readonly due?: string;
}

/**
 * Ends the call the keyboard way: End call opens the wrap-up, the outcome and the next action are
 * filled in, and the wrap-up's own End call button (Enter) ends it. Waits for the start form.
 */
export async function endCall(page: Page, wrapUp: WrapUp = {}): Promise<void> {
  await page.getByRole('button', { name: 'End call' }).focus();
  await page.keyboard.press('Enter');
  const form = wrapUpForm(page);
  await form.waitFor();
  if (wrapUp.outcome !== undefined) {
    await form.getByLabel('Outcome').selectOption({ label: wrapUp.outcome });
  }
  if (wrapUp.nextAction !== undefined) await form.getByLabel('Next action').fill(wrapUp.nextAction);
  if (wrapUp.due !== undefined) {
    await typeDate(page, form.getByLabel(/^(Due|Try again on)/), wrapUp.due);
  }
  await form.getByRole('button', { name: 'End call' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Start a call' }).waitFor();
}

export function wrapUpForm(page: Page): Locator {
  return page.getByRole('region', { name: 'Wrap up' });
}

/** A date `days` from today in the machine's own time zone, as YYYY-MM-DD. */
export function isoDateFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The newest ended call exactly as main stored it, read back through the app's own API. */
export async function newestStoredCall(page: Page): Promise<Call> {
  return page.evaluate(async () => {
    const api = window.callCoach!;
    const history = await api.calls.history({ search: '', after: null, limit: 1 });
    if (!history.ok || !history.value.items[0]) throw new Error('No call in History');
    const call = await api.calls.get(history.value.items[0].id);
    if (!call.ok) throw new Error(call.error.message);
    return call.value;
  });
}

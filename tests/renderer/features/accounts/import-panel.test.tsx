import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../../renderer/features/accounts/import-panel';
import { IMPORT_FILE_MAX_BYTES } from '../../../../shared/domain/imports';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type TestApi } from '../../../support/test-api';

const HEADER = 'Customer,Invoice number,Invoice date,Due date,Amount,Open balance';

/**
 * A generic aging report as an accounting system exports it: a title block with its date, the
 * header on line 5, four invoice lines (line 9 has no invoice number) and the report's total.
 */
const REPORT = [
  'Acme Ltd',
  'A/R Aging Summary',
  '"As of November 30, 2026"',
  '',
  HEADER,
  'Bright Dental,INV-1001,10/01/2026,10/31/2026,"1,200.00","1,200.00"',
  'Bright Dental,INV-1002,10/15/2026,11/14/2026,300.00,150.00',
  'Harbor Freight Co,INV-2001,09/20/2026,10/20/2026,"5,000.00","5,000.00"',
  'Harbor Freight Co,,09/21/2026,10/21/2026,50.00,50.00',
  'Total,,,,,"6,350.00"',
].join('\n');

/** A month later: INV-1002 has been paid, so the report no longer lists it. */
const NEXT_REPORT = [
  'Acme Ltd',
  'A/R Aging Summary',
  '"As of December 31, 2026"',
  '',
  HEADER,
  'Bright Dental,INV-1001,10/01/2026,10/31/2026,"1,200.00","1,200.00"',
  'Harbor Freight Co,INV-2001,09/20/2026,10/20/2026,"5,000.00","5,000.00"',
  'Total,,,,,"6,200.00"',
].join('\n');

/**
 * Headings no reader recognises, under a line as wide as they are: main takes that first line for
 * the header, a guess the caller corrects.
 */
const UNNAMED_COLUMNS = [
  'Report,made,by,Acme,Ltd,today',
  'Who,What,When,By,Billed,Owing',
  'Bright Dental,INV-1001,10/01/2026,10/31/2026,1200.00,1200.00',
  'Harbor Freight Co,INV-2001,09/20/2026,10/20/2026,5000.00,5000.00',
].join('\n');

/** A file as the file picker hands it over. jsdom's File has no `arrayBuffer()`; browsers' do. */
function csvFile(text: string, options: { name?: string; size?: number } = {}) {
  const bytes = new TextEncoder().encode(text);
  const file = new File([bytes], options.name ?? 'aging.csv', { type: 'text/csv' });
  const arrayBuffer = vi.fn(() => Promise.resolve(bytes.slice().buffer));
  Object.defineProperty(file, 'arrayBuffer', { value: arrayBuffer });
  if (options.size !== undefined) Object.defineProperty(file, 'size', { value: options.size });
  return { file, arrayBuffer };
}

/** A report of `count` invoices for as many customers: long enough to watch being read. */
function longReport(count: number): string {
  const lines = [HEADER];
  for (let index = 1; index <= count; index += 1) {
    lines.push(`Customer ${index},INV-${index},10/01/2026,10/31/2026,100.00,100.00`);
  }
  return lines.join('\n');
}

function renderPanel(testApi: TestApi = createTestApi()) {
  return { ...renderWithStores(<ImportPanel />, testApi), user: userEvent.setup() };
}

type User = ReturnType<typeof userEvent.setup>;

const fileInput = () => screen.getByLabelText<HTMLInputElement>('Choose an aging report (CSV)');

async function choose(user: User, text: string) {
  await user.upload(fileInput(), csvFile(text).file);
}

// The first read starts main's import worker from source, which takes a few seconds.
const WORKER_START = { timeout: 30_000 };

const findPreview = (name = 'aging.csv') =>
  screen.findByRole('region', { name: `Preview of “${name}”` }, WORKER_START);

const findStatus = (text: string | RegExp) =>
  waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(text), WORKER_START);

async function importShown(user: User) {
  const preview = await findPreview();
  await user.click(within(preview).getByRole('button', { name: /^Import \d+ invoices?$/ }));
}

/** The preview's facts (layout, As of…) as term → definition. */
function facts(preview: HTMLElement): Record<string, string> {
  const terms = within(preview).getAllByRole('term');
  const definitions = within(preview).getAllByRole('definition');
  return Object.fromEntries(
    terms.map((term, index) => [term.textContent, definitions[index]?.textContent ?? '']),
  );
}

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

// Each test starts main's real core and its import worker, which is slow on a busy machine.
describe('ImportPanel', { timeout: 90_000 }, () => {
  it('offers a labelled file input for CSV reports', () => {
    renderPanel();

    expect(fileInput()).toHaveAttribute('type', 'file');
    expect(fileInput()).toHaveAttribute('accept', '.csv,.txt,text/csv');
  });

  it('previews the layout, the As of date and what importing would change, and focuses it', async () => {
    const { user } = renderPanel();

    await choose(user, REPORT);

    const preview = await findPreview();
    expect(within(preview).getByRole('heading', { name: 'Preview of “aging.csv”' })).toHaveFocus();
    expect(facts(preview)).toEqual({
      Layout: 'Recognised by its column names',
      'As of': 'Nov 30, 2026',
      Read: '3 invoice lines of 10 lines',
    });
    expect(preview).toHaveTextContent('Will create 2 accounts and 3 invoices.');
    expect(within(preview).getByRole('list', { name: 'Totals check' })).toHaveTextContent(
      '“Total” (line 10): 6,350.00, as the rows add up.',
    );
    expect(within(preview).getByRole('button', { name: 'Import 3 invoices' })).toBeEnabled();
  });

  it('lists each row it cannot use with its line number and why', async () => {
    const { user } = renderPanel();

    await choose(user, REPORT);

    const problems = within(await findPreview()).getByRole('list', {
      name: '1 row cannot be used and will be left out:',
    });
    expect(
      within(problems)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Line 9: no invoice number.']);
  });

  it('has no axe violations with the preview and its columns open', async () => {
    const { user } = renderPanel();
    await choose(user, REPORT);
    const preview = await findPreview();

    await user.click(within(preview).getByRole('button', { name: /^Columns:/ }));

    expect(await axeViolations()).toEqual([]);
  });

  it('shows each column with its heading, first values and what it holds, folded away when recognised', async () => {
    const { user } = renderPanel();
    await choose(user, REPORT);
    const preview = await findPreview();
    const toggle = within(preview).getByRole('button', {
      name: 'Columns: Recognised by its column names',
    });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await user.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const amount = within(preview).getByRole('combobox', { name: 'Column 5: Amount' });
    expect(amount).toHaveValue('amount');
    expect(amount).toHaveAccessibleDescription('First values: 1,200.00 · 300.00 · 5,000.00');
    expect(within(preview).getByRole('combobox', { name: 'Dates are written' })).toHaveTextContent(
      'Month first (10/01/2026 = 1 October)Day first (10/01/2026 = 10 January)',
    );
  });

  it('reads the file again with the columns the caller chose', async () => {
    const { user, testApi } = renderPanel();
    await choose(user, REPORT);
    const preview = await findPreview();
    await user.click(within(preview).getByRole('button', { name: /^Columns:/ }));

    // Read day-first, the due dates (10/31/2026…) are no dates at all; the amounts are left out.
    await user.selectOptions(within(preview).getByLabelText('Column 5: Amount'), 'Not used');
    await user.selectOptions(within(preview).getByLabelText('Dates are written'), 'day-first');
    await user.click(
      within(preview).getByRole('button', { name: 'Read again with these columns' }),
    );

    const problems = await screen.findByRole('list', {
      name: '4 rows cannot be used and will be left out:',
    });
    expect(problems).toHaveTextContent('Line 6: the due date "10/31/2026" is not a date.');
    expect(facts(screen.getByRole('region', { name: 'Preview of “aging.csv”' }))).toMatchObject({
      Layout: 'Your column mapping',
    });
    const [remap] = testApi.control.requestsTo('imports:remap');
    expect(remap?.[1]).toEqual({
      mapping: {
        headerLine: 5,
        roles: ['customer', 'invoiceNumber', 'invoiceDate', 'dueDate', 'ignore', 'openBalance'],
        dateOrder: 'day-first',
        decimalMark: '.',
      },
      isFullReport: true,
    });
  });

  it('imports the file and says what was stored in the status, which takes the focus', async () => {
    const { user } = renderPanel();
    await choose(user, REPORT);

    await importShown(user);

    await findStatus('Imported 3 invoices for 2 accounts as of Nov 30, 2026 (3 new).');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('region', { name: /^Preview/ })).not.toBeInTheDocument();
    expect(fileInput()).toBeInTheDocument();
  });

  it('finds nothing to change when the same file is imported again', async () => {
    const { user } = renderPanel();
    await choose(user, REPORT);
    await importShown(user);
    await findStatus(/^✓ Imported/);

    await choose(user, REPORT);

    const preview = await findPreview();
    expect(preview).toHaveTextContent('Nothing to change; 3 invoices unchanged.');
    await user.click(within(preview).getByRole('button', { name: 'Import 3 invoices' }));
    await findStatus('Imported 3 invoices for 2 accounts as of Nov 30, 2026; none had changed.');
  });

  it('closes invoices a full report no longer lists, unless the caller says it is not full', async () => {
    const { user, testApi } = renderPanel();
    await choose(user, REPORT);
    await importShown(user);
    await findStatus(/^✓ Imported/);

    await choose(user, NEXT_REPORT);
    const preview = await findPreview();
    expect(preview).toHaveTextContent('Will close 1 as paid; 2 unchanged.');
    const isFull = within(preview).getByRole('checkbox', {
      name: 'This report lists every open invoice (invoices it no longer lists are closed as paid)',
    });
    expect(isFull).toBeChecked();

    await user.click(isFull);

    await waitFor(() =>
      expect(preview).toHaveTextContent('Nothing to change; 2 invoices unchanged.'),
    );
    expect(isFull).not.toBeChecked();
    expect(testApi.control.requestsTo('imports:remap').at(-1)?.[1]).toEqual({
      mapping: null,
      isFullReport: false,
    });
  });

  it('refuses a file over the size limit before reading it', async () => {
    const { user, testApi } = renderPanel();
    const { file, arrayBuffer } = csvFile(REPORT, { size: IMPORT_FILE_MAX_BYTES + 1 });
    const limitMb = IMPORT_FILE_MAX_BYTES / (1024 * 1024);

    await user.upload(fileInput(), file);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('“aging.csv” was not read.');
    expect(alert).toHaveTextContent(
      `This file is ${limitMb}.1 MB, larger than the ${limitMb} MB an aging report can be, so it was not read.`,
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(testApi.control.requestsTo('imports:read')).toEqual([]);
  });

  it('says why main could not read a file, and that nothing was stored', async () => {
    const { user } = renderPanel();

    await choose(user, '\n\n');

    const alert = await screen.findByRole('alert', {}, WORKER_START);
    expect(alert).toHaveTextContent(
      /^⚠ “aging\.csv” was not read\.The file has no rows, only blank lines\..*Nothing was stored\.$/,
    );
    expect(alert).toHaveFocus();
    expect(fileInput()).toBeInTheDocument();
  });

  it('shows how far the read has got and stops it when Cancel is pressed', async () => {
    const { user, testApi } = renderPanel();

    await choose(user, longReport(50_000));

    const progress = screen.getByRole('progressbar', { name: 'Reading “aging.csv”' });
    expect(progress).toBeInTheDocument();
    await screen.findByText(/^[\d,]+ of [\d,]+ lines$/, undefined, WORKER_START);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));

    await findStatus('Stopped reading “aging.csv”. Nothing was stored.');
    expect(screen.getByRole('status')).toHaveFocus();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /^Preview/ })).not.toBeInTheDocument();
    expect(testApi.control.requestsTo('imports:cancel')).toHaveLength(1);
    expect(testApi.control.requestsTo('imports:apply')).toEqual([]);
  });

  it('says how to finish an import that was stopped', async () => {
    const { user, testApi } = renderPanel();
    const report = longReport(2_000);
    await choose(user, report);
    const preview = await findPreview();
    // Main takes up the import and the stop together, so the stop lands within the first of four
    // batches: before the worker stored it, or just after (which of the two is the worker's
    // timing), never at the end.
    const release = testApi.control.hold();
    await user.click(within(preview).getByRole('button', { name: /^Import 2,?000 invoices$/ }));
    await user.click(screen.getByRole('button', { name: 'Stop importing' }));
    release();

    await findStatus(
      /Stopped (before anything was stored|part-way: .+ were stored as of .+, and they stay)\. No invoices were closed as paid yet\. Import the same file again to finish; nothing is stored twice\.$/,
    );
    await choose(user, report);
    expect(await findPreview()).toHaveTextContent(
      /Will create \d[\d,]* accounts and \d[\d,]* invoices\./,
    );
  });

  it('closes the file without storing anything when Cancel is pressed in the preview', async () => {
    const { user, testApi } = renderPanel();
    await choose(user, REPORT);
    const preview = await findPreview();

    await user.click(within(preview).getByRole('button', { name: 'Cancel' }));

    await findStatus('Closed “aging.csv” without importing it. Nothing was stored.');
    expect(screen.getByRole('status')).toHaveFocus();
    const [importId] = testApi.control.requestsTo('imports:discard')[0] ?? [];
    expect(importId).toMatch(/\S/);
    expect(testApi.control.requestsTo('imports:apply')).toEqual([]);
  });

  it('lets the caller say which line holds the headings and what each column holds', async () => {
    const { user } = renderPanel();
    await choose(user, UNNAMED_COLUMNS);
    const preview = await findPreview();
    expect(preview).toHaveTextContent(
      'Check: no invoices could be read from this file, so there is nothing to import.',
    );
    expect(within(preview).getByRole('button', { name: 'Import' })).toBeDisabled();
    // Open by default: there is nothing to import until the columns are named.
    expect(
      within(preview).getByRole('button', { name: 'Columns: Not recognised' }),
    ).toHaveAttribute('aria-expanded', 'true');
    const headerLine = within(preview).getByRole('textbox', {
      name: 'Line with the column headings',
    });
    expect(headerLine).toHaveValue('1');

    await user.clear(headerLine);
    await user.type(headerLine, '2');
    await user.click(
      within(preview).getByRole('button', { name: 'Read again with these columns' }),
    );
    await within(preview).findByRole('combobox', { name: 'Column 1: Who' });
    const roles = ['Customer', 'Invoice number', 'Invoice date', 'Due date', 'Invoice amount'];
    for (const [index, heading] of ['Who', 'What', 'When', 'By', 'Billed'].entries()) {
      await user.selectOptions(
        within(preview).getByRole('combobox', { name: `Column ${index + 1}: ${heading}` }),
        roles[index]!,
      );
    }
    await user.selectOptions(
      within(preview).getByRole('combobox', { name: 'Column 6: Owing' }),
      'Open balance',
    );
    await user.click(
      within(preview).getByRole('button', { name: 'Read again with these columns' }),
    );

    await waitFor(() =>
      expect(preview).toHaveTextContent('Will create 2 accounts and 2 invoices.'),
    );
    expect(facts(preview)).toMatchObject({ Layout: 'Your column mapping' });
  });

  it('asks for a line in the file before reading it again with another header line', async () => {
    const { user, testApi } = renderPanel();
    await choose(user, UNNAMED_COLUMNS);
    const preview = await findPreview();
    const headerLine = within(preview).getByRole('textbox', {
      name: 'Line with the column headings',
    });

    await user.clear(headerLine);
    await user.type(headerLine, '9');
    await user.click(
      within(preview).getByRole('button', { name: 'Read again with these columns' }),
    );

    expect(headerLine).toHaveAccessibleDescription(
      'Type the number of the line with the column headings, from 1 to 4.',
    );
    expect(headerLine).toBeInvalid();
    expect(testApi.control.requestsTo('imports:remap')).toEqual([]);
  });
});

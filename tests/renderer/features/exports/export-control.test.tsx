import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { parse } from 'csv-parse/sync';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ExportControl } from '../../../../renderer/features/exports/export-control';
import type { ExportScope } from '../../../../shared/domain/exports';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { TEST_NOW } from '../../../support/test-clock';
import { ACME_OVERDUE, importAging } from '../accounts/account-seeds';

// The test clock's today is Monday 23 November 2026.
const HOUR = 3_600_000;

/** The browser preview's main, with Acme imported and two ended calls on it. */
async function withAcmeCalls(): Promise<{ testApi: TestApi; accountId: number }> {
  const testApi = createTestApi({ shell: 'browser' });
  await importAging(testApi, [ACME_OVERDUE]);
  for (const [hoursAgo, notes] of [
    [5, '=SUM(A1)'],
    [2, 'Call back, after lunch'],
  ] as const) {
    testApi.control.seedEndedCall({
      customer: 'Acme Supplies',
      accountNumber: 'AC-1001',
      startedAt: TEST_NOW - hoursAgo * HOUR,
      notes,
    });
  }
  const picked = await testApi.api.accounts.pick('acme');
  if (!picked.ok || !picked.value[0]) throw new Error('Acme was not imported.');
  return { testApi, accountId: picked.value[0].id };
}

const blobText = (blob: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader();
    // readAsText always yields a string.
    reader.onload = () => resolve(reader.result as string);
    reader.readAsText(blob);
  });

describe('ExportControl in the browser preview', { timeout: 60_000 }, () => {
  let downloads: { download: string; blob: Blob }[];
  let blobs: Blob[];

  beforeEach(() => {
    downloads = [];
    blobs = [];
    // jsdom has no object URLs and does not download; record what the page asked for instead.
    Object.defineProperty(URL, 'createObjectURL', {
      configurable: true,
      value: (blob: Blob) => {
        blobs.push(blob);
        return `blob:fake/${blobs.length}`;
      },
    });
    Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => undefined });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      downloads.push({ download: this.download, blob: blobs.at(-1)! });
    });
  });

  afterEach(() => {
    vi.restoreAllMocks();
    Reflect.deleteProperty(URL, 'createObjectURL');
    Reflect.deleteProperty(URL, 'revokeObjectURL');
  });

  function renderControl(testApi: TestApi, scope: ExportScope) {
    const user = userEvent.setup();
    renderWithStores(<ExportControl origin="test" scope={scope} label="Export calls" />, testApi);
    return user;
  }

  it('downloads the account’s calls as CSV and says so', async () => {
    const { testApi, accountId } = await withAcmeCalls();
    const user = renderControl(testApi, { kind: 'account', accountId });

    await user.click(screen.getByRole('button', { name: 'Export calls' }));

    await waitFor(() =>
      expect(screen.getByRole('status')).toHaveTextContent(
        'Downloaded 2 calls as call-coach-acme-supplies-2026-11-23.csv.',
      ),
    );
    expect(downloads.map((file) => file.download)).toEqual([
      'call-coach-acme-supplies-2026-11-23.csv',
    ]);
    const rows = parse<Record<string, string>>(await blobText(downloads[0]!.blob), {
      bom: true,
      columns: true,
    });
    expect(rows.map((row) => row.notes)).toEqual(['Call back, after lunch', "'=SUM(A1)"]);
  });

  it('writes the format chosen from the keyboard', async () => {
    const { testApi, accountId } = await withAcmeCalls();
    const user = renderControl(testApi, { kind: 'account', accountId });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Format' }), 'JSON');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Export calls' })).toHaveFocus();
    await user.keyboard('{Enter}');

    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.download).toBe('call-coach-acme-supplies-2026-11-23.json');
    const rows = JSON.parse(await blobText(downloads[0]!.blob)) as unknown[];
    expect(rows).toHaveLength(2);
  });

  it('says why when main refuses, without downloading anything', async () => {
    const { testApi } = await withAcmeCalls();
    const user = renderControl(testApi, { kind: 'account', accountId: 999_999 });

    await user.click(screen.getByRole('button', { name: 'Export calls' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('That account is no longer stored.');
    expect(downloads).toEqual([]);
  });
});

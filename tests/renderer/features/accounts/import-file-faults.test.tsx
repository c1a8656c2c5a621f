import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../../renderer/features/accounts/import-panel';
import { IMPORT_COLUMNS_MAX, IMPORT_FILE_MAX_BYTES } from '../../../../shared/domain/imports';
import { renderWithStores } from '../../../support/render';
import { createTestApi } from '../../../support/test-api';

// What the caller reads when the file chosen under Accounts is not an aging report at all: the
// window over main's real core, whose import worker reads the file.

const WORKER_START = { timeout: 30_000 };
const tempDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-import-faults-'));

afterAll(() => fs.rmSync(tempDir, { recursive: true, force: true }));

/** A file as the picker hands it over. jsdom's File has no `arrayBuffer()`; browsers' do. */
function pickedFile(name: string, bytes: Uint8Array<ArrayBuffer>, size?: number) {
  const file = new File([bytes], name);
  const arrayBuffer = vi.fn(() => Promise.resolve(bytes.slice().buffer));
  Object.defineProperty(file, 'arrayBuffer', { value: arrayBuffer });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  return { file, arrayBuffer };
}

/** About 200 MB of report lines, written to disk a piece at a time and never held whole. */
async function write200MegabyteReport(): Promise<string> {
  const file = path.join(tempDir, 'aging-200mb.csv');
  const line = 'Customer 000000,INV-0000000,10/01/2026,10/31/2026,100.00,100.00\n';
  const piece = line.repeat(Math.floor((1024 * 1024) / line.length));
  function* pieces() {
    yield 'Customer,Invoice number,Invoice date,Due date,Amount,Open balance\n';
    for (let written = 0; written < 200; written += 1) yield piece;
  }
  await pipeline(pieces(), fs.createWriteStream(file));
  return file;
}

async function choose(bytes: Uint8Array<ArrayBuffer>, name = 'aging.csv') {
  const testApi = createTestApi();
  renderWithStores(<ImportPanel />, testApi);
  const { file } = pickedFile(name, bytes);
  // As a caller who set the picker to show all files, not only the CSV files it offers.
  await userEvent
    .setup({ applyAccept: false })
    .upload(screen.getByLabelText<HTMLInputElement>('Choose an aging report (CSV)'), file);
  return screen.findByRole('alert', {}, WORKER_START);
}

describe('ImportPanel with a file that is not an aging report', { timeout: 60_000 }, () => {
  it('says a PNG is not a text file, and that nothing was stored', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);

    const alert = await choose(png, 'scan.png');

    expect(alert).toHaveTextContent('“scan.png” was not read.');
    expect(alert).toHaveTextContent(
      'This file is not a text file, so it cannot be an exported CSV report.',
    );
    expect(alert).toHaveTextContent(/Nothing was stored\.$/);
    expect(alert).not.toHaveTextContent(/undefined|Error/);
  });

  it('says a file holding only a byte-order mark is empty', async () => {
    const alert = await choose(new Uint8Array([0xef, 0xbb, 0xbf]));

    expect(alert).toHaveTextContent(
      'The file is empty. Export the aging report again and choose that file.',
    );
  });

  it('names the line and the limit for a header of a million columns', async () => {
    const text = `${','.repeat(999_999)}\nAcme,INV-1,10/01/2026,10/31/2026,1.00,1.00\n`;

    const alert = await choose(new TextEncoder().encode(text));

    expect(alert).toHaveTextContent(
      `Line 1 has 1,000,000 columns, but an aging report has at most ${IMPORT_COLUMNS_MAX}.`,
    );
  });

  it('refuses a 200 MB file on disk by its size, without reading it or asking main', async () => {
    const onDisk = await write200MegabyteReport();
    const { size } = fs.statSync(onDisk);
    // The picker's File is backed by the file on disk; reading it would load all of it.
    const { file, arrayBuffer } = pickedFile('aging-200mb.csv', new Uint8Array(), size);
    const testApi = createTestApi();
    renderWithStores(<ImportPanel />, testApi);

    await userEvent
      .setup()
      .upload(screen.getByLabelText<HTMLInputElement>('Choose an aging report (CSV)'), file);

    const alert = screen.getByRole('alert');
    const limit = IMPORT_FILE_MAX_BYTES / (1024 * 1024);
    expect(size).toBeGreaterThan(200 * 1024 * 1024);
    expect(alert).toHaveTextContent(
      new RegExp(
        `This file is 200(\\.\\d)? MB, larger than the ${limit} MB an aging report can be, so it was not read\\.`,
      ),
    );
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(testApi.control.requestsTo('imports:read')).toEqual([]);
  });
});

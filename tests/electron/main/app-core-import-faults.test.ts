import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import {
  IMPORT_COLUMNS_MAX,
  IMPORT_FILE_MAX_BYTES,
  type ImportChoices,
  type ImportFile,
  type ImportPreview,
} from '../../../shared/domain/imports';
import type { EventChannel } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { fakeClock, sequentialIds } from '../../support/builders';
import { databaseFileIn, openRaw } from '../../support/database-files';
import { valueOf } from '../../support/results';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';

// Files a caller may pick by mistake under Accounts → Import: each is refused in a sentence the
// caller can act on, nothing stored before is touched, and main keeps answering meanwhile.

const dirs = tempDirs();
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/aging-reports');
/** Tuesday 1 December 2026, 10:00 local: the day after the fixture's "As of" date. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();
const FULL: ImportChoices = { mapping: null, isFullReport: true };
const HEADER = 'Customer,Invoice number,Invoice date,Due date,Amount,Open balance';
const ROWS = [
  'Wide Load Ltd,W-1,10/01/2026,10/31/2026,100.00,100.00',
  'Wide Load Ltd,W-2,10/02/2026,11/01/2026,200.00,200.00',
];

let core: AppCore;
let dataDir: string;
let progressCount = 0;

beforeAll(async () => {
  dataDir = dirs.make();
  core = createAppCore({
    dataDir,
    publish: (channel: EventChannel) => {
      if (channel === 'import:progress') progressCount += 1;
    },
    log: { error: () => undefined },
    host: createFakeHost(),
    clock: fakeClock(DEC_1).now,
    newId: sequentialIds('import'),
  });
  // Something stored before, which no refused file may change.
  const report = fileOf(
    'quickbooks-online.csv',
    fs.readFileSync(path.join(FIXTURES, 'quickbooks-online.csv')),
  );
  const preview = valueOf<ImportPreview>(await core.dispatch('imports:read', [report, FULL]));
  valueOf(await core.dispatch('imports:apply', [preview.importId]));
}, 60_000);

afterAll(async () => {
  await core.close();
  dirs.cleanup();
});

function fileOf(name: string, bytes: Uint8Array | string): ImportFile {
  return { name, bytesBase64: Buffer.from(bytes).toString('base64') };
}

/** Bytes that look random but are the same on every run (xorshift32). */
function noise(length: number, seed = 0x9e3779b9): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed >>> 0;
  for (let index = 0; index < length; index += 1) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** A PNG's first bytes: its signature and the start of the IHDR chunk, then compressed data. */
const png = Buffer.concat([PNG_SIGNATURE, Buffer.from('0000000d49484452', 'hex'), noise(4_000)]);
/** A zip archive's local file header, as an .xlsx (or any zip) starts. */
const zip = Buffer.concat([Buffer.from('PK\u0003\u0004\u0014\u0000\u0006\u0000'), noise(2_000, 7)]);

/** One header line of a million comma-separated fields, then a few invoice rows. */
function millionColumns(field: (index: number) => string): string {
  const header = Array.from({ length: 1_000_000 }, (_, index) => field(index)).join(',');
  return [header, ...ROWS].join('\n');
}

/** What the database holds that an import could change, row for row. */
function storedRows(): string {
  const db = openRaw(databaseFileIn(dataDir));
  try {
    return JSON.stringify(
      ['accounts', 'invoices', 'invoice_events', 'imports', 'import_mappings'].map(
        (table) => db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all() as unknown[],
      ),
    );
  } finally {
    db.close();
  }
}

/** Everything the caller would read of a refusal: its sentence and each problem named. */
function wordsOf(result: Result<unknown>): string {
  if (result.ok) throw new Error('Expected the file to be refused');
  return [result.error.message, ...(result.error.issues ?? [])].join('\n');
}

/**
 * Sends the file and, until main answers, asks main for the settings again and again: the
 * longest any of those took, and how many were answered while the file was being read.
 */
async function readWhileAsking(file: ImportFile) {
  const reading = core.dispatch('imports:read', [file, FULL]);
  let isSettled = false;
  void reading.finally(() => (isSettled = true));
  let longestMs = 0;
  let answered = 0;
  while (!isSettled) {
    const asked = performance.now();
    valueOf(await core.dispatch('settings:get', []));
    longestMs = Math.max(longestMs, performance.now() - asked);
    answered += 1;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return { result: await reading, longestMs, answered };
}

const REFUSED: readonly (readonly [string, () => ImportFile, string])[] = [
  ['a PNG image', () => fileOf('aging.png', png), 'This file is not a text file'],
  ['random bytes', () => fileOf('aging.csv', noise(64 * 1024, 42)), 'This file is not a text file'],
  ['a zip archive', () => fileOf('aging.zip', zip), 'or another zipped file), not a CSV file'],
  ['an empty file (0 bytes)', () => fileOf('aging.csv', ''), 'The file is empty.'],
  [
    'a file holding only a byte-order mark',
    () => fileOf('aging.csv', '\ufeff'),
    'The file is empty.',
  ],
  [
    'a file of only spaces, tabs and line breaks',
    () => fileOf('aging.csv', ' \n\t\r\n   \n\n'),
    'The file has no rows, only blank lines.',
  ],
  [
    'a byte-order mark and blank lines',
    () => fileOf('aging.csv', '\ufeff\r\n\r\n'),
    'The file has no rows, only blank lines.',
  ],
];

describe('import files that are not aging reports, through the core', { timeout: 60_000 }, () => {
  it.each(REFUSED)(
    'refuses %s in words for the caller, storing nothing',
    async (_, file, words) => {
      const before = storedRows();

      const result = await core.dispatch('imports:read', [file(), FULL]);

      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      const said = wordsOf(result);
      expect(said).toContain(words);
      expect(said).not.toMatch(/undefined|\n\s+at |Error:/);
      expect(storedRows()).toBe(before);
    },
  );

  it('refuses a header of a million named columns by its length, and main keeps answering', async () => {
    const before = storedRows();
    const progressBefore = progressCount;

    const { result, longestMs, answered } = await readWhileAsking(
      fileOf(
        'wide.csv',
        millionColumns((index) => `Column ${index}`),
      ),
    );

    const said = wordsOf(result);
    expect(said).toMatch(/^Line 1 is longer than 1,000,000 characters, far longer than a line/);
    expect(said).not.toMatch(/undefined|\n\s+at /);
    expect(storedRows()).toBe(before);
    // The worker said it had started, so the window could offer Cancel at once.
    expect(progressCount).toBeGreaterThan(progressBefore);
    expect(answered).toBeGreaterThan(0);
    // Generous for a loaded machine: main only passes the file on, the worker chews it.
    expect(longestMs).toBeLessThan(250);
  });

  it('refuses a million empty columns by their count, naming the limit', async () => {
    const before = storedRows();

    const { result, longestMs } = await readWhileAsking(
      fileOf(
        'commas.csv',
        millionColumns(() => ''),
      ),
    );

    expect(wordsOf(result)).toBe(
      `Line 1 has 1,000,000 columns, but an aging report has at most ${IMPORT_COLUMNS_MAX}. Check that you chose the report itself, or export it again as CSV.`,
    );
    expect(storedRows()).toBe(before);
    expect(longestMs).toBeLessThan(250);
  });

  it('refuses at once a file over the size limit that got past the window, naming the limit', async () => {
    const before = storedRows();
    // What a window that skipped its own size check would send: one character past the limit.
    const file = {
      name: 'huge.csv',
      bytesBase64: 'A'.repeat(Math.ceil(IMPORT_FILE_MAX_BYTES / 3) * 4 + 4),
    };
    const progressBefore = progressCount;

    const result = await core.dispatch('imports:read', [file, FULL]);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(wordsOf(result)).toContain(
      `The file is larger than ${IMPORT_FILE_MAX_BYTES / (1024 * 1024)} MB, the most an aging report can be, so it was not read.`,
    );
    // Refused by its length before the worker sees it.
    expect(progressCount).toBe(progressBefore);
    expect(storedRows()).toBe(before);
  });

  it('still reads a real report after all of these', async () => {
    const file = fileOf('next.csv', [HEADER, ...ROWS].join('\n'));

    const preview = valueOf<ImportPreview>(await core.dispatch('imports:read', [file, FULL]));

    expect(preview.report.invoiceCount).toBe(2);
    valueOf(await core.dispatch('imports:discard', [preview.importId]));
  });
});

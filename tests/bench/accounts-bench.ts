// The account memory's figures for the storage bench: the start form's pick-list per keystroke,
// the account card and timeline through the reader the read worker runs, and an aging report
// imported through a real app core while main is asked `calls:active` throughout. Each beside
// its floor, measured in the same run.

import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AppCore } from '../../electron/main/app-core';
import {
  createAccountReader,
  FILE_CALLS_MAX,
  PICK_LIMIT,
} from '../../electron/main/modules/accounts/account-reader';
import { toSearchExpression } from '../../electron/main/modules/calls/history-reader';
import { TIMELINE_MAX_ENTRIES } from '../../shared/domain/account-timeline';
import { phoneDigits } from '../../shared/domain/accounts';
import type { ImportPreview, ImportResult } from '../../shared/domain/imports';
import type { Result } from '../../shared/ipc/result';
import { atMostMs, type BenchRow } from './bench-table';
import { measureMainDuring } from './main-free';
import { failOnLog, recorded, recordingPrepares } from './reader-statements';
import { alternate, median, summarize, timed } from './samples';
import { REPORT_AS_OF, type SeededCopy } from './seed-database';

/** The day the pick-list works balances out for: the day after the report's. */
const TODAY = '2026-12-01';
const PICK_ROUNDS = 5;
const CARD_OPENS = 300;
const CARD_ACCOUNTS = 100;
const BUSY_CARDS = 25;
const PICK_TARGET_MS = 30;
const CARD_TARGET_MS = 30;
const IMPORT_ROWS = 50_000;
const IMPORT_TARGET_MS = 10_000;
const PARSE_ROUNDS = 5;
const MAIN_TARGET_MS = 50;
/** One listed invoice in this many has been paid in part since the seeded report. */
const PARTLY_PAID_EVERY = 5;
/** Of the new invoices, this many are on accounts the seed does not have, ten each. */
const NEW_ACCOUNT_INVOICES = 10_000;

type Index = 'name' | 'invoice' | 'phone';

/** Something a caller types into the start form, a keystroke at a time. */
interface Typed {
  readonly what: string;
  readonly text: string;
  /** The index that answers it: the floor runs that index's statement with the whole text. */
  readonly index: Index;
}

interface AccountRow {
  readonly id: number;
  readonly name: string;
  readonly number: string;
}

/**
 * What the caller types, all seeded: names (one starting "In", as many company names do), an
 * account number, an invoice number and a phone as written.
 */
function typedTexts(db: DatabaseSyncInstance): Typed[] {
  const count = (db.prepare('SELECT count(*) AS n FROM accounts').get() as { n: number }).n;
  const accountAt = db.prepare(
    "SELECT id, name, number FROM accounts WHERE id >= ? AND number <> '' ORDER BY id LIMIT 1",
  );
  const account = (fraction: number) => {
    const found = accountAt.get(Math.max(1, Math.round(count * fraction))) as
      AccountRow | undefined;
    if (!found) throw new Error('The seed has no accounts with numbers.');
    return found;
  };
  const startingIn = db
    .prepare("SELECT id, name, number FROM accounts WHERE name LIKE 'In%' ORDER BY id LIMIT 1")
    .get() as AccountRow | undefined;
  const invoice = db
    .prepare(
      "SELECT number FROM invoices WHERE account_id = ? AND number LIKE 'INV-%' ORDER BY id LIMIT 1",
    )
    .get(account(0.37).id) as { number: string } | undefined;
  const phone = db
    .prepare("SELECT phone FROM account_contacts WHERE account_id = ? AND phone <> '' LIMIT 1")
    .get(account(0.71).id) as { phone: string } | undefined;
  if (!startingIn || !invoice || !phone) {
    throw new Error('The seed has no name starting "In", no invoices or no phones.');
  }
  const name = (text: string): Typed => ({ what: 'a name', text, index: 'name' });
  return [
    name(account(0).name),
    name(account(0.52).name),
    name(startingIn.name),
    { what: 'an account number', text: account(0.64).number, index: 'name' },
    { what: 'an invoice number', text: invoice.number, index: 'invoice' },
    { what: 'a phone', text: phone.phone, index: 'phone' },
  ];
}

/** Every text as typed: its first character, its first two, and so on, leaving out blanks. */
function keystrokes(text: string): string[] {
  return Array.from({ length: text.length }, (_, k) => text.slice(0, k + 1)).filter(
    (typed) => typed.trim() !== '',
  );
}

function pickRows(db: DatabaseSyncInstance, size: string): AccountReads {
  const { built: reader, statements } = recordingPrepares(db, (recording) =>
    createAccountReader(recording, failOnLog()),
  );
  // The floor: the one statement of the index that answers the text, with the whole text as
  // finished words, run directly. What the pick-list costs beyond it is every other index asked,
  // the word being typed matched as a prefix, and each line's balance.
  const floors: Record<Index, ReturnType<DatabaseSyncInstance['prepare']>> = {
    name: db.prepare(recorded(statements, /FROM account_search\b/, 'the name index')),
    invoice: db.prepare(recorded(statements, /FROM invoice_search\b/, 'the invoice index')),
    phone: db.prepare(recorded(statements, /FROM contact_search\b/, 'the contact index')),
  };
  const floorOf =
    ({ text, index }: Typed) =>
    () => {
      if (index === 'phone') {
        void floors.phone.all({
          match: `phone_digits : "${phoneDigits(text)}"`,
          limit: PICK_LIMIT,
          isPhone: 1,
        });
      } else {
        void floors[index].all({ match: toSearchExpression(`${text} `), limit: PICK_LIMIT });
      }
    };

  const rows: BenchRow[] = [];
  const details: string[] = [];
  const typedByWhat = new Map<string, Typed[]>();
  for (const typed of typedTexts(db)) {
    typedByWhat.set(typed.what, [...(typedByWhat.get(typed.what) ?? []), typed]);
  }
  for (const [what, typed] of typedByWhat) {
    for (const { text } of typed) {
      if (reader.pick({ text, today: TODAY }).length === 0) {
        throw new Error(`The pick-list found nothing for "${text}": the seed does not have it.`);
      }
    }
    const turns = typed.flatMap((one) =>
      keystrokes(one.text).map((prefix) => ({ prefix, floor: floorOf(one) })),
    );
    const samples = alternate(
      turns.length * PICK_ROUNDS,
      (i) => turns[i % turns.length]!.floor(),
      (i) => reader.pick({ text: turns[i % turns.length]!.prefix, today: TODAY }),
      turns.length,
    );
    const floor = summarize(samples.floor);
    const measured = summarize(samples.measured);
    const measure = `pick-list per keystroke, typing ${what}`;
    rows.push(
      {
        measure: `${measure}, p50`,
        size,
        floorMs: floor.p50,
        measuredMs: measured.p50,
        target: null,
      },
      {
        measure: `${measure}, p95`,
        size,
        floorMs: floor.p95,
        measuredMs: measured.p95,
        target: atMostMs(PICK_TARGET_MS, measured.p95),
      },
      // The slowest keystroke, beside the slowest floor: which one it is, the details say.
      {
        measure: `${measure}, max`,
        size,
        floorMs: floor.max,
        measuredMs: measured.max,
        target: null,
      },
    );
    const slowest = samples.measured.indexOf(measured.max);
    details.push(
      `typing ${what}: ${typed.map((one) => `"${one.text}"`).join(', ')}; slowest keystroke "${turns[slowest % turns.length]!.prefix}"`,
    );
  }
  return { rows, details };
}

/** Accounts to open: the ones with the most calls, and others spread over all of them. */
function cardAccounts(db: DatabaseSyncInstance): { all: number[]; busy: ReadonlySet<number> } {
  const busy = (
    db
      .prepare(
        'SELECT account_id AS id FROM calls GROUP BY account_id ORDER BY count(*) DESC LIMIT ?',
      )
      .all(BUSY_CARDS) as { id: number }[]
  ).map((row) => row.id);
  const { n } = db.prepare('SELECT max(id) AS n FROM accounts').get() as { n: number };
  // 7919 is prime: the ids it steps through are spread over the accounts, none twice.
  const spread = Array.from(
    { length: CARD_ACCOUNTS - busy.length },
    (_, k) => 1 + ((k * 7919) % n),
  );
  return {
    all: [...busy, ...spread].filter((id, k, ids) => ids.indexOf(id) === k),
    busy: new Set(busy),
  };
}

function cardRows(db: DatabaseSyncInstance, size: string): AccountReads {
  const { built: reader, statements } = recordingPrepares(db, (recording) =>
    createAccountReader(recording, failOnLog()),
  );
  // The floor: the reader's own plain selects of the account and its contacts, its invoices and
  // its latest calls, run directly, with nothing made of the rows.
  const account = db.prepare(
    recorded(statements, /customer_since, terms, note FROM accounts WHERE id/, 'the account'),
  );
  const contacts = db.prepare(
    recorded(statements, /FROM account_contacts WHERE account_id/, 'its contacts'),
  );
  const invoices = db.prepare(
    recorded(statements, /FROM invoices WHERE account_id = \? ORDER BY/, 'its invoices'),
  );
  const calls = db.prepare(
    recorded(statements, /FROM calls\s+WHERE account_id = :id/, 'its calls'),
  );
  const events = db.prepare(
    recorded(statements, /FROM invoice_events JOIN invoices/, 'its invoice changes'),
  );
  const { all, busy } = cardAccounts(db);
  const idAt = (i: number) => all[i % all.length]!;
  const callsCount = db.prepare('SELECT count(*) AS n FROM calls WHERE account_id = ?');
  const mostCalls = Math.max(...[...busy].map((id) => (callsCount.get(id) as { n: number }).n));
  const rows: BenchRow[] = [];

  const opened = alternate(
    CARD_OPENS,
    (i) => {
      account.get(idAt(i));
      contacts.all(idAt(i));
      invoices.all(idAt(i));
      calls.all({ id: idAt(i), limit: FILE_CALLS_MAX });
    },
    (i) => {
      if (reader.file(idAt(i)) === null) throw new Error(`Account ${idAt(i)} has no file.`);
    },
  );
  const floor = summarize(opened.floor);
  const measured = summarize(opened.measured);
  const busyOf = (samples: readonly number[]) =>
    summarize(samples.filter((_, i) => busy.has(idAt(i))));
  const busyFloor = busyOf(opened.floor);
  const busyMeasured = busyOf(opened.measured);
  const measure = `account card (file) open, ${all.length} accounts`;
  rows.push(
    {
      measure: `${measure}, p50`,
      size,
      floorMs: floor.p50,
      measuredMs: measured.p50,
      target: null,
    },
    {
      measure: `${measure}, p95`,
      size,
      floorMs: floor.p95,
      measuredMs: measured.p95,
      target: atMostMs(CARD_TARGET_MS, measured.p95),
    },
    {
      measure: `account card open, the ${BUSY_CARDS} accounts with most calls, p95`,
      size,
      floorMs: busyFloor.p95,
      measuredMs: busyMeasured.p95,
      target: atMostMs(CARD_TARGET_MS, busyMeasured.p95),
    },
  );

  const timeline = alternate(
    CARD_OPENS,
    (i) => {
      account.get(idAt(i));
      calls.all({ id: idAt(i), limit: TIMELINE_MAX_ENTRIES });
      events.all({ id: idAt(i), limit: TIMELINE_MAX_ENTRIES });
    },
    (i) => {
      if (reader.timeline(idAt(i)) === null) throw new Error(`Account ${idAt(i)} has no timeline.`);
    },
  );
  const timelineFloor = summarize(timeline.floor);
  const timelineRead = summarize(timeline.measured);
  rows.push({
    measure: `account timeline, ${all.length} accounts, p95`,
    size,
    floorMs: timelineFloor.p95,
    measuredMs: timelineRead.p95,
    target: null,
  });
  const details = [
    `account card: ${all.length} accounts, the ${busy.size} with most calls having up to ${mostCalls} (the card reads at most ${FILE_CALLS_MAX})`,
  ];
  return { rows, details };
}

export interface AccountReads {
  readonly rows: readonly BenchRow[];
  /** What was read: the texts typed into the pick-list, the accounts opened. */
  readonly details: readonly string[];
}

/** The pick-list, the account card and its timeline, read on `db` as the read worker reads them. */
export function measureAccountReads(db: DatabaseSyncInstance, size: string): AccountReads {
  const picks = pickRows(db, size);
  const cards = cardRows(db, size);
  return { rows: [...picks.rows, ...cards.rows], details: [...picks.details, ...cards.details] };
}

const usDate = (date: string | null) => {
  if (date === null) return '';
  const [year, month, day] = date.split('-');
  return `${month}/${day}/${year}`;
};
const amount = (cents: number) =>
  `"${(cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}"`;
const csvText = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

interface ListedInvoice {
  readonly name: string;
  readonly account: string;
  readonly number: string;
  readonly invoice_date: string | null;
  readonly due_on: string | null;
  readonly amount_cents: number;
  readonly open_cents: number;
}

export interface AgingFile {
  readonly file: string;
  readonly rows: number;
  /** What importing it must store: the bench checks the import against it. */
  readonly expected: {
    readonly newAccounts: number;
    readonly newInvoices: number;
    readonly changed: number;
    readonly closed: number;
  };
}

const TITLE_BLOCK = ['Bench Co', 'A/R Aging Detail', '"As of November 30, 2026"', ''];

// Names for the accounts the report has and the seed does not: 10 × 10 × 10, none a seeded name.
const wordsOf = (text: string) => text.split(' ');
const NEW_FIRST = wordsOf(
  'Bayside Copperfield Driftwood Elmhurst Kingsbridge Larkspur Oakhaven Rosewood Seabrook Windmere',
);
const NEW_TRADE = wordsOf(
  'Supply Dental Logistics Foods Hardware Electric Printing Bakery Roofing Marine',
);
const NEW_SUFFIX = wordsOf('Inc LLC Co Corp Group Ltd Partners Company Holdings Services');

/**
 * A 50,000-row aging report as a generic accounting system exports it, as of the day after the
 * seeded report: half of it the seed's open invoices (one in five paid in part since), half new
 * invoices, on seeded accounts and on a thousand accounts the seed does not have. Written into
 * `folder`; read from the seeded database `seeded` without changing it.
 */
export function writeAgingFile(seeded: string, folder: string): AgingFile {
  const listedCount = IMPORT_ROWS / 2;
  const db = new DatabaseSync(seeded, { readOnly: true });
  let listed: ListedInvoice[];
  let accounts: { name: string; number: string }[];
  let openCount: number;
  try {
    listed = db
      .prepare(
        `SELECT accounts.name, accounts.number AS account, invoices.number, invoice_date, due_on,
          amount_cents, open_cents
        FROM invoices JOIN accounts ON accounts.id = invoices.account_id
        WHERE closed_on IS NULL ORDER BY invoices.id LIMIT ?`,
      )
      .all(listedCount) as ListedInvoice[];
    accounts = db.prepare('SELECT name, number FROM accounts ORDER BY id').all() as {
      name: string;
      number: string;
    }[];
    openCount = (
      db.prepare('SELECT count(*) AS n FROM invoices WHERE closed_on IS NULL').get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
  if (listed.length < listedCount) {
    throw new Error(`The seed has ${listed.length} open invoices, fewer than ${listedCount}.`);
  }
  const onSeeded = listedCount - NEW_ACCOUNT_INVOICES;
  const fresh: ListedInvoice[] = Array.from({ length: listedCount }, (_, k) => {
    const isNewAccount = k >= onSeeded;
    const n = k - onSeeded;
    const newAccount = Math.floor(n / 10);
    const owner = isNewAccount
      ? {
          name: `${NEW_FIRST[newAccount % 10]} ${NEW_TRADE[Math.floor(newAccount / 10) % 10]} ${NEW_SUFFIX[Math.floor(newAccount / 100)]}`,
          number: `N-${String(newAccount).padStart(4, '0')}`,
        }
      : accounts[(k * 7) % accounts.length]!;
    const day = String(1 + (k % 28)).padStart(2, '0');
    const cents = 2_500 + ((k * 6007) % 900_000);
    return {
      name: owner.name,
      account: owner.number,
      number: `INV-${isNewAccount ? 8 : 9}${String(k).padStart(6, '0')}`,
      invoice_date: `2026-11-${day}`,
      due_on: `2026-12-${day}`,
      amount_cents: cents,
      open_cents: cents,
    };
  });
  const paidInPart = (invoice: ListedInvoice, k: number): ListedInvoice =>
    k % PARTLY_PAID_EVERY === 0
      ? { ...invoice, open_cents: Math.round(invoice.open_cents / 2) }
      : invoice;
  // As reports list them: by customer.
  const all = [...listed.map(paidInPart), ...fresh].sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  const line = (invoice: ListedInvoice) =>
    [
      csvText(invoice.name),
      invoice.account,
      invoice.number,
      usDate(invoice.invoice_date),
      usDate(invoice.due_on),
      amount(invoice.amount_cents),
      amount(invoice.open_cents),
    ].join(',');
  const total = (pick: (invoice: ListedInvoice) => number) =>
    amount(all.reduce((sum, invoice) => sum + pick(invoice), 0));
  const text = [
    ...TITLE_BLOCK,
    'Customer,Account number,Invoice number,Invoice date,Due date,Amount,Open balance',
    ...all.map(line),
    `TOTAL,,,,,${total((invoice) => invoice.amount_cents)},${total((invoice) => invoice.open_cents)}`,
    '',
  ].join('\n');
  const file = path.join(folder, 'aging-2026-11-30.csv');
  fs.writeFileSync(file, text);
  return {
    file,
    rows: all.length,
    expected: {
      newAccounts: NEW_ACCOUNT_INVOICES / 10,
      newInvoices: fresh.length,
      changed: Math.ceil(listedCount / PARTLY_PAID_EVERY),
      closed: openCount - listedCount,
    },
  };
}

/** The import of `file` through an app core on `copy`, with main probed throughout. */
export async function measureImport(
  copy: SeededCopy,
  aging: AgingFile,
  size: string,
): Promise<BenchRow[]> {
  const text = fs.readFileSync(aging.file, 'utf8');
  const file = {
    name: path.basename(aging.file),
    bytesBase64: Buffer.from(text, 'utf8').toString('base64'),
  };
  // The floor: csv-parse alone, which the import reads files with, reading the same file from its
  // header on (every row as wide as the header, so no option is needed).
  const parsed: number[] = [];
  for (let round = 0; round < PARSE_ROUNDS; round++) {
    parsed.push(
      timed(() => {
        const records = parse(text, { from_line: TITLE_BLOCK.length + 1 }) as unknown[];
        if (records.length !== aging.rows + 2) throw new Error('csv-parse misread the file.');
      }),
    );
  }
  const parseMs = median(parsed);
  const valueOf = <T>(result: Result<unknown>, what: string): T => {
    if (!result.ok) throw new Error(`${what} failed: ${result.error.message}`);
    return result.value as T;
  };
  let readMs = 0;
  const { idle, busy, ms, value } = await measureMainDuring(
    copy.dataDir,
    // The import worker starts on its first job: one that does nothing.
    (core) => core.dispatch('imports:discard', ['bench-warm-up']),
    async (core: AppCore) => {
      const started = performance.now();
      const preview = valueOf<ImportPreview>(
        await core.dispatch('imports:read', [file, { mapping: null, isFullReport: true }]),
        'imports:read',
      );
      readMs = performance.now() - started;
      return {
        preview,
        result: valueOf<ImportResult>(
          await core.dispatch('imports:apply', [preview.importId]),
          'imports:apply',
        ),
      };
    },
  );
  const { counts, isComplete } = value.result;
  const { expected } = aging;
  if (
    !isComplete ||
    value.preview.asOf !== REPORT_AS_OF ||
    value.preview.report.invoiceCount !== aging.rows ||
    counts.accounts.created !== expected.newAccounts ||
    counts.invoices.created !== expected.newInvoices ||
    counts.invoices.updated !== expected.changed ||
    counts.invoices.closed !== expected.closed
  ) {
    throw new Error(
      `The import did not store what the file holds: ${JSON.stringify({ asOf: value.preview.asOf, invoiceCount: value.preview.report.invoiceCount, counts })}`,
    );
  }
  const rows = aging.rows.toLocaleString('en-US');
  return [
    {
      measure: `import ${rows}-row aging file (read + apply) vs csv-parse alone`,
      size,
      floorMs: parseMs,
      measuredMs: ms,
      target: atMostMs(IMPORT_TARGET_MS, ms),
    },
    {
      measure: `import ${rows}-row aging file: read (dry run)`,
      size,
      floorMs: null,
      measuredMs: readMs,
      target: null,
    },
    {
      measure: `import ${rows}-row aging file: apply`,
      size,
      floorMs: null,
      measuredMs: ms - readMs,
      target: null,
    },
    {
      measure: 'calls:active during the import, p99',
      size,
      floorMs: idle.p99,
      measuredMs: busy.p99,
      target: atMostMs(MAIN_TARGET_MS, busy.p99),
    },
    {
      measure: 'calls:active during the import, max',
      size,
      floorMs: idle.max,
      measuredMs: busy.max,
      target: atMostMs(MAIN_TARGET_MS, busy.max),
    },
  ];
}

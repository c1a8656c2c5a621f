// Seeded databases for the storage bench: built with SQL directly (recursive INSERTs through the
// base tables, whose triggers fill the search indexes), cached under the system's temp folder
// between runs, and copied into a fresh data folder for each run.

import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCallRepository } from '../../electron/main/modules/calls/call-repository';
import {
  closeDatabase,
  DATABASE_FILE_NAME,
  openDatabase,
} from '../../electron/main/storage/database';
import { latestSchemaVersion, migrations } from '../../electron/main/storage/migrations';
import { accountNameKey, phoneDigits } from '../../shared/domain/accounts';
import { countStepsDone, createCall } from '../../shared/domain/call';
import type { CaptureValues } from '../../shared/domain/capture';
import { capturedSearchText } from '../../shared/domain/search-text';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import { seededRandom as randomSource } from '../support/seeded-random';

/** One seeded size: how many ended calls, how much note text each has, and how many accounts. */
export interface SeedSpec {
  readonly calls: number;
  /** Chunks of about `CHUNK_CHARS` characters of note text per call, after the opening line. */
  readonly noteChunks: number;
  /** Every call is on one of them; each has `INVOICES_PER_ACCOUNT` invoices on average. */
  readonly accounts: number;
}

/** A word in every note, at the start of its opening line. */
export const EVERY_NOTE_WORD = 'called';
/** A word in about one note in a thousand, and in no other note or column. */
export const RARE_WORD = 'escheatment';
const RARE_EVERY = 1_000;
// Seeded calls start on 1 December 2025, one a minute, in the year the invoices are due in.
const SEED_START = Date.UTC(2025, 11, 1);

/** Invoices per account on average: from 1 to 19, each account its own count. */
const INVOICES_PER_ACCOUNT = 10;
const MOST_INVOICES = 2 * INVOICES_PER_ACCOUNT - 1;
/** Invoices fall due over the year to this day, the as-of date of the report after the seed's. */
export const REPORT_AS_OF = '2026-11-30';
const FIRST_DUE = '2025-12-01';
/** The as-of date of the one report the seeded invoices were imported from. */
const SEEDED_AS_OF = '2026-10-31';
// Invoices are open when they fell due close to the seeded report, and a few older ones.
const OPEN_FROM = '2026-10-15';
const OLD_OPEN_EVERY = 33;
/** One call in this many is on one of `BUSY_ACCOUNTS` accounts, which so have many calls. */
const BUSY_EVERY = 20;
const BUSY_ACCOUNTS = 25;

// Bump when the seeded content changes, so that cached files from before are rebuilt.
const SEED_FORMAT = 2;
const CHUNK_COUNT = 2_048;
const CHUNK_CHARS = 130;

// Words an accounts-receivable caller writes, most common first: picked with Zipf weights, so the
// first few are in most notes and the last ones in few.
const VOCABULARY = `the to and a of invoice said they will payment check on for is we customer
  account paid by it be this that with ap contact was not have friday monday next week send
  copy remit address date amount balance due past call back email portal approval manager
  ach wire lockbox mailed tracking number credit memo dispute short pay quantity pricing po
  purchase order vendor form w9 statement aging thirty sixty ninety days terms net discount
  late fee waive partial plan installment promise confirm confirmed voicemail left message
  reception transferred controller cfo owner bookkeeper clerk processing batch run cycle
  tuesday wednesday thursday month end quarter close system upgrade migration backlog
  holiday vacation out office returns receipt delivery signed bill lading warehouse damaged
  missing items rebill corrected revised reissue resend duplicate overpayment refund
  applied unapplied cash posting bank deposit cleared bounced nsf stop reissued lost mail
  certified courier overnight fedex ups usps scanned attached pdf spreadsheet remittance
  advice reference freight surcharge tax exempt certificate expired renewal contract
  agreement clause signature authorized limit threshold escalate supervisor legal hold
  collections agency final notice demand letter lien bankruptcy chapter restructuring
  acquisition merger new entity name change tax id updated vendor master onboarding
  compliance audit year end accrual reconciliation ledger subledger discrepancy variance`
  .split(/\s+/)
  .filter(Boolean);

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean);

// Account names are a place or a made-up word, a trade and, mostly, a company suffix: 60 × 50 × 12
// different names, enough for 36,000 accounts without two alike.
const NAME_FIRST = wordsOf(`Acme Northwind Pinecrest Willowbrook Summit Riverside Oakridge Bluewater
  Granite Cedar Harbor Maple Ironwood Silverline Redstone Lakeshore Evergreen Brightside Keystone
  Pioneer Frontier Meridian Horizon Westfield Eastgate Highland Valley Coastal Prairie Sterling
  Liberty Heritage Crescent Golden Pacific Atlantic Midland Union Central Metro Alpine Canyon
  Falcon Eagle Beacon Anchor Compass Cornerstone Foxglove Hawthorne Juniper Magnolia Birchwood
  Stonebridge Millbrook Fairview Greenfield Brookside Inland Thornbury`);
const NAME_TRADE = [
  ...wordsOf(`Supply Dental Logistics Foods Hardware Veterinary Plumbing Electric Builders
    Landscaping Printing Motors Bakery Fitness Pharmacy Optical Roofing Flooring Marine Farms
    Textiles Packaging Lumber Tooling Machining Medical Imaging Labs Catering Coffee Brewing
    Florists Realty Storage Freight Cleaning Security Signs Glass Steel Plastics Paper Chemicals
    Nursery Outfitters Cycles Furniture`),
  'Auto Parts',
  'Pet Care',
  'Home Health',
];
// '' is a name without a suffix.
const NAME_SUFFIX = [
  ...['Inc', 'LLC', 'Co', 'Corp', 'Group', 'Ltd', '& Sons', 'Partners', 'Company', 'Holdings'],
  ...['Services', ''],
];
const CONTACT_FIRST = wordsOf(`Jordan Dana Morgan Casey Riley Avery Jamie Taylor Quinn Reese Alex
  Sam Pat Chris Robin Terry Lee Drew Blake Cameron Maria Priya Wei Tomas Aisha Olga Kenji Fatima
  Luis Grace Hannah Omar Elena Noah Sofia Mateo Ingrid Ravi Chloe Daniel`);
const CONTACT_LAST = wordsOf(`Whitfield Okafor Nguyen Alvarez Schmidt Kowalski Patel Johnson
  Brennan Haddad Lindqvist Moreau Tanaka Ferreira Novak Castillo Murphy Osei Park Rossi Fischer
  Dubois Ahmed Larsen Costa Ivanova Byrne Mendez Sato Keller Walsh Romano Hughes Silva Berg Duarte
  Quinlan Abbott Marsh Fleming Carver Holt Yates Pryor Lowell Ramsey Thornton`);
const ROLES = ['AP clerk', 'Controller', 'Bookkeeper', 'Office manager', 'Owner', 'AP manager'];
const WORD_LISTS = {
  first: NAME_FIRST,
  trade: NAME_TRADE,
  suffix: NAME_SUFFIX,
  contactFirst: CONTACT_FIRST,
  contactLast: CONTACT_LAST,
  role: ROLES,
} as const;

/** Note text a caller might type: sentences of vocabulary words, weighted by rank. */
export function noteText(chars: number, seed: number): string {
  const random = randomSource(seed);
  const weights = VOCABULARY.map((_, rank) => 1 / (rank + 4));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const pick = () => {
    let left = random() * total;
    for (const [index, weight] of weights.entries()) {
      left -= weight;
      if (left <= 0) return VOCABULARY[index]!;
    }
    return VOCABULARY[0]!;
  };
  let text = '';
  let sentence = 0;
  while (text.length < chars) {
    const word = pick();
    const isStart = sentence === 0;
    text += (text === '' ? '' : ' ') + (isStart ? word[0]!.toUpperCase() + word.slice(1) : word);
    sentence += 1;
    if (sentence > 6 && random() < 0.2) {
      text += '.';
      sentence = 0;
    }
  }
  return sentence === 0 ? text : `${text}.`;
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

/** `steps_json` for a row whose first `done` steps are checked, 30 s apart from the start. */
function stepsJsonSql(): string {
  const steps = createCall('x', emptyInput(), defaultArPlaybook, 0).steps;
  const parts = steps.map((step, index) => {
    const head = JSON.stringify({ stepId: step.stepId, title: step.title }).slice(0, -1);
    return `${quote(`${head},"checkedAt":`)} || CASE WHEN ${index} < done THEN started_at + ${index * 30_000} ELSE 'null' END || '}'`;
  });
  return `'[' || ${parts.join(" || ',' || ")} || ']'`;
}

function emptyInput() {
  return {
    playbookId: defaultArPlaybook.id,
    customer: '',
    accountNumber: '',
    invoice: '',
    amountDueCents: null,
    contact: '',
    customerSince: '',
    dueOn: null,
  };
}

const word = (list: keyof typeof WORD_LISTS, index: string) =>
  `(SELECT word FROM bench_words WHERE list = '${list}' AND k = (${index}) % ${WORD_LISTS[list].length})`;

/** How many invoices the account with id `id` has: from 1 to `MOST_INVOICES`, 10 on average. */
const invoiceCountSql = (id: string) => `(1 + (${id}) * 7 % ${MOST_INVOICES})`;

/**
 * The number of the account's `j`th invoice: "INV-0012304", or for one in eight only digits with
 * leading zeros ("00012304"), as some systems number them.
 */
const invoiceNumberSql = (id: string, j: string) =>
  `CASE WHEN ((${id}) + (${j})) % 8 = 0 THEN printf('%08d', (${id}) * 100 + (${j}))
    ELSE printf('INV-%07d', (${id}) * 100 + (${j})) END`;

/** Accounts 1…count: a name from the word lists, a number for seven in ten, terms for most. */
function accountsSql(): string {
  const combos = NAME_FIRST.length * NAME_TRADE.length * NAME_SUFFIX.length;
  // 7919 is prime, so j runs over every combination once before any comes again.
  return `
    WITH RECURSIVE seq(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM seq WHERE k < :count - 1),
    named AS (
      SELECT k, ${word('first', 'j')} AS first,
        ${word('trade', `j / ${NAME_FIRST.length}`)} AS trade,
        ${word('suffix', `j / ${NAME_FIRST.length * NAME_TRADE.length}`)} AS suffix
      FROM (SELECT k, k * 7919 % ${combos} AS j FROM seq)
    ),
    rows AS (
      SELECT k, first || ' ' || trade || CASE WHEN suffix = '' THEN '' ELSE ' ' || suffix END AS name
      FROM named
    )
    INSERT INTO accounts (id, name, name_key, number, customer_since, terms, note, created_at,
      updated_at)
    SELECT k + 1, name, lower(name), CASE WHEN k % 10 < 7 THEN 'C-' || (10000 + k) ELSE '' END,
      '' || (2005 + k % 20), CASE k % 4 WHEN 0 THEN 'Net 30' WHEN 1 THEN 'Net 45' WHEN 2 THEN 'Net 15' ELSE '' END,
      '', :at, :at
    FROM rows`;
}

/** A contact with a phone for every account, and a second one without for one in five. */
function contactsSql(): string {
  const phone = (format: string) =>
    `printf('${format}', 200 + (id - 1) % 800, 550 + (id - 1) / 10000, (id - 1) % 10000)`;
  return `
    INSERT INTO account_contacts (account_id, position, name, role, phone, phone_digits, email)
    SELECT id, 0, ${word('contactFirst', 'id * 13')} || ' ' || ${word('contactLast', `id * 7 + id / ${CONTACT_FIRST.length}`)},
      ${word('role', 'id')}, ${phone('(%03d) %03d-%04d')}, ${phone('%03d%03d%04d')}, ''
    FROM accounts
    UNION ALL
    SELECT id, 1, ${word('contactFirst', 'id * 17 + 5')} || ' ' || ${word('contactLast', 'id * 11 + 3')},
      ${word('role', 'id + 1')}, '', '', ''
    FROM accounts WHERE id % 5 = 0
    ORDER BY 1, 2`;
}

/**
 * Each account's invoices, as the one report imported before left them: due over the year to
 * `REPORT_AS_OF`, open when due from `OPEN_FROM` on (and a few older ones), the rest closed.
 */
function invoicesSql(): string {
  const open = `(due_on >= '${OPEN_FROM}' OR (account_id + 3 * j) % ${OLD_OPEN_EVERY} = 0)`;
  return `
    WITH RECURSIVE slot(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM slot WHERE j < ${MOST_INVOICES} - 1),
    due AS (
      SELECT accounts.id AS account_id, slot.j AS j,
        date('${FIRST_DUE}', '+' || ((accounts.id * 37 + slot.j * 97) % 365) || ' days') AS due_on,
        5000 + (accounts.id * 7919 + slot.j * 6007) % 1995000 AS amount_cents
      FROM accounts JOIN slot ON slot.j < ${invoiceCountSql('accounts.id')}
    ),
    rows AS (
      SELECT due.*, ${open} AS is_open,
        min(date(due_on, '+' || ((account_id + j) % 45) || ' days'), '${SEEDED_AS_OF}') AS paid_on
      FROM due
    )
    INSERT INTO invoices (account_id, number, invoice_date, due_on, amount_cents, open_cents,
      currency, job, closed_on, seen_on, updated_at)
    SELECT account_id, ${invoiceNumberSql('account_id', 'j')}, date(due_on, '-30 days'), due_on,
      amount_cents,
      CASE WHEN NOT is_open THEN 0 WHEN (account_id + j) % 7 = 0 THEN amount_cents / 2 ELSE amount_cents END,
      '', '', CASE WHEN is_open THEN NULL ELSE paid_on END,
      CASE WHEN is_open THEN '${SEEDED_AS_OF}' ELSE max(date(due_on, '-30 days'), date(paid_on, '-1 month')) END,
      :at
    FROM rows ORDER BY account_id, j`;
}

/** What the seeded report did to each invoice: listed it, and closed the ones since paid. */
const INVOICE_EVENTS_SQL = `
  INSERT INTO invoice_events (invoice_id, import_id, on_date, kind, open_cents)
  SELECT id, 1, invoice_date, 'listed', amount_cents FROM invoices
  UNION ALL
  SELECT id, 1, closed_on, 'closed', amount_cents FROM invoices WHERE closed_on IS NOT NULL
  ORDER BY 1, 3`;

/**
 * `capturedSearchText` in SQL, for the amount due (`100 * w` cents, so no fraction) and, for one
 * call in five, the check captured: its number and who sent it.
 */
function capturedTextSql(): string {
  const plain = `w || '.00'`;
  const grouped = `(CASE WHEN w >= 1000 THEN (w / 1000) || ',' || printf('%03d', w % 1000) ELSE '' || w END) || '.00'`;
  return `${plain} || CASE WHEN w >= 1000 THEN ' ' || ${grouped} ELSE '' END || ' ' || w
    || CASE WHEN n % 5 = 0 THEN ' ' || (1000 + w) || ' ' || contact ELSE '' END`;
}

function callsSql(spec: SeedSpec): string {
  const stepCount = defaultArPlaybook.steps.length;
  const chunks = Array.from(
    { length: spec.noteChunks },
    (_, j) =>
      `(SELECT text FROM bench_chunks WHERE k = (n * ${7 + 2 * j} + ${j * 389}) % ${CHUNK_COUNT})`,
  );
  const notes = [
    `'Called ' || contact || ' about ' || invoice || '.'`,
    ...chunks,
    `CASE WHEN n % ${RARE_EVERY} = ${RARE_EVERY / 2} THEN ${quote(`Mentioned ${RARE_WORD} of the old balance.`)} ELSE '' END`,
  ].join(" || ' ' || ");
  const outcome = `(SELECT label FROM bench_outcomes WHERE k = n % (SELECT count(*) FROM bench_outcomes))`;
  const outcomeId = `(SELECT id FROM bench_outcomes WHERE k = n % (SELECT count(*) FROM bench_outcomes))`;
  // A few accounts have one call in BUSY_EVERY between them; the rest are spread over all.
  const accountOf = `CASE WHEN n % ${BUSY_EVERY} = 0
      THEN 1 + (n / ${BUSY_EVERY}) % ${BUSY_ACCOUNTS} * (:accounts / ${BUSY_ACCOUNTS})
      ELSE 1 + n * 2654435761 % 4294967296 % :accounts END`;
  return `
    WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < :count - 1),
    linked AS (SELECT n, ${accountOf} AS account_id FROM seq),
    base AS (
      SELECT n, account_id,
        (SELECT name FROM accounts WHERE id = account_id) AS customer,
        (SELECT number FROM accounts WHERE id = account_id) AS account_number,
        (SELECT name FROM account_contacts WHERE account_id = linked.account_id AND position = 0) AS contact,
        ${invoiceNumberSql('account_id', `n % ${invoiceCountSql('account_id')}`)} AS invoice,
        ${SEED_START} + n * 60000 AS started_at,
        n % ${stepCount + 1} AS done,
        n % 9000 AS w
      FROM linked
    ),
    rows AS (
      SELECT base.*, date((started_at + 86400000) / 1000, 'unixepoch') AS due,
        ${outcome} AS label, ${outcomeId} AS outcome_id
      FROM base
    )
    INSERT INTO calls (seq, id, account_id, playbook_id, playbook_version, customer,
      account_number, invoice, amount_due_cents, contact, customer_since, due_on, started_at,
      ended_at, steps_json, steps_done, branches_json, captures_json, questions_json, notes,
      closing_json, outcome_label, action_due_on, captured_text, updated_at)
    SELECT n + 1, 'seed-' || n, account_id, ${quote(defaultArPlaybook.id)}, ${defaultArPlaybook.version},
      customer, account_number, invoice, 100 * w, contact, '2014', NULL, started_at,
      started_at + 240000, ${stepsJsonSql()}, done,
      CASE WHEN n % 5 = 0 THEN json_array(json_object('branchId', 'check-in-mail', 'openedAt', started_at + 60000)) ELSE '[]' END,
      CASE WHEN n % 5 = 0 THEN json_object('check-in-mail', json_object('check-number', '' || (1000 + w), 'sent-by', contact)) ELSE '{}' END,
      '[]', ${notes},
      json_object('outcomeId', outcome_id, 'outcomeLabel', label,
        'action', json_object('what', 'Call again', 'dueOn', due)),
      label, due, ${capturedTextSql()}, started_at + 240000
    FROM rows`;
}

const SEEDED_AT = Date.parse(`${SEEDED_AS_OF}T12:00:00Z`);

/**
 * Builds the database in `dataDir` from nothing: main's migrations, then one INSERT per table,
 * through the tables whose triggers keep the search indexes in step.
 */
function seed(dataDir: string, spec: SeedSpec): void {
  const combos = NAME_FIRST.length * NAME_TRADE.length * NAME_SUFFIX.length;
  if (spec.accounts > combos) throw new Error(`The word lists name at most ${combos} accounts.`);
  closeDatabase(openDatabase(dataDir).db);
  const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME));
  try {
    // A file built once, for a benchmark: no need to survive a power cut while it is written.
    db.exec('PRAGMA synchronous = OFF');
    db.exec('PRAGMA cache_size = -262144');
    db.exec('CREATE TEMP TABLE bench_chunks (k INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    db.exec('CREATE TEMP TABLE bench_outcomes (k INTEGER PRIMARY KEY, id TEXT, label TEXT)');
    db.exec(`CREATE TEMP TABLE bench_words (list TEXT NOT NULL, k INTEGER NOT NULL,
      word TEXT NOT NULL, PRIMARY KEY (list, k))`);
    const addChunk = db.prepare('INSERT INTO bench_chunks (k, text) VALUES (?, ?)');
    const addOutcome = db.prepare('INSERT INTO bench_outcomes (k, id, label) VALUES (?, ?, ?)');
    const addWord = db.prepare('INSERT INTO bench_words (list, k, word) VALUES (?, ?, ?)');
    db.exec('BEGIN');
    for (let k = 0; k < CHUNK_COUNT; k++) addChunk.run(k, noteText(CHUNK_CHARS, k + 1));
    for (const [k, outcome] of defaultArPlaybook.outcomes.entries()) {
      addOutcome.run(k, outcome.id, outcome.label);
    }
    for (const [list, listed] of Object.entries(WORD_LISTS)) {
      for (const [k, text] of listed.entries()) addWord.run(list, k, text);
    }
    db.prepare(accountsSql()).run({ count: spec.accounts, at: SEEDED_AT });
    db.exec(contactsSql());
    db.prepare(
      `INSERT INTO imports (id, file_name, layout, as_of, is_full, imported_at, finished_at)
      VALUES (1, 'aging.csv', 'guessed', :as_of, 1, :at, :at)`,
    ).run({ as_of: SEEDED_AS_OF, at: SEEDED_AT });
    db.prepare(invoicesSql()).run({ at: SEEDED_AT });
    db.exec(INVOICE_EVENTS_SQL);
    db.prepare(callsSql(spec)).run({ count: spec.calls, accounts: spec.accounts });
    db.exec('COMMIT');
  } finally {
    closeDatabase(db);
  }
  check(dataDir, spec);
}

const countOf = (db: DatabaseSyncInstance, sql: string) =>
  (db.prepare(sql).get() as { n: number }).n;

/** Reads seeded rows back the way main does, so a seed main cannot read fails here, not later. */
function check(dataDir: string, spec: SeedSpec): void {
  const { db } = openDatabase(dataDir);
  try {
    const count = countOf(db, 'SELECT count(*) AS n FROM calls');
    if (count !== spec.calls) throw new Error(`Seeded ${count} calls, expected ${spec.calls}`);
    const calls = createCallRepository(db, Date.now);
    const stored = db.prepare(
      'SELECT steps_done, captured_text, captures_json, amount_due_cents FROM calls WHERE id = ?',
    );
    for (const n of [0, 1, 5, 6, 1_000, 4_321, RARE_EVERY / 2, spec.calls - 1]) {
      const call = calls.get(`seed-${n}`);
      const row = stored.get(`seed-${n}`) as
        | {
            steps_done: number;
            captured_text: string;
            captures_json: string;
            amount_due_cents: number | null;
          }
        | undefined;
      if (!call || call.accountId === null || row?.steps_done !== countStepsDone(call.steps)) {
        throw new Error(`Seeded call seed-${n} does not read back as main stores calls`);
      }
      const captures = JSON.parse(row.captures_json) as Record<string, CaptureValues>;
      if (row.captured_text !== capturedSearchText(captures, row.amount_due_cents)) {
        throw new Error(`Seeded call seed-${n} has captured text main would not have written`);
      }
    }
    if (countOf(db, 'SELECT count(*) AS n FROM calls WHERE account_id IS NULL') > 0) {
      throw new Error('Some seeded calls are on no account');
    }
    const accounts = db.prepare('SELECT name, name_key FROM accounts WHERE id % 997 = 1').all() as {
      name: string;
      name_key: string;
    }[];
    if (accounts.some((account) => account.name_key !== accountNameKey(account.name))) {
      throw new Error('Seeded accounts have a name key main would not have written');
    }
    const contacts = db.prepare('SELECT phone, phone_digits FROM account_contacts').all() as {
      phone: string;
      phone_digits: string;
    }[];
    if (contacts.some((contact) => contact.phone_digits !== phoneDigits(contact.phone))) {
      throw new Error("Seeded contacts' phone digits are not their phones' digits");
    }
    // Each index holds exactly what its table does (the triggers filled them as rows went in).
    for (const index of ['calls_search', 'account_search', 'contact_search', 'invoice_search']) {
      db.exec(`INSERT INTO ${index} (${index}) VALUES ('integrity-check')`);
    }
  } finally {
    closeDatabase(db);
  }
}

/** What the seeded file holds besides calls, for the bench's header. */
export function seededContents(file: string): { accounts: number; invoices: number } {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return {
      accounts: countOf(db, 'SELECT count(*) AS n FROM accounts'),
      invoices: countOf(db, 'SELECT count(*) AS n FROM invoices'),
    };
  } finally {
    db.close();
  }
}

/** A key for the schema the seeded files were built at: its version and the migrations' text. */
function schemaKey(): string {
  const hash = createHash('sha256');
  for (const migration of migrations) hash.update(migration.sql);
  return `v${latestSchemaVersion}-${hash.digest('hex').slice(0, 8)}`;
}

export const CACHE_DIR = path.join(os.tmpdir(), 'call-coach-bench-cache');

export interface SeededCopy {
  /** A fresh data folder holding a copy of the seeded database, for this run to change. */
  readonly dataDir: string;
  readonly file: string;
  readonly isCacheReused: boolean;
  /** Time spent seeding (0 when the cache was reused) and copying, ms. */
  readonly seedMs: number;
  readonly copyMs: number;
  readonly bytes: number;
}

/**
 * Waits until `file` is on disk. Otherwise the kernel writes a freshly copied file back while the
 * bench runs, and every fsync of an autosave waits behind it.
 */
function flushToDisk(file: string): void {
  const fd = fs.openSync(file, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

/** Seeds of the same size built for an earlier schema or seed format are not needed again. */
function removeOlderSeeds(spec: SeedSpec, keep: string): void {
  const prefix = `calls-${spec.calls}-notes-${spec.noteChunks}-`;
  for (const name of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, name);
    if (name.startsWith(prefix) && name.endsWith('.db') && file !== keep) fs.rmSync(file);
  }
}

/** The seeded database for `spec`, from the cache when one was built before, in a fresh folder. */
export function seededCopy(spec: SeedSpec, workDir: string): SeededCopy {
  const key = `calls-${spec.calls}-notes-${spec.noteChunks}-accounts-${spec.accounts}-${schemaKey()}-s${SEED_FORMAT}`;
  const cached = path.join(CACHE_DIR, `${key}.db`);
  const isCacheReused = fs.existsSync(cached);
  let seedMs = 0;
  if (!isCacheReused) {
    const started = performance.now();
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const building = fs.mkdtempSync(path.join(CACHE_DIR, 'building-'));
    try {
      seed(building, spec);
      const built = path.join(building, DATABASE_FILE_NAME);
      flushToDisk(built);
      // Renamed into place only once complete: an interrupted seed is never reused.
      fs.renameSync(built, cached);
      removeOlderSeeds(spec, cached);
    } finally {
      fs.rmSync(building, { recursive: true, force: true });
    }
    seedMs = performance.now() - started;
  }
  const dataDir = path.join(workDir, key);
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, DATABASE_FILE_NAME);
  const copying = performance.now();
  fs.copyFileSync(cached, file, fs.constants.COPYFILE_FICLONE);
  flushToDisk(file);
  return {
    dataDir,
    file,
    isCacheReused,
    seedMs,
    copyMs: performance.now() - copying,
    bytes: fs.statSync(file).size,
  };
}

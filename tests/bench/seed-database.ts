// Seeded databases for the storage bench: built with SQL directly (one recursive INSERT), cached
// under the system's temp folder between runs, and copied into a fresh data folder for each run.

import { DatabaseSync } from '@photostructure/sqlite';
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
import { countStepsDone, createCall } from '../../shared/domain/call';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';

/** One seeded size: how many ended calls, and how much note text each has. */
export interface SeedSpec {
  readonly calls: number;
  /** Chunks of about `CHUNK_CHARS` characters of note text per call, after the opening line. */
  readonly noteChunks: number;
}

/** A word in every note, at the start of its opening line. */
export const EVERY_NOTE_WORD = 'called';
/** A word in about one note in a thousand, and in no other note or column. */
export const RARE_WORD = 'escheatment';
const RARE_EVERY = 1_000;
// Seeded calls start on 1 January 2020, one a minute.
const SEED_START = Date.UTC(2020, 0, 1);

// Bump when the seeded content changes, so that cached files from before are rebuilt.
const SEED_FORMAT = 1;
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

/** A small deterministic random source, so every seeded file holds the same text. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

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

function seedSql(spec: SeedSpec): string {
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
  return `
    WITH RECURSIVE seq(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM seq WHERE n < :count - 1),
    base AS (
      SELECT n,
        'Customer ' || (n % 5000) AS customer,
        'Contact ' || (n % 300) AS contact,
        'INV-' || (100000 + n) AS invoice,
        ${SEED_START} + n * 60000 AS started_at,
        n % ${stepCount + 1} AS done
      FROM seq
    ),
    rows AS (
      SELECT base.*, date((started_at + 86400000) / 1000, 'unixepoch') AS due,
        ${outcome} AS label, ${outcomeId} AS outcome_id
      FROM base
    )
    INSERT INTO calls (id, playbook_id, playbook_version, customer, account_number, invoice,
      amount_due_cents, contact, customer_since, due_on, started_at, ended_at, steps_json,
      steps_done, branches_json, captures_json, questions_json, notes, closing_json,
      outcome_label, action_due_on, updated_at)
    SELECT 'seed-' || n, ${quote(defaultArPlaybook.id)}, ${defaultArPlaybook.version}, customer,
      'A-' || (n % 20000), invoice, 100 * (n % 9000), contact, '2014', NULL, started_at,
      started_at + 240000, ${stepsJsonSql()}, done,
      CASE WHEN n % 5 = 0 THEN json_array(json_object('branchId', 'check-in-mail', 'openedAt', started_at + 60000)) ELSE '[]' END,
      CASE WHEN n % 5 = 0 THEN json_object('check-in-mail', json_object('check-number', '' || (1000 + n % 9000), 'sent-by', contact)) ELSE '{}' END,
      '[]', ${notes},
      json_object('outcomeId', outcome_id, 'outcomeLabel', label,
        'action', json_object('what', 'Call again', 'dueOn', due)),
      label, due, started_at + 240000
    FROM rows`;
}

/** Builds the database in `dataDir` from nothing: main's migrations, then one INSERT. */
function seed(dataDir: string, spec: SeedSpec): void {
  closeDatabase(openDatabase(dataDir).db);
  const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME));
  try {
    // A file built once, for a benchmark: no need to survive a power cut while it is written.
    db.exec('PRAGMA synchronous = OFF');
    db.exec('PRAGMA cache_size = -262144');
    db.exec('CREATE TEMP TABLE bench_chunks (k INTEGER PRIMARY KEY, text TEXT NOT NULL)');
    db.exec('CREATE TEMP TABLE bench_outcomes (k INTEGER PRIMARY KEY, id TEXT, label TEXT)');
    const addChunk = db.prepare('INSERT INTO bench_chunks (k, text) VALUES (?, ?)');
    const addOutcome = db.prepare('INSERT INTO bench_outcomes (k, id, label) VALUES (?, ?, ?)');
    db.exec('BEGIN');
    for (let k = 0; k < CHUNK_COUNT; k++) addChunk.run(k, noteText(CHUNK_CHARS, k + 1));
    for (const [k, outcome] of defaultArPlaybook.outcomes.entries()) {
      addOutcome.run(k, outcome.id, outcome.label);
    }
    db.prepare(seedSql(spec)).run({ count: spec.calls });
    db.exec('COMMIT');
  } finally {
    closeDatabase(db);
  }
  check(dataDir, spec);
}

/** Reads seeded rows back the way main does, so a seed main cannot read fails here, not later. */
function check(dataDir: string, spec: SeedSpec): void {
  const { db } = openDatabase(dataDir);
  try {
    const { count } = db.prepare('SELECT count(*) AS count FROM calls').get() as { count: number };
    if (count !== spec.calls) throw new Error(`Seeded ${count} calls, expected ${spec.calls}`);
    const calls = createCallRepository(db, Date.now);
    const stepsDone = db.prepare('SELECT steps_done FROM calls WHERE id = ?');
    for (const n of [0, 1, 6, RARE_EVERY / 2, spec.calls - 1]) {
      const call = calls.get(`seed-${n}`);
      const row = stepsDone.get(`seed-${n}`) as { steps_done: number } | undefined;
      if (!call || row?.steps_done !== countStepsDone(call.steps)) {
        throw new Error(`Seeded call seed-${n} does not read back as main stores calls`);
      }
    }
  } finally {
    closeDatabase(db);
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
  const key = `calls-${spec.calls}-notes-${spec.noteChunks}-${schemaKey()}-s${SEED_FORMAT}`;
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

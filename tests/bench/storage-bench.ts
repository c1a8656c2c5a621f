// `npm run bench`: storage speed on a real database file, at realistic sizes.
// Targets (from the foundation issue): p99 autosave under 5 ms; first history page under 50 ms
// with 100,000 stored calls. Prints a table; never fails on a slow machine, it only reports.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCall, type Call } from '../../shared/domain/call';
import { localDate } from '../../shared/domain/calendar';
import { firstHistoryPage } from '../../shared/domain/history';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import { createCallService } from '../../electron/main/modules/calls/call-service';
import { createPlaybookService } from '../../electron/main/modules/playbooks/playbook-service';
import { createCallRepository } from '../../electron/main/modules/calls/call-repository';
import { openDatabase } from '../../electron/main/storage/database';
import { createPlaybookRepository } from '../../electron/main/modules/playbooks/playbook-repository';

const SIZES = [10_000, 100_000] as const;
const AUTOSAVES = 1_000;
const HISTORY_RUNS = 50;
const NOTE_WORDS = [
  'check',
  'mailed',
  'tuesday',
  'lockbox',
  'invoice',
  'promised',
  'ach',
  'dispute',
  'credit',
  'memo',
  'approval',
  'resend',
  'warehouse',
  'quantity',
  'short',
  'paid',
];

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}

function summarize(samples: number[]): { median: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

function sampleNotes(seed: number): string {
  const words: string[] = [];
  for (let i = 0; i < 80; i++) words.push(NOTE_WORDS[(seed * 7 + i * 13) % NOTE_WORDS.length]!);
  return words.join(' ');
}

function seed(dataDir: string, count: number): void {
  const { db } = openDatabase(dataDir);
  const calls = createCallRepository(db, Date.now);
  const start = Date.UTC(2020, 0, 1);
  db.exec('BEGIN');
  for (let i = 0; i < count; i++) {
    const startedAt = start + i * 60_000;
    const call = createCall(
      `seed-${i}`,
      {
        playbookId: defaultArPlaybook.id,
        customer: `Customer ${i % 5000}`,
        accountNumber: `A-${i}`,
        invoice: `INV-${100000 + i}`,
        amountDueCents: 100 * (i % 9000),
        contact: `Contact ${i % 300}`,
        customerSince: '2014',
        dueOn: null,
      },
      defaultArPlaybook,
      startedAt,
    );
    const ended: Call = {
      ...call,
      endedAt: startedAt + 240_000,
      notes: sampleNotes(i),
      closing: {
        outcomeId: 'no-answer',
        outcomeLabel: 'No answer',
        action: { what: 'Call again', dueOn: localDate(startedAt + 86_400_000) },
      },
      steps: call.steps.map((step, index) => ({
        ...step,
        checkedAt: index <= i % 5 ? startedAt + index * 30_000 : null,
      })),
    };
    calls.insert(ended);
    if (i % 10_000 === 9_999) {
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
  }
  db.exec('COMMIT');
  db.close();
}

interface Row {
  readonly calls: number;
  readonly autosave: ReturnType<typeof summarize>;
  readonly historyFirst: number;
  readonly history: ReturnType<typeof summarize>;
  readonly search: ReturnType<typeof summarize>;
}

function measure(dataDir: string, count: number): Row {
  const firstOpen = performance.now();
  const { db } = openDatabase(dataDir);
  const repository = createCallRepository(db, Date.now);
  // The first page right after opening: what a caller waits for when clicking History.
  repository.listHistory(firstHistoryPage());
  const historyFirst = performance.now() - firstOpen;

  const history: number[] = [];
  for (let i = 0; i < HISTORY_RUNS; i++) {
    const t = performance.now();
    repository.listHistory(firstHistoryPage());
    history.push(performance.now() - t);
  }
  const search: number[] = [];
  for (let i = 0; i < HISTORY_RUNS; i++) {
    const t = performance.now();
    repository.listHistory(firstHistoryPage(i % 2 ? 'lockbox' : 'INV-1042'));
    search.push(performance.now() - t);
  }

  // Autosave as the caller types: the whole path main takes for one notes change.
  let id = 0;
  const service = createCallService({
    calls: repository,
    playbooks: createPlaybookService({
      playbooks: createPlaybookRepository(db, console),
      clock: Date.now,
      publish: () => undefined,
    }),
    clock: Date.now,
    newId: () => `bench-${count}-${id++}`,
    publish: () => undefined,
  });
  const call = service.start({
    playbookId: defaultArPlaybook.id,
    customer: 'Bench Co',
    accountNumber: '',
    invoice: '',
    amountDueCents: null,
    contact: '',
    customerSince: '',
    dueOn: null,
  });
  const autosave: number[] = [];
  let notes = '';
  for (let i = 0; i < AUTOSAVES; i++) {
    notes += `${NOTE_WORDS[i % NOTE_WORDS.length]} `;
    const t = performance.now();
    // Half the changes are notes, half a form field: both take the same path through main.
    service.apply(
      call.id,
      i % 2 === 0
        ? { type: 'edit-notes', notes }
        : {
            type: 'set-field',
            sectionId: 'check-in-mail',
            fieldId: 'sent-by',
            value: notes.slice(-60),
          },
    );
    autosave.push(performance.now() - t);
  }
  service.apply(call.id, {
    type: 'end',
    closing: {
      outcomeId: 'no-answer',
      outcomeLabel: 'No answer',
      action: { what: 'Call again', dueOn: localDate(Date.now()) },
    },
  });
  db.close();
  return {
    calls: count,
    autosave: summarize(autosave),
    historyFirst,
    history: summarize(history),
    search: summarize(search),
  };
}

const ms = (value: number) => `${value.toFixed(2)} ms`;

const rows: Row[] = [];
for (const size of SIZES) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'call-coach-bench-'));
  try {
    process.stdout.write(`Seeding ${size.toLocaleString('en-US')} calls… `);
    const t = performance.now();
    seed(dataDir, size);
    console.log(`done in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    rows.push(measure(dataDir, size));
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log('\nCall Coach storage benchmark (synchronous=FULL, WAL, one SQLite file)\n');
console.table(
  Object.fromEntries(
    rows.map((row) => [
      `${row.calls.toLocaleString('en-US')} calls`,
      {
        'autosave median': ms(row.autosave.median),
        'autosave p99': ms(row.autosave.p99),
        'history page 1 after open': ms(row.historyFirst),
        'history page 1 median': ms(row.history.median),
        'search median': ms(row.search.median),
        'search p99': ms(row.search.p99),
      },
    ]),
  ),
);
const largest = rows.at(-1);
if (largest) {
  const autosaveOk = largest.autosave.p99 < 5;
  const historyOk = largest.historyFirst < 50;
  console.log(
    `Target p99 autosave < 5 ms: ${autosaveOk ? 'met' : 'MISSED'} (${ms(largest.autosave.p99)})`,
  );
  console.log(
    `Target first history page < 50 ms at ${largest.calls.toLocaleString('en-US')} calls: ${historyOk ? 'met' : 'MISSED'} (${ms(largest.historyFirst)})`,
  );
}

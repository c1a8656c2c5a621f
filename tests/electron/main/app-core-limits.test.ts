import { performance } from 'node:perf_hooks';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import { FILE_CALLS_MAX } from '../../../electron/main/modules/accounts/account-reader';
import type { AccountFile } from '../../../shared/domain/account-file';
import { TIMELINE_MAX_ENTRIES, type TimelineEntry } from '../../../shared/domain/account-timeline';
import type { AccountPick } from '../../../shared/domain/accounts';
import { NOTES_MAX_LENGTH, type Call } from '../../../shared/domain/call';
import { firstHistoryPage, type HistoryPage } from '../../../shared/domain/history';
import type { ImportPreview, ImportResult } from '../../../shared/domain/imports';
import type { Worklist } from '../../../shared/ipc/contracts/worklist';
import { accountNameKey } from '../../../shared/domain/accounts';
import { seededCopy } from '../../bench/seed-database';
import { openRaw } from '../../support/database-files';
import { fakeClock, noAnswerClosing, sequentialIds, startInput } from '../../support/builders';
import { valueOf } from '../../support/results';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';

// The sizes and scripts real callers bring: notes pasted in by the megabyte, names and notes in
// Arabic and Hebrew with emoji, an account called 10,000 times, one with 5,000 invoices. Each
// answer is complete and correct; the big accounts' answers are timed against smaller ones' as
// a ratio, never against a fixed number of milliseconds.

const dirs = tempDirs();
const cores: AppCore[] = [];
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();

afterAll(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

function start(dataDir = dirs.make()): AppCore {
  const core = createAppCore({
    dataDir,
    publish: () => undefined,
    log: { error: () => undefined },
    host: createFakeHost(),
    clock: fakeClock(DEC_1).now,
    newId: sequentialIds('call'),
  });
  cores.push(core);
  return core;
}

async function ask<T>(core: AppCore, channel: string, args: readonly unknown[]): Promise<T> {
  return valueOf<T>(await core.dispatch(channel, args));
}

/** A call started, given `notes` (and a check sender when named) and ended: its stored copy. */
async function callWith(
  core: AppCore,
  customer: string,
  notes: string,
  extras: { contact?: string; sentBy?: string } = {},
): Promise<Call> {
  const call = await ask<Call>(core, 'calls:start', [
    startInput({ customer, accountNumber: '', contact: extras.contact ?? 'Dana Reyes' }),
  ]);
  valueOf(await core.dispatch('calls:type', [call.id, { type: 'edit-notes', notes }]));
  if (extras.sentBy !== undefined) {
    valueOf(
      await core.dispatch('calls:apply', [
        call.id,
        { type: 'open-branch', branchId: 'check-in-mail' },
      ]),
    );
    const field = {
      type: 'set-field',
      sectionId: 'check-in-mail',
      fieldId: 'sent-by',
      value: extras.sentBy,
    };
    valueOf(await core.dispatch('calls:type', [call.id, field]));
  }
  await ask(core, 'calls:apply', [
    call.id,
    { type: 'end', closing: noAnswerClosing('2026-12-04') },
  ]);
  return ask<Call>(core, 'calls:get', [call.id]);
}

/** How long main takes to answer, ms. */
async function timed(core: AppCore, channel: string, args: readonly unknown[]): Promise<number> {
  const asked = performance.now();
  valueOf(await core.dispatch(channel, args));
  return performance.now() - asked;
}

const median = (times: number[]) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

/**
 * How many times longer main takes to answer `big` than `small`, by medians. The two are asked
 * in turn, so a machine busy with something else slows both alike.
 */
async function ratioOf(
  core: AppCore,
  channel: string,
  big: readonly unknown[],
  small: readonly unknown[],
): Promise<number> {
  const bigMs: number[] = [];
  const smallMs: number[] = [];
  for (let round = 0; round < 5; round += 1) {
    const [bigTime, smallTime] = [
      await timed(core, channel, big),
      await timed(core, channel, small),
    ];
    // The first round warms the statements up.
    if (round === 0) continue;
    bigMs.push(bigTime);
    smallMs.push(smallTime);
  }
  return median(bigMs) / median(smallMs);
}

// Right-to-left names with bidi marks, astral characters, ZWJ sequences and skin tones.
const MID_NAME = 'Second Seeded Account';
const ARABIC_NAME = 'مخبز الأمل \u200fBakery 👩🏽‍🍳';
const HEBREW_CONTACT = 'דנה כהן \u200e(AP)';
const SENT_BY = 'محمد 🧑🏾‍💼 \u202bالمحاسب\u202c';
const NOTES =
  'Spoke with דנה about חשבונית 1042.\u200f She said the payment שולם on Friday 👍🏿\n' +
  'تم الدفع\u200f بالشيك 🇸🇦; family 👨‍👩‍👧‍👦 and 𝒜𝓈𝓉𝓇𝒶𝓁 math letters.\n' +
  'Confirmed🎉remittance by email.';

describe('text at the limits, through the core', { timeout: 60_000 }, () => {
  let core: AppCore;
  beforeAll(() => {
    core = start();
  });

  it('stores a megabyte of pasted notes exactly as typed', async () => {
    const line = 'Pasted from the ledger: INV-1042 balance 1,250.00 — ✓ שולם 🧾\n';
    const notes = line.repeat(Math.ceil(NOTES_MAX_LENGTH / line.length)).slice(0, NOTES_MAX_LENGTH);
    expect(notes.length).toBeGreaterThanOrEqual(1024 * 1024);

    const stored = await callWith(core, 'Ledger Paste Co', notes);

    expect(stored.notes).toBe(notes);
  });

  it('refuses notes past the limit in one request, keeping what was stored before', async () => {
    const call = await ask<Call>(core, 'calls:start', [startInput({ customer: 'Overflow Co' })]);
    valueOf(await core.dispatch('calls:type', [call.id, { type: 'edit-notes', notes: 'kept' }]));

    const result = await core.dispatch('calls:type', [
      call.id,
      { type: 'edit-notes', notes: 'x'.repeat(NOTES_MAX_LENGTH + 1) },
    ]);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect((await ask<Call>(core, 'calls:get', [call.id])).notes).toBe('kept');
    await ask(core, 'calls:apply', [
      call.id,
      { type: 'end', closing: noAnswerClosing('2026-12-04') },
    ]);
  });

  it('stores right-to-left text and emoji in names, notes and captures exactly', async () => {
    const stored = await callWith(core, ARABIC_NAME, NOTES, {
      contact: HEBREW_CONTACT,
      sentBy: SENT_BY,
    });

    expect(stored).toMatchObject({ customer: ARABIC_NAME, contact: HEBREW_CONTACT, notes: NOTES });
    expect(stored.captures['check-in-mail']?.['sent-by']).toBe(SENT_BY);
    const file = await ask<AccountFile>(core, 'accounts:file', [stored.accountId]);
    expect(file.account.name).toBe(ARABIC_NAME);
  });

  it.each([
    ['a Hebrew word in the notes', 'שולם'],
    ['an Arabic word next to a right-to-left mark', 'الدفع'],
    ['a word written against an emoji', 'Confirmed'],
    ['a word of a captured value', 'محمد'],
    ['a word of the customer’s name', 'الأمل'],
  ])('finds the call in History by %s', async (_, word) => {
    const page = await ask<HistoryPage>(core, 'calls:history', [firstHistoryPage(word)]);

    expect(page.items.map((item) => item.customer)).toContain(ARABIC_NAME);
  });

  it('finds the account by its right-to-left name in the pick-list', async () => {
    const picks = await ask<AccountPick[]>(core, 'accounts:pick', ['مخبز']);

    expect(picks.map((pick) => pick.name)).toContain(ARABIC_NAME);
  });
});

const BIG_CALLS = 10_000;
/** Of the seeded calls, these go to a second account, as busy as many real ones. */
const MID_CALLS = 1_000;
const BIG_INVOICES = 5_000;
const MID_INVOICES = 500;
/**
 * The card, the timeline and History's pages read a capped number of calls, so an account with
 * nine times the calls must answer about as fast: this bound is generous for a loaded machine,
 * and well below the nine times an uncapped read would take.
 */
const CAPPED_RATIO_MAX = 4;

/** An aging report: `count` invoices of one customer, every other one overdue on 1 December. */
function agingReport(customer: string, count: number, prefix: string): string {
  const lines = ['Customer,Invoice number,Invoice date,Due date,Amount,Open balance'];
  for (let index = 0; index < count; index += 1) {
    const due = index % 2 === 0 ? '10/31/2026' : '12/31/2026';
    lines.push(`${customer},${prefix}-${index},10/01/2026,${due},10.00,10.00`);
  }
  return lines.join('\n');
}

describe('an account with 10,000 calls and one with 5,000 invoices', { timeout: 90_000 }, () => {
  let core: AppCore;
  let busyId: number;
  let midId: number;

  beforeAll(async () => {
    // Every seeded call is on the only seeded account; the first thousand move to a second one.
    const seeded = seededCopy(
      { calls: BIG_CALLS + MID_CALLS, noteChunks: 1, accounts: 1 },
      dirs.make(),
    );
    const db = openRaw(seeded.file);
    try {
      db.prepare(
        `INSERT INTO accounts (id, name, name_key, number, customer_since, terms, note, created_at, updated_at)
        VALUES (2, :name, :key, '', '', '', '', 0, 0)`,
      ).run({ name: MID_NAME, key: accountNameKey(MID_NAME) });
      db.prepare('UPDATE calls SET account_id = 2, customer = ? WHERE seq <= ?').run(
        MID_NAME,
        MID_CALLS,
      );
    } finally {
      db.close();
    }
    core = start(seeded.dataDir);
    busyId = (await ask<Call>(core, 'calls:get', [`seed-${MID_CALLS}`])).accountId!;
    midId = (await ask<Call>(core, 'calls:get', ['seed-0'])).accountId!;
  }, 90_000);

  it('reads the busy account’s card from its latest calls only, and counts them all', async () => {
    const file = await ask<AccountFile>(core, 'accounts:file', [busyId]);

    expect(file.callCount).toBe(BIG_CALLS);
    expect(file.lastContact).not.toBeNull();
    expect(file.checks.length).toBeGreaterThan(0);
    expect(file.checks.length).toBeLessThanOrEqual(FILE_CALLS_MAX);
    const ratio = await ratioOf(core, 'accounts:file', [busyId], [midId]);
    expect(ratio).toBeLessThan(CAPPED_RATIO_MAX);
  });

  it('shows the busy account’s timeline, capped, newest first', async () => {
    const timeline = await ask<TimelineEntry[]>(core, 'accounts:timeline', [busyId]);

    expect(timeline).toHaveLength(TIMELINE_MAX_ENTRIES);
    const days = timeline.map((entry) => entry.on);
    expect(days).toEqual(days.toSorted().reverse());
    expect(await ratioOf(core, 'accounts:timeline', [busyId], [midId])).toBeLessThan(
      CAPPED_RATIO_MAX,
    );
  });

  it('pages through the busy account’s calls in History', async () => {
    const filters = { outcomeId: null, from: null, to: null, accountId: busyId };
    const first = await ask<HistoryPage>(core, 'calls:history', [firstHistoryPage('', filters)]);
    const second = await ask<HistoryPage>(core, 'calls:history', [
      { ...firstHistoryPage('', filters), after: first.next },
    ]);

    expect(first.next).not.toBeNull();
    expect(second.items.length).toBe(first.items.length);
    const firstIds = new Set(first.items.map((item) => item.id));
    expect(second.items.some((item) => firstIds.has(item.id))).toBe(false);
    expect(second.items[0]!.startedAt).toBeLessThanOrEqual(first.items.at(-1)!.startedAt);
    expect(second.items.every((item) => item.accountId === busyId)).toBe(true);
    const mid = { ...filters, accountId: midId };
    const ratio = await ratioOf(
      core,
      'calls:history',
      [firstHistoryPage('', filters)],
      [firstHistoryPage('', mid)],
    );
    expect(ratio).toBeLessThan(CAPPED_RATIO_MAX);
  });

  it('imports 5,000 invoices for one account; the pick, the card and the follow-ups stay right', async () => {
    const report = [
      agingReport('Bulk Foods Inc', BIG_INVOICES, 'BF'),
      ...agingReport('Tiny Tools LLC', MID_INVOICES, 'TT').split('\n').slice(1),
    ].join('\n');
    const file = { name: 'bulk.csv', bytesBase64: Buffer.from(report).toString('base64') };
    const choices = { mapping: null, isFullReport: false };
    const preview = await ask<ImportPreview>(core, 'imports:read', [file, choices]);
    await ask<ImportResult>(core, 'imports:apply', [preview.importId]);
    const [bulk] = await ask<AccountPick[]>(core, 'accounts:pick', ['bulk']);
    const [tiny] = await ask<AccountPick[]>(core, 'accounts:pick', ['tiny']);
    expect(bulk).toMatchObject({ name: 'Bulk Foods Inc' });

    const card = await ask<AccountFile>(core, 'accounts:file', [bulk!.id]);
    expect(card.invoices).toHaveLength(BIG_INVOICES);
    const call = await ask<Call>(core, 'calls:start', [
      startInput({ accountId: bulk!.id, customer: 'Bulk Foods Inc', accountNumber: '' }),
    ]);
    await ask(core, 'calls:apply', [
      call.id,
      { type: 'end', closing: noAnswerClosing('2026-12-04') },
    ]);
    const worklist = await ask<Worklist>(core, 'worklist:read', []);
    const item = worklist.items.find((entry) => entry.callId === call.id);
    // Every other invoice of ten dollars fell due before 1 December.
    expect(item).toMatchObject({ accountId: bulk!.id, overdueCents: (BIG_INVOICES / 2) * 1_000 });

    // The pick-list (which shows what is overdue) and the card (which lists every invoice)
    // grow with the invoices at most, ten times here, never faster.
    const invoicesRatio = BIG_INVOICES / MID_INVOICES;
    expect(await ratioOf(core, 'accounts:pick', ['bulk'], ['tiny'])).toBeLessThan(
      invoicesRatio * 1.5,
    );
    expect(await ratioOf(core, 'accounts:file', [bulk!.id], [tiny!.id])).toBeLessThan(
      invoicesRatio * 1.5,
    );
  });
});

import { parse } from 'csv-parse/sync';
import fs from 'node:fs';
import path from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import {
  EXPORT_COLUMNS,
  FOLLOW_UP_COLUMNS,
} from '../../../electron/main/modules/exports/export-rows';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { Call } from '../../../shared/domain/call';
import type { ExportOutcome, ExportRequest } from '../../../shared/domain/exports';
import type { EventChannel, Events } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { fakeClock, noAnswerClosing, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost, type FakeHost } from '../support/fake-host';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];
const HOUR = 60 * 60 * 1000;
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

function startCore(shell: 'desktop' | 'browser' = 'desktop') {
  const host: FakeHost = createFakeHost({ shell });
  const clock = fakeClock(DEC_1);
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const core = createAppCore({
    dataDir: dirs.make(),
    publish: <E extends EventChannel>(channel: E, payload: Events[E]) =>
      void events.push({ channel, payload }),
    log: { error: () => undefined },
    host,
    clock: clock.now,
    newId: sequentialIds(`id-${cores.length}`),
  });
  cores.push(core);
  return { core, host, clock, events };
}

/** Starts and ends one call now; it asks for a call back on `dueOn`. */
async function endedCall(
  core: AppCore,
  overrides: Parameters<typeof startInput>[0],
  notes = '',
  dueOn = '2026-12-08',
): Promise<Call> {
  const call = valueOf<Call>(await core.dispatch('calls:start', [startInput(overrides)]));
  if (notes !== '') {
    valueOf(await core.dispatch('calls:apply', [call.id, { type: 'edit-notes', notes }]));
  }
  return valueOf<Call>(
    await core.dispatch('calls:apply', [call.id, { type: 'end', closing: noAnswerClosing(dueOn) }]),
  );
}

/** Two calls on Acme (the second an hour later) and one on Birch the next day. */
async function seeded(started: ReturnType<typeof startCore>) {
  const { core, clock } = started;
  const first = await endedCall(
    core,
    { customer: 'Acme, "Inc"', accountNumber: 'AC-1' },
    'Said: "paid"\nline two',
  );
  clock.advance(HOUR);
  const second = await endedCall(core, { customer: 'Acme, "Inc"', accountNumber: 'AC-1' }, '-x');
  clock.advance(24 * HOUR);
  const third = await endedCall(core, { customer: '=HYPERLINK("evil")', accountNumber: 'BI-2' });
  const [acme] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['AC-1']));
  return { first, second, third, acmeId: acme!.id };
}

function run(core: AppCore, request: ExportRequest): Promise<Result<ExportOutcome>> {
  return core.dispatch('exports:run', [request]) as Promise<Result<ExportOutcome>>;
}

const readCsv = (file: string) =>
  parse<Record<string, string>>(fs.readFileSync(file, 'utf8'), { bom: true, columns: true });

// Each core starts its workers from source through tsx: seconds on a loaded machine.
describe('exporting through the core', { timeout: 60_000 }, () => {
  it('writes an account’s calls, newest first, as CSV where the caller chose to save', async () => {
    const started = startCore();
    const { first, second, acmeId } = await seeded(started);
    const file = path.join(dirs.make(), 'acme.csv');
    started.host.saveTo(file);

    const outcome = valueOf<ExportOutcome>(
      await run(started.core, { scope: { kind: 'account', accountId: acmeId }, format: 'csv' }),
    );

    expect(outcome).toEqual({
      kind: 'saved',
      path: file,
      fileName: 'acme.csv',
      count: 2,
      unit: 'call',
    });
    expect(started.host.calls).toContainEqual({
      method: 'chooseSavePath',
      suggestedName: 'call-coach-acme-inc-2026-12-02.csv',
    });
    expect(fs.readFileSync(file, 'utf8').startsWith('\uFEFFcall_id,')).toBe(true);
    const rows = readCsv(file);
    expect(Object.keys(rows[0]!)).toEqual([...EXPORT_COLUMNS]);
    expect(rows.map((row) => row.call_id)).toEqual([second.id, first.id]);
    expect(rows[1]).toMatchObject({
      customer: 'Acme, "Inc"',
      notes: 'Said: "paid"\nline two',
      amount_due: '1250.00',
      outcome: 'No answer',
      next_action_due: '2026-12-08',
    });
    expect(rows[0]?.notes).toBe("'-x");
    expect(started.events).toContainEqual({
      channel: 'export:progress',
      payload: { exportId: expect.any(String) as string, done: 2, total: 2 },
    });
    expect(fs.readdirSync(path.dirname(file))).toEqual(['acme.csv']);
  });

  it('exports the calls started in a range of local days, guarding formulas', async () => {
    const started = startCore();
    const { third } = await seeded(started);
    const file = path.join(dirs.make(), 'range.csv');
    started.host.saveTo(file);

    valueOf(
      await run(started.core, {
        scope: { kind: 'range', from: '2026-12-02', to: '2026-12-31' },
        format: 'csv',
      }),
    );

    const rows = readCsv(file);
    expect(rows.map((row) => row.call_id)).toEqual([third.id]);
    expect(rows[0]?.customer).toBe(`'=HYPERLINK("evil")`);
  });

  it('exports named calls as Markdown', async () => {
    const started = startCore();
    const { first } = await seeded(started);
    const file = path.join(dirs.make(), 'calls.md');
    started.host.saveTo(file);

    valueOf(
      await run(started.core, {
        scope: { kind: 'calls', callIds: [first.id] },
        format: 'markdown',
      }),
    );

    const text = fs.readFileSync(file, 'utf8');
    expect(text).toMatch(/^# Call Coach: calls\n/);
    expect(text).toContain(`| call_id | ${first.id} |`);
    expect(text).toContain('| notes | Said: "paid"<br>line two |');
  });

  it('exports the open follow-ups, one row each, soonest due first', async () => {
    const started = startCore();
    await endedCall(started.core, { customer: 'Acme', accountNumber: 'AC-1' }, '', '2026-12-09');
    await endedCall(started.core, { customer: 'Birch', accountNumber: 'BI-2' }, '', '2026-12-04');
    const file = path.join(dirs.make(), 'follow-ups.csv');
    started.host.saveTo(file);

    valueOf(await run(started.core, { scope: { kind: 'follow-ups' }, format: 'csv' }));

    const rows = readCsv(file);
    expect(Object.keys(rows[0]!)).toEqual([...FOLLOW_UP_COLUMNS]);
    expect(rows.map((row) => [row.customer, row.account_number, row.due_on])).toEqual([
      ['Birch', 'BI-2', '2026-12-04'],
      ['Acme', 'AC-1', '2026-12-09'],
    ]);
    expect(rows[0]).toMatchObject({ what: 'Call again', kind: 'callback' });
  });

  it('writes nothing when the caller closes the save dialog', async () => {
    const started = startCore();
    const { acmeId } = await seeded(started);
    started.host.saveTo(null);

    const outcome = await run(started.core, {
      scope: { kind: 'account', accountId: acmeId },
      format: 'csv',
    });

    expect(outcome).toEqual({ ok: true, value: { kind: 'cancelled' } });
  });

  it('says clearly when the file cannot be written, leaving nothing behind', async () => {
    const started = startCore();
    const { acmeId } = await seeded(started);
    const folder = path.join(dirs.make(), 'gone');
    started.host.saveTo(path.join(folder, 'acme.csv'));

    const outcome = await run(started.core, {
      scope: { kind: 'account', accountId: acmeId },
      format: 'csv',
    });

    expect(outcome).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(outcome.ok ? '' : outcome.error.message).toContain('is no longer there');
    expect(fs.existsSync(folder)).toBe(false);
  });

  it('answers the text for the page to download in the browser preview', async () => {
    const started = startCore('browser');
    const { acmeId } = await seeded(started);

    const outcome = valueOf<ExportOutcome>(
      await run(started.core, { scope: { kind: 'account', accountId: acmeId }, format: 'json' }),
    );

    expect(outcome).toMatchObject({
      kind: 'download',
      fileName: 'call-coach-acme-inc-2026-12-02.json',
      mimeType: 'application/json',
      count: 2,
    });
    const rows = JSON.parse(outcome.kind === 'download' ? outcome.text : '') as Record<
      string,
      string
    >[];
    expect(rows.map((row) => row.customer)).toEqual(['Acme, "Inc"', 'Acme, "Inc"']);
    expect(started.host.calls.some((call) => call.method === 'chooseSavePath')).toBe(false);
  });

  it('refuses a range that ends before it starts', async () => {
    const { core } = startCore();

    const outcome = await run(core, {
      scope: { kind: 'range', from: '2026-12-05', to: '2026-12-01' },
      format: 'csv',
    });

    expect(outcome).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});

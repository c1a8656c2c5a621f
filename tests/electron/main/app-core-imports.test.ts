import fs from 'node:fs';
import path from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { Call } from '../../../shared/domain/call';
import type { ImportChoices, ImportPreview, ImportResult } from '../../../shared/domain/imports';
import type { EventChannel, Events } from '../../../shared/ipc/contract';
import { fakeClock, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];
const FIXTURES = path.join(import.meta.dirname, '../../fixtures/aging-reports');
/** Tuesday 1 December 2026, 10:00 local: the day after the reports' "As of" date. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();
const FULL: ImportChoices = { mapping: null, isFullReport: true };

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

function build(onEvent: (channel: EventChannel, payload: unknown) => void = () => undefined) {
  const events: { channel: EventChannel; payload: unknown }[] = [];
  const core = createAppCore({
    dataDir: dirs.make(),
    publish: <E extends EventChannel>(channel: E, payload: Events[E]) => {
      events.push({ channel, payload });
      onEvent(channel, payload);
    },
    log: { error: () => undefined },
    host: createFakeHost(),
    clock: fakeClock(DEC_1).now,
    newId: sequentialIds('id'),
  });
  cores.push(core);
  return { core, events };
}

const fixture = (name: string) => ({
  name,
  bytesBase64: fs.readFileSync(path.join(FIXTURES, name)).toString('base64'),
});
const textFile = (name: string, text: string) => ({
  name,
  bytesBase64: Buffer.from(text, 'utf8').toString('base64'),
});

async function imported(core: AppCore, file = fixture('quickbooks-online.csv')) {
  const preview = valueOf<ImportPreview>(await core.dispatch('imports:read', [file, FULL]));
  return valueOf<ImportResult>(await core.dispatch('imports:apply', [preview.importId]));
}

// Each core starts its workers from source through tsx: seconds on a loaded machine.
describe('importing an aging report through the core', { timeout: 60_000 }, () => {
  it('previews a report without storing anything', async () => {
    const { core, events } = build();

    const preview = valueOf<ImportPreview>(
      await core.dispatch('imports:read', [fixture('quickbooks-online.csv'), FULL]),
    );

    expect(preview).toMatchObject({
      fileName: 'quickbooks-online.csv',
      asOf: '2026-11-30',
      report: { layout: 'quickbooks-online' },
      counts: { accounts: { created: 3 }, invoices: { closed: 0 } },
    });
    expect(preview.counts.invoices.created).toBeGreaterThan(0);
    expect(valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['oak']))).toEqual([]);
    expect(events.some((event) => event.channel === 'import:progress')).toBe(true);
  });

  it('stores it on confirmation, and the pick-list and the account file then know it', async () => {
    const { core, events } = build();

    const result = await imported(core);

    expect(result).toMatchObject({ isComplete: true, asOf: '2026-11-30' });
    expect(events.filter((event) => event.channel === 'accounts:changed')).toHaveLength(1);
    const [oak] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['oak']));
    expect(oak).toMatchObject({ name: 'Oak Street Cafe' });
    const file = valueOf<AccountFile>(await core.dispatch('accounts:file', [oak!.id]));
    expect(file.invoices.map((invoice) => invoice.number)).toContain('01042');
  });

  it('changes nothing when the same file is imported twice', async () => {
    const { core } = build();
    await imported(core);

    const again = await imported(core);

    expect(again.counts).toMatchObject({
      accounts: { created: 0, updated: 0 },
      invoices: { created: 0, updated: 0, closed: 0 },
    });
  });

  it('starts a call on an account picked from the list', async () => {
    const { core } = build();
    await imported(core);
    const [pinecrest] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['pine']));

    const call = valueOf<Call>(
      await core.dispatch('calls:start', [
        startInput({ accountId: pinecrest!.id, customer: 'pine', accountNumber: '' }),
      ]),
    );

    expect(call).toMatchObject({ accountId: pinecrest!.id, customer: 'Pinecrest Dental' });
  });

  it('refuses a file that is not a report, with words for the caller', async () => {
    const { core } = build();

    const result = await core.dispatch('imports:read', [textFile('empty.csv', ''), FULL]);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses bytes that are not base64 rather than reading them as another file', async () => {
    const { core } = build();
    const file = { name: 'report.csv', bytesBase64: 'Q3VzdG9tZXI=\u0000<script>' };

    const result = await core.dispatch('imports:read', [file, FULL]);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(result.ok ? '' : result.error.message).toContain('did not arrive whole');
  });

  it('says so when asked to store a file that was never read', async () => {
    const { core } = build();

    const result = await core.dispatch('imports:apply', ['never-read']);

    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('stops reading when cancelled, storing nothing', async () => {
    let cancel: () => void = () => undefined;
    const { core } = build((channel, payload) => {
      if (channel === 'import:progress') cancel();
      void payload;
    });
    const rows = Array.from(
      { length: 60_000 },
      (_, index) => `Customer ${index},INV-${index},2026-10-01,2026-10-31,100.00,100.00`,
    );
    const file = textFile(
      'big.csv',
      ['Customer,Invoice number,Invoice date,Due date,Amount,Open balance', ...rows].join('\n'),
    );
    cancel = () => void core.dispatch('imports:cancel', ['id-1']);

    const result = await core.dispatch('imports:read', [file, FULL]);

    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['customer']))).toEqual([]);
  });
});

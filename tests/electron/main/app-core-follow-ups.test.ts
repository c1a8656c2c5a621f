import { DatabaseSync } from '@photostructure/sqlite';
import path from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/main/storage/database';
import type { AccountPick } from '../../../shared/domain/accounts';
import type { Call } from '../../../shared/domain/call';
import type { ImportChoices, ImportPreview } from '../../../shared/domain/imports';
import type { Result } from '../../../shared/ipc/result';
import { fakeClock, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';

const dirs = tempDirs();
const cores: AppCore[] = [];
const DAY = 24 * 60 * 60 * 1000;
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();
const FULL: ImportChoices = { mapping: null, isFullReport: true };

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

const report = (name: string, lines: readonly string[]) => ({
  name,
  bytesBase64: Buffer.from(
    ['Customer,Invoice number,Invoice date,Due date,Amount,Open balance', ...lines].join('\n'),
    'utf8',
  ).toString('base64'),
});

async function imported(core: AppCore, file: ReturnType<typeof report>) {
  const preview = valueOf<ImportPreview>(await core.dispatch('imports:read', [file, FULL]));
  valueOf(await core.dispatch('imports:apply', [preview.importId]));
}

/** The promises as stored, read as another program would read the file. */
function storedPromises(dataDir: string) {
  const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME), { readOnly: true });
  try {
    return db.prepare('SELECT call_id, pay_by, status FROM promises').all() as unknown[];
  } finally {
    db.close();
  }
}

// Each core starts its workers from source through tsx: seconds on a loaded machine.
describe('following a promise through the core', { timeout: 60_000 }, () => {
  it('marks a promise broken when a report after its date still lists the invoice', async () => {
    const dataDir = dirs.make();
    const clock = fakeClock(DEC_1);
    const core = createAppCore({
      dataDir,
      publish: () => undefined,
      log: { error: () => undefined },
      host: createFakeHost(),
      clock: clock.now,
      newId: sequentialIds('id'),
    });
    cores.push(core);
    const lines = ['Acme Supply,INV-7,2026-10-01,2026-10-31,800.00,800.00'];
    await imported(core, report('aging-dec-1.csv', lines));
    const [acme] = valueOf<AccountPick[]>(await core.dispatch('accounts:pick', ['acme']));
    const call = valueOf<Call>(
      await core.dispatch('calls:start', [startInput({ accountId: acme!.id, invoice: 'INV-7' })]),
    );
    const set = (fieldId: string, value: string) =>
      core.dispatch('calls:apply', [
        call.id,
        { type: 'set-field', sectionId: 'promise-to-pay', fieldId, value },
      ]);
    valueOf(
      await core.dispatch('calls:apply', [
        call.id,
        { type: 'open-branch', branchId: 'promise-to-pay' },
      ]),
    );
    valueOf(await set('amount', '800.00'));
    valueOf(await set('pay-on', '2026-12-04'));
    const payBy = { what: 'Confirm the promised payment has arrived', dueOn: '2026-12-04' };
    valueOf(
      await core.dispatch('calls:apply', [
        call.id,
        {
          type: 'end',
          closing: {
            outcomeId: 'promise-to-pay',
            outcomeLabel: 'Promise to pay',
            action: payBy,
            followUps: [{ sectionId: 'promise-to-pay', who: 'You', ...payBy }],
          },
        },
      ]),
    );
    expect(storedPromises(dataDir)).toEqual([
      { call_id: call.id, pay_by: '2026-12-04', status: 'pending' },
    ]);

    // Five days on, a report still lists the invoice: the promise was not kept.
    clock.advance(5 * DAY);
    await imported(core, report('aging-dec-6.csv', lines));

    expect(storedPromises(dataDir)).toEqual([
      { call_id: call.id, pay_by: '2026-12-04', status: 'broken' },
    ]);
  });
});

import { DatabaseSync } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { createAppCore, type AppCore } from '../../../electron/main/app-core';
import { DATABASE_FILE_NAME } from '../../../electron/main/storage/database';
import type { Call } from '../../../shared/domain/call';
import type { CallRecap } from '../../../shared/domain/recap-draft';
import type { RecapDraftFile, RecapMailOpening } from '../../../shared/ipc/contracts/calls';
import { fakeClock, sequentialIds, startInput } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost, type FakeHost } from '../support/fake-host';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];
/** Tuesday 1 December 2026, 10:00 local. */
const DEC_1 = new Date(2026, 11, 1, 10).getTime();

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

function build(shell: FakeHost['shell'] = 'desktop') {
  const dataDir = dirs.make();
  const host = createFakeHost({ shell });
  const core = createAppCore({
    dataDir,
    publish: () => undefined,
    log: { error: () => undefined },
    host,
    clock: fakeClock(DEC_1).now,
    newId: sequentialIds('call'),
  });
  cores.push(core);
  return { core, host, dataDir };
}

/** A call with a promise to pay, ended; `recapTo` is what the caller captured as the address. */
async function endedPromiseCall(core: AppCore, recapTo = ''): Promise<Call> {
  const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));
  const apply = async (command: unknown) =>
    valueOf<Call>(await core.dispatch('calls:apply', [call.id, command]));
  await apply({ type: 'open-branch', branchId: 'promise-to-pay' });
  const set = (sectionId: string, fieldId: string, value: string) =>
    apply({ type: 'set-field', sectionId, fieldId, value });
  await set('promise-to-pay', 'amount', '1,250.00');
  await set('promise-to-pay', 'pay-on', '2026-12-04');
  if (recapTo !== '') await set('follow-up', 'recap-to', recapTo);
  const payBy = { what: 'Confirm the promised payment has arrived', dueOn: '2026-12-04' };
  return apply({
    type: 'end',
    closing: {
      outcomeId: 'promise-to-pay',
      outcomeLabel: 'Promise to pay',
      action: payBy,
      followUps: [{ sectionId: 'promise-to-pay', who: 'You', ...payBy }],
    },
  });
}

function storedRecapJson(dataDir: string, callId: string): unknown {
  const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME), { readOnly: true });
  try {
    const row = db.prepare('SELECT recap_json FROM calls WHERE id = ?').get(callId) as {
      recap_json: string | null;
    };
    return row.recap_json === null ? null : JSON.parse(row.recap_json);
  } finally {
    db.close();
  }
}

/** The text parts of an .eml draft, decoded. */
function decodedParts(eml: string): string[] {
  return eml
    .split(/\r\n--=_call-coach_\d+(?:--)?\r\n/)
    .filter((part) => part.startsWith('Content-Type:'))
    .map((part) => part.split('\r\n\r\n')[1] ?? '')
    .map((base64) => Buffer.from(base64.replace(/\r\n/g, ''), 'base64').toString('utf8'));
}

// Each core starts worker threads from source through tsx: seconds on a loaded machine.
describe('the recap through the core', { timeout: 60_000 }, () => {
  it('builds the recap from the captured facts, addressed to the captured e-mail', async () => {
    const { core } = build();
    const call = await endedPromiseCall(core, 'dana@acme.example');

    const recap = valueOf<CallRecap>(await core.dispatch('calls:recap', [call.id]));

    expect(recap).toMatchObject({
      to: 'dana@acme.example',
      subject: expect.stringContaining('Acme Supplies') as unknown,
      isEdited: false,
    });
    expect(recap.body).toContain('Hello Dana Reyes,');
    expect(recap.body).toContain('You plan to pay $1,250.00');
    expect(recap.body).toContain('Invoice INV-42: $1,250.00');
  });

  it('addresses the recap to the e-mail the account holds for the contact', async () => {
    const { core, dataDir } = build();
    const call = await endedPromiseCall(core);
    const db = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME));
    try {
      db.prepare('UPDATE account_contacts SET email = ? WHERE account_id = ? AND name = ?').run(
        'd.reyes@acme.example',
        call.accountId,
        'Dana Reyes',
      );
    } finally {
      db.close();
    }

    const recap = valueOf<CallRecap>(await core.dispatch('calls:recap', [call.id]));

    expect(recap.to).toBe('d.reyes@acme.example');
  });

  it('leaves the address empty when neither the call nor the account holds one', async () => {
    const { core } = build();
    const call = await endedPromiseCall(core);

    const recap = valueOf<CallRecap>(await core.dispatch('calls:recap', [call.id]));

    expect(recap.to).toBe('');
  });

  it('refuses the recap of a call still in progress', async () => {
    const { core } = build();
    const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));

    const recap = await core.dispatch('calls:recap', [call.id]);
    const saved = await core.dispatch('calls:save-recap', [
      call.id,
      { to: '', subject: 'Too early', body: 'Not yet' },
    ]);

    expect(recap).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(saved).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('stores the edited recap with the call and answers it from then on', async () => {
    const { core, dataDir } = build();
    const call = await endedPromiseCall(core);
    const edited = { to: 'ap@acme.example', subject: 'Our call today', body: 'Thanks, Dana.' };

    const saved = valueOf<CallRecap>(await core.dispatch('calls:save-recap', [call.id, edited]));
    const read = valueOf<CallRecap>(await core.dispatch('calls:recap', [call.id]));

    expect(saved).toEqual({ ...edited, isEdited: true });
    expect(read).toEqual({ ...edited, isEdited: true });
    expect(storedRecapJson(dataDir, call.id)).toEqual(edited);
  });

  it('refuses an address that is not e-mail shaped, and a body over the limit', async () => {
    const { core, dataDir } = build();
    const call = await endedPromiseCall(core);

    const badAddress = await core.dispatch('calls:save-recap', [
      call.id,
      { to: 'dana at acme', subject: 'Hi', body: 'Hello' },
    ]);
    const tooLong = await core.dispatch('calls:save-recap', [
      call.id,
      { to: '', subject: 'Hi', body: 'x'.repeat(20_001) },
    ]);

    expect(badAddress).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(storedRecapJson(dataDir, call.id)).toBeNull();
  });

  it('writes the edited recap as an .eml draft where the caller chose', async () => {
    const { core, host } = build();
    const call = await endedPromiseCall(core);
    const edited = { to: 'ap@acme.example', subject: 'Our call today', body: 'Thanks, Dana.' };
    valueOf(await core.dispatch('calls:save-recap', [call.id, edited]));
    const file = path.join(dirs.make(), 'recap.eml');
    host.saveTo(file);

    const answer = valueOf<RecapDraftFile>(await core.dispatch('calls:recap-draft', [call.id]));

    expect(answer).toEqual({ kind: 'saved', path: file });
    expect(host.calls).toContainEqual({
      method: 'chooseSavePath',
      suggestedName: 'Recap Acme Supplies 2026-12-01.eml',
    });
    const eml = fs.readFileSync(file, 'utf8');
    expect(eml).toMatch(/^X-Unsent: 1\r\n/);
    expect(eml).toContain('\r\nTo: ap@acme.example\r\n');
    expect(eml).toContain('\r\nSubject: Our call today\r\n');
    expect(decodedParts(eml)).toEqual(['Thanks, Dana.', '<p>Thanks, Dana.</p>']);
  });

  it('writes nothing when the caller cancels the save dialog', async () => {
    const { core, host } = build();
    const call = await endedPromiseCall(core);
    host.saveTo(null);

    const answer = valueOf<RecapDraftFile>(await core.dispatch('calls:recap-draft', [call.id]));

    expect(answer).toEqual({ kind: 'cancelled' });
  });

  it('hands the browser preview the draft to download, with the invoice listed', async () => {
    const { core, host } = build('browser');
    const call = await endedPromiseCall(core);

    const answer = valueOf<RecapDraftFile>(await core.dispatch('calls:recap-draft', [call.id]));

    expect(answer).toMatchObject({
      kind: 'download',
      fileName: 'Recap Acme Supplies 2026-12-01.eml',
    });
    expect(host.calls.some((hostCall) => hostCall.method === 'chooseSavePath')).toBe(false);
    const text = answer.kind === 'download' ? answer.text : '';
    expect(decodedParts(text)[0]).toContain('Invoice INV-42: $1,250.00');
  });

  it('opens the stored recap in the mail app through a mailto: link main builds', async () => {
    const { core, host } = build();
    const call = await endedPromiseCall(core);
    const edited = {
      to: 'ap@acme.example',
      subject: 'Our call & next steps',
      body: 'Hi Dana,\nThanks?',
    };
    valueOf(await core.dispatch('calls:save-recap', [call.id, edited]));

    const answer = valueOf<RecapMailOpening>(
      await core.dispatch('calls:open-recap-mail', [call.id]),
    );

    expect(answer).toEqual({ kind: 'opened' });
    expect(host.calls.filter((hostCall) => hostCall.method === 'openMailDraft')).toEqual([
      {
        method: 'openMailDraft',
        href: 'mailto:ap@acme.example?subject=Our%20call%20%26%20next%20steps&body=Hi%20Dana%2C%0D%0AThanks%3F',
      },
    ]);
  });

  it('takes only the call id: a link sent by the page is refused before anything opens', async () => {
    const { core, host } = build();
    const call = await endedPromiseCall(core);

    const answer = await core.dispatch('calls:open-recap-mail', [call.id, 'https://evil.example/']);

    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(host.calls.some((hostCall) => hostCall.method === 'openMailDraft')).toBe(false);
  });

  it('refuses a recap too long for a mail link, saying how long and what to do instead', async () => {
    const { core, host } = build();
    const call = await endedPromiseCall(core);
    const body = 'A long recap line. '.repeat(90);
    valueOf(await core.dispatch('calls:save-recap', [call.id, { to: '', subject: 'Hi', body }]));

    const answer = await core.dispatch('calls:open-recap-mail', [call.id]);

    expect(answer).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(
          /too long for a mail link \([\d,]+ characters; mail apps take about 1,500\)\. Copy it, or save it as a draft/,
        ) as string,
      },
    });
    expect(host.calls.some((hostCall) => hostCall.method === 'openMailDraft')).toBe(false);
  });

  it('opens no mail link for a call still in progress', async () => {
    const { core, host } = build();
    const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));

    const answer = await core.dispatch('calls:open-recap-mail', [call.id]);

    expect(answer).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(host.calls.some((hostCall) => hostCall.method === 'openMailDraft')).toBe(false);
  });

  it('hands the browser preview the link main built, for the page to follow', async () => {
    const { core } = build('browser');
    const call = await endedPromiseCall(core, 'ap@acme.example');

    const answer = valueOf<RecapMailOpening>(
      await core.dispatch('calls:open-recap-mail', [call.id]),
    );

    expect(answer.kind).toBe('follow');
    const href = answer.kind === 'follow' ? answer.href : '';
    expect(href).toMatch(/^mailto:ap@acme\.example\?subject=/);
    expect(decodeURIComponent(href)).toContain('Invoice INV-42: $1,250.00');
  });
});

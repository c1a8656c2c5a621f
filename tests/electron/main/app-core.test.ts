import fs from 'node:fs';
import path from 'node:path';
import {
  createAppCore,
  DATA_DIR_VARIABLE,
  resolveDataDir,
  type AppCore,
} from '../../../electron/main/app-core';
import type { Logger } from '../../../electron/main/core/logger';
import { DATABASE_FILE_NAME } from '../../../electron/main/storage/database';
import type { Call } from '../../../shared/domain/call';
import type { PlaybookListing } from '../../../shared/domain/playbook';
import type { ActiveCall } from '../../../shared/ipc/contracts/calls';
import type { PlaybookExport, PlaybookImport } from '../../../shared/ipc/contract';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { fakeClock, sequentialIds, startInput, T0 } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';
import { DEFAULT_HOTKEYS } from '../../../shared/domain/hotkeys';
import type { OverlayState } from '../../../shared/domain/overlay';
import { DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { createFakeHost, type FakeHost } from '../support/fake-host';
import { noAnswer, playbookFile, recordingPublish, smallPlaybook } from '../support/fixtures';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];

interface Harness {
  readonly core: AppCore;
  readonly events: ReturnType<typeof recordingPublish>;
  /** Every call published on `call:changed`. */
  published(): Call[];
  readonly logged: { message: string; error: unknown }[];
  readonly host: FakeHost;
}

function build(dataDir: string, idPrefix = 'call'): Harness {
  const host = createFakeHost();
  const events = recordingPublish();
  const logged: { message: string; error: unknown }[] = [];
  const log: Logger = { error: (message, error) => logged.push({ message, error }) };
  const core = createAppCore({
    dataDir,
    publish: events.publish,
    log,
    host,
    clock: fakeClock().now,
    newId: sequentialIds(idPrefix),
  });
  cores.push(core);
  // What starting announced (the hotkeys' statuses) is not what a test is about.
  events.events.length = 0;
  host.calls.length = 0;
  return { core, events, published: () => events.payloads('call:changed'), logged, host };
}

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

// Each core starts worker threads from source through tsx: seconds on a loaded machine.
describe('createAppCore', { timeout: 30_000 }, () => {
  it('starts a call through dispatch and returns it as an ok Result', async () => {
    const { core } = build(dirs.make());

    const result = await core.dispatch('calls:start', [startInput()]);

    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        id: 'call-1',
        customer: 'Acme Supplies',
        startedAt: T0,
        endedAt: null,
      }) as unknown,
    });
  });

  it('publishes the started call', async () => {
    const { core, published } = build(dirs.make());

    const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));

    expect(published()).toEqual([call]);
  });

  it('creates the database in the data directory', () => {
    const dataDir = path.join(dirs.make(), 'data');

    build(dataDir);

    expect(fs.existsSync(path.join(dataDir, DATABASE_FILE_NAME))).toBe(true);
  });

  it('refuses invalid arguments with invalid-input and the paths of the problems', async () => {
    const { core } = build(dirs.make());

    const result = await core.dispatch('calls:start', [
      { ...startInput(), customer: '', amountDueCents: -1 },
    ]);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^0\.customer: /),
        expect.stringMatching(/^0\.amountDueCents: /),
      ]),
    );
  });

  it('refuses a wrong number of arguments', async () => {
    const { core } = build(dirs.make());

    const result = await core.dispatch('calls:get', []);

    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('runs no handler for invalid arguments', async () => {
    const { core, published } = build(dirs.make());

    await core.dispatch('calls:start', [{ ...startInput(), extra: true }]);

    expect(published()).toEqual([]);
    expect(valueOf<ActiveCall | null>(await core.dispatch('calls:active', []))).toBeNull();
  });

  it('refuses an unknown channel', async () => {
    const { core } = build(dirs.make());

    const result = await core.dispatch('calls:delete-everything', []);

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown request: calls:delete-everything' },
    });
  });

  it('returns a service refusal as a failed Result, not a throw', async () => {
    const { core } = build(dirs.make());
    await core.dispatch('calls:start', [startInput()]);

    const result = await core.dispatch('calls:start', [startInput()]);

    expect(result).toMatchObject({ ok: false, error: { code: 'conflict' } });
  });

  it('applies commands and reports the active call', async () => {
    const { core } = build(dirs.make());
    await core.dispatch('calls:start', [startInput()]);

    await core.dispatch('calls:apply', ['call-1', { type: 'edit-notes', notes: 'Check #1042' }]);

    expect(valueOf<ActiveCall | null>(await core.dispatch('calls:active', []))?.call.notes).toBe(
      'Check #1042',
    );
  });

  it('ends a call through dispatch with a closing labelled from its playbook', async () => {
    const { core } = build(dirs.make());
    await core.dispatch('calls:start', [startInput()]);

    const ended = valueOf<Call>(
      await core.dispatch('calls:apply', ['call-1', { type: 'end', closing: noAnswer() }]),
    );

    expect(ended.closing?.outcomeLabel).toBe('No answer');
  });

  it('lists the stored playbooks with the default pre-selected', async () => {
    const { core } = build(dirs.make());

    expect(valueOf<PlaybookListing>(await core.dispatch('playbooks:list', []))).toEqual({
      playbooks: [defaultArPlaybook],
      defaultId: 'default-ar',
    });
  });

  it('imports a playbook file, announces the new listing and serves the snapshot', async () => {
    const { core, events } = build(dirs.make());

    const imported = valueOf<PlaybookImport>(
      await core.dispatch('playbooks:import', [playbookFile(smallPlaybook())]),
    );

    expect(imported.message).toBe('Imported "Test playbook" as version 3.');
    expect(events.payloads('playbooks:changed')).toHaveLength(1);
    expect(await core.dispatch('playbooks:get', ['test-playbook', 3])).toEqual({
      ok: true,
      value: smallPlaybook(),
    });
  });

  it('refuses a broken playbook file with every problem and its path', async () => {
    const { core, events } = build(dirs.make());

    const result = await core.dispatch('playbooks:import', [
      playbookFile(smallPlaybook({ outcomes: [] })),
    ]);

    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-input',
        message: expect.stringMatching(/^This file was not imported\./) as unknown,
        issues: [
          'outcomes: list at least one outcome',
          'branches[0].outcome: "promised" is not one of the outcomes\' ids',
        ],
      },
    });
    expect(events.events).toEqual([]);
  });

  it('exports a playbook as a file named after its id and version', async () => {
    const { core } = build(dirs.make());

    const exported = valueOf<PlaybookExport>(
      await core.dispatch('playbooks:export', ['default-ar']),
    );

    expect(exported.fileName).toBe(`default-ar-v${defaultArPlaybook.version}.json`);
  });

  it('answers not-found for a playbook version that is not stored', async () => {
    const { core } = build(dirs.make());

    expect(await core.dispatch('playbooks:get', ['default-ar', 9])).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('reads and updates the settings, announcing the change', async () => {
    const { core, events } = build(dirs.make());

    const before = await core.dispatch('settings:get', []);
    const after = await core.dispatch('settings:update', [{ coachingMode: 'expert' }]);

    const expert = { ...DEFAULT_SETTINGS, coachingMode: 'expert' };
    expect(before).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(after).toEqual({ ok: true, value: expert });
    expect(events.payloads('settings:changed')).toEqual([expert]);
  });

  it('registers the stored hotkeys and applies the window preferences as it starts', () => {
    const host = createFakeHost();
    cores.push(
      createAppCore({ dataDir: dirs.make(), publish: () => undefined, log: console, host }),
    );

    expect(host.registered()).toEqual(DEFAULT_HOTKEYS);
    expect(host.calls).toEqual([{ method: 'applySettings', settings: DEFAULT_SETTINGS }]);
  });

  it('resets the settings to their defaults', async () => {
    const { core } = build(dirs.make());
    await core.dispatch('settings:update', [{ theme: 'dark' }]);

    expect(await core.dispatch('settings:reset', [])).toEqual({
      ok: true,
      value: DEFAULT_SETTINGS,
    });
  });

  it('turns click-through on and off through dispatch, and refuses what is not a boolean', async () => {
    const { core, host } = build(dirs.make());

    const on = valueOf<OverlayState>(await core.dispatch('overlay:set-click-through', [true]));
    const off = valueOf<OverlayState>(await core.dispatch('overlay:set-click-through', [false]));
    const bad = await core.dispatch('overlay:set-click-through', ['yes']);

    expect([on.clickThrough, off.clickThrough]).toEqual([true, false]);
    expect(host.calls.filter((call) => call.method === 'setClickThrough')).toHaveLength(2);
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('passes the layout hotkey to the window, whose command runner switches the layout', () => {
    const { host, events } = build(dirs.make());

    host.press('toggle-layout');

    expect(events.payloads('hotkey:pressed')).toEqual([{ action: 'toggle-layout' }]);
  });

  it('opens the data folder through the host', async () => {
    const dataDir = dirs.make();
    const { core, host } = build(dataDir);

    expect(await core.dispatch('app:open-data-folder', [])).toEqual({ ok: true, value: null });
    expect(host.calls.at(-1)).toEqual({ method: 'openFolder', folder: path.resolve(dataDir) });
  });

  it('reports the data directory with no notice for a healthy database', async () => {
    const dataDir = dirs.make();
    const { core } = build(dataDir);

    expect(await core.dispatch('app:status', [])).toEqual({
      ok: true,
      value: { dataDir, storageNotice: null },
    });
  });

  it('reports a notice naming the moved file after a damaged database was set aside', async () => {
    const dataDir = dirs.make();
    fs.writeFileSync(path.join(dataDir, DATABASE_FILE_NAME), 'not a database '.repeat(500));

    const { core } = build(dataDir);
    const status = valueOf<{ dataDir: string; storageNotice: string | null }>(
      await core.dispatch('app:status', []),
    );

    const moved = fs.readdirSync(dataDir).find((name) => name.startsWith('call-coach.damaged-'));
    expect(moved).toBeDefined();
    expect(status.dataDir).toBe(dataDir);
    expect(status.storageNotice).toContain(path.join(dataDir, moved!));
    expect(core.notice()).toBe(status.storageNotice);
  });

  it('keeps calls across a restart over the same data directory', async () => {
    const dataDir = dirs.make();
    const first = build(dataDir);
    await first.core.dispatch('calls:start', [startInput({ customer: 'Globex' })]);
    await first.core.close();
    cores.splice(cores.indexOf(first.core), 1);

    const second = build(dataDir);

    expect(
      valueOf<ActiveCall | null>(await second.core.dispatch('calls:active', []))?.call.customer,
    ).toBe('Globex');
  });

  it('exposes the settings repository over the same database', async () => {
    const dataDir = dirs.make();
    const first = build(dataDir);
    first.core.settings.write('overlay.bounds', { x: 1 });
    await first.core.close();
    cores.splice(cores.indexOf(first.core), 1);

    expect(build(dataDir).core.settings.read('overlay.bounds')).toEqual({ x: 1 });
  });
});

/**
 * A data folder as a run that died mid-call leaves it: a copy of the database and its WAL taken
 * while `running` still has them open, so the WAL holds changes never checkpointed.
 */
function crashedCopyOf(running: string): string {
  const crashed = dirs.make();
  for (const suffix of ['', '-wal', '-shm']) {
    const from = path.join(running, DATABASE_FILE_NAME + suffix);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(crashed, DATABASE_FILE_NAME + suffix));
  }
  return crashed;
}

async function activeOf(core: AppCore): Promise<ActiveCall | null> {
  return valueOf<ActiveCall | null>(await core.dispatch('calls:active', []));
}

/** Main running over a fresh data folder with a call to Globex open in it. */
async function runningWithOpenCall(): Promise<Harness & { readonly dataDir: string }> {
  const dataDir = dirs.make();
  const harness = build(dataDir);
  await harness.core.dispatch('calls:start', [startInput({ customer: 'Globex' })]);
  return { ...harness, dataDir };
}

/** Main started again over a copy of `dataDir` taken as if that run had just died. */
async function restartedAfterCrash(): Promise<AppCore> {
  const { dataDir } = await runningWithOpenCall();
  return build(crashedCopyOf(dataDir), 'next').core;
}

// These tests copy live databases and start the core's worker threads twice each.
describe('calls:active after a restart', { timeout: 30_000 }, () => {
  it('reports the open call as not recovered after a clean close', async () => {
    const first = await runningWithOpenCall();
    await first.core.close();

    const active = await activeOf(build(first.dataDir, 'next').core);

    expect(active).toMatchObject({
      call: { id: 'call-1', customer: 'Globex' },
      isRecovered: false,
    });
  });

  it('reports the open call as recovered when the last run ended without closing', async () => {
    const active = await activeOf(await restartedAfterCrash());

    expect(active).toMatchObject({ call: { id: 'call-1', customer: 'Globex' }, isRecovered: true });
  });

  it('keeps reporting it recovered, reload after reload, while nothing is done in the call', async () => {
    const core = await restartedAfterCrash();

    const answers = [await activeOf(core), await activeOf(core), await activeOf(core)];

    expect(answers.map((answer) => answer?.isRecovered)).toEqual([true, true, true]);
  });

  it('stops reporting it recovered once a command changes the call', async () => {
    const core = await restartedAfterCrash();

    await core.dispatch('calls:apply', ['call-1', { type: 'check-step', stepId: 'prepare' }]);

    expect(await activeOf(core)).toMatchObject({ call: { id: 'call-1' }, isRecovered: false });
  });

  it('stops reporting it recovered once typed text is saved in the call', async () => {
    const core = await restartedAfterCrash();

    await core.dispatch('calls:type', ['call-1', { type: 'edit-notes', notes: 'Called back' }]);

    expect(await activeOf(core)).toMatchObject({
      call: { notes: 'Called back' },
      isRecovered: false,
    });
  });

  it('still reports it recovered when a command is refused, since nothing changed', async () => {
    const core = await restartedAfterCrash();

    const refused = await core.dispatch('calls:apply', [
      'call-1',
      { type: 'check-step', stepId: 'no-such-step' },
    ]);
    const elsewhere = await core.dispatch('calls:apply', [
      'call-9',
      { type: 'edit-notes', notes: 'Wrong call' },
    ]);

    expect([refused.ok, elsewhere.ok]).toEqual([false, false]);
    expect((await activeOf(core))?.isRecovered).toBe(true);
  });

  it('reports a call started after the recovered one ended as not recovered', async () => {
    const core = await restartedAfterCrash();
    await core.dispatch('calls:apply', ['call-1', { type: 'end', closing: noAnswer() }]);

    await core.dispatch('calls:start', [startInput({ customer: 'Initech' })]);

    expect(await activeOf(core)).toMatchObject({
      call: { id: 'next-1', customer: 'Initech' },
      isRecovered: false,
    });
  });

  it('answers null after an unclean end with no call open', async () => {
    const dataDir = dirs.make();
    await build(dataDir).core.dispatch('settings:update', [{ theme: 'dark' }]);
    const crashed = crashedCopyOf(dataDir);

    expect(await activeOf(build(crashed, 'next').core)).toBeNull();
  });
});

describe('resolveDataDir', () => {
  const fallback = path.resolve('/var/fallback/Call Coach');

  it('uses CALL_COACH_DATA_DIR when set', () => {
    expect(resolveDataDir({ [DATA_DIR_VARIABLE]: '/srv/call-coach' }, fallback)).toBe(
      path.resolve('/srv/call-coach'),
    );
  });

  it('trims the variable', () => {
    expect(resolveDataDir({ [DATA_DIR_VARIABLE]: '  /srv/call-coach \n' }, fallback)).toBe(
      path.resolve('/srv/call-coach'),
    );
  });

  it('resolves a relative override to an absolute path', () => {
    const resolved = resolveDataDir({ [DATA_DIR_VARIABLE]: 'relative/data' }, fallback);

    expect(resolved).toBe(path.resolve(process.cwd(), 'relative/data'));
    expect(path.isAbsolute(resolved)).toBe(true);
  });

  it('falls back when the variable is missing', () => {
    expect(resolveDataDir({}, fallback)).toBe(fallback);
  });

  it('falls back when the variable is blank', () => {
    expect(resolveDataDir({ [DATA_DIR_VARIABLE]: '   ' }, fallback)).toBe(fallback);
  });

  it('resolves a relative fallback to an absolute path', () => {
    expect(resolveDataDir({}, 'userData')).toBe(path.resolve('userData'));
  });
});

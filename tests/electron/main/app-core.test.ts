import fs from 'node:fs';
import path from 'node:path';
import {
  createAppCore,
  DATA_DIR_VARIABLE,
  resolveDataDir,
  type AppCore,
} from '../../../electron/main/app-core';
import type { Logger } from '../../../electron/main/ipc/dispatch';
import { DATABASE_FILE_NAME } from '../../../electron/main/storage/database';
import type { Call } from '../../../shared/domain/call';
import type { Result } from '../../../shared/ipc/result';
import { fakeClock, sequentialIds, startInput, T0 } from '../../support/builders';
import { tempDirs } from '../../support/temp-dir';

const dirs = tempDirs();
const cores: AppCore[] = [];

interface Harness {
  readonly core: AppCore;
  readonly published: Call[];
  readonly logged: { message: string; error: unknown }[];
}

function build(dataDir: string): Harness {
  const published: Call[] = [];
  const logged: { message: string; error: unknown }[] = [];
  const log: Logger = { error: (message, error) => logged.push({ message, error }) };
  const core = createAppCore({
    dataDir,
    publishCall: (call) => published.push(call),
    log,
    clock: fakeClock().now,
    newId: sequentialIds(),
  });
  cores.push(core);
  return { core, published, logged };
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  dirs.cleanup();
});

describe('createAppCore', () => {
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

    expect(published).toEqual([call]);
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

    expect(published).toEqual([]);
    expect(valueOf<Call | null>(await core.dispatch('calls:active', []))).toBeNull();
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

    expect(valueOf<Call | null>(await core.dispatch('calls:active', []))?.notes).toBe(
      'Check #1042',
    );
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
    expect(core.notice).toBe(status.storageNotice);
  });

  it('keeps calls across a restart over the same data directory', async () => {
    const dataDir = dirs.make();
    const first = build(dataDir);
    await first.core.dispatch('calls:start', [startInput({ customer: 'Globex' })]);
    first.core.close();
    cores.splice(cores.indexOf(first.core), 1);

    const second = build(dataDir);

    expect(valueOf<Call | null>(await second.core.dispatch('calls:active', []))?.customer).toBe(
      'Globex',
    );
  });

  it('exposes the settings repository over the same database', () => {
    const dataDir = dirs.make();
    const first = build(dataDir);
    first.core.settings.write('overlay.bounds', { x: 1 });
    first.core.close();
    cores.splice(cores.indexOf(first.core), 1);

    expect(build(dataDir).core.settings.read('overlay.bounds')).toEqual({ x: 1 });
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

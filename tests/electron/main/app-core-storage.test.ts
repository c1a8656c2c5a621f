import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import { createAppCore, type AppCore, type OpenStorage } from '../../../electron/main/app-core';
import { openDatabase } from '../../../electron/main/storage/database';
import type { Call } from '../../../shared/domain/call';
import type { HistoryPage } from '../../../shared/domain/history';
import { fakeClock, sequentialIds, startInput } from '../../support/builders';
import { databaseFileIn, hashOf, overwritePage, pageCountOf } from '../../support/database-files';
import { createRecordingLogger } from '../../support/ipc-fakes';
import { denyWrites, fillDisk, freeDiskSpace } from '../../support/storage-faults';
import { tempDirs } from '../../support/temp-dir';
import { createFakeHost } from '../support/fake-host';
import { noAnswer, recordingPublish } from '../support/fixtures';
import { valueOf } from '../../support/results';

const dirs = tempDirs();
const cores: AppCore[] = [];

function build(dataDir: string, openStorage?: OpenStorage) {
  const events = recordingPublish();
  const core = createAppCore({
    dataDir,
    publish: events.publish,
    log: createRecordingLogger(),
    host: createFakeHost(),
    clock: fakeClock().now,
    newId: sequentialIds(),
    ...(openStorage ? { openStorage } : {}),
  });
  cores.push(core);
  return { core, events };
}

/** A data folder holding one ended call, closed cleanly, with enough rows to span many pages. */
async function folderWithHistory(): Promise<string> {
  const dataDir = dirs.make();
  const { core } = build(dataDir);
  const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));
  await core.dispatch('calls:apply', [call.id, { type: 'edit-notes', notes: 'Check mailed' }]);
  await core.dispatch('calls:apply', [call.id, { type: 'end', closing: noAnswer() }]);
  await core.close();
  cores.splice(cores.indexOf(core), 1);
  return dataDir;
}

afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
  dirs.cleanup();
});

// Each test opens real files and starts the core's worker threads: on a loaded two-core machine
// that can take longer than vitest's default 5 s.
describe('createAppCore on files it cannot simply use', { timeout: 30_000 }, () => {
  it('keeps what was acknowledged exactly: text with U+0000 and lone surrogates is stored as answered', async () => {
    const { core } = build(dirs.make());
    const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));

    const answered = valueOf<Call>(
      await core.dispatch('calls:apply', [
        call.id,
        { type: 'edit-notes', notes: 'before\u0000after \uD800 end' },
      ]),
    );
    const stored = valueOf<Call>(await core.dispatch('calls:get', [call.id]));

    expect(answered.notes).toBe('beforeafter \uFFFD end');
    expect(stored.notes).toBe(answered.notes);
  });

  it('opens a database of a newer version read-only: history reads, a new call is refused', async () => {
    const dataDir = await folderWithHistory();
    const raw = new DatabaseSync(databaseFileIn(dataDir));
    raw.exec('PRAGMA user_version = 99');
    raw.close();
    const before = hashOf(databaseFileIn(dataDir));

    const { core } = build(dataDir);
    const history = valueOf<HistoryPage>(
      await core.dispatch('calls:history', [{ search: '', after: null, limit: 10 }]),
    );
    const start = await core.dispatch('calls:start', [startInput()]);
    const save = await core.dispatch('settings:update', [{ theme: 'dark' }]);
    await core.close();

    expect(history.items).toHaveLength(1);
    expect(start).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!start.ok && start.error.message).toMatch(/newer version of Call Coach/);
    expect(save).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!save.ok && save.error.message).not.toMatch(/SQLITE|readonly/i);
    expect(hashOf(databaseFileIn(dataDir))).toBe(before);
  });

  it('reads History from a database file it may not write, and refuses a new call in a sentence', async () => {
    const dataDir = await folderWithHistory();
    const file = databaseFileIn(dataDir);
    const before = hashOf(file);

    const { core } = build(dataDir, (dir, now) => openDatabase(dir, now, denyWrites(file)));
    const history = valueOf<HistoryPage>(
      await core.dispatch('calls:history', [{ search: 'mailed', after: null, limit: 10 }]),
    );
    const start = await core.dispatch('calls:start', [startInput()]);
    await core.close();

    expect(history.items).toHaveLength(1);
    expect(start).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(!start.ok && start.error.message).toContain(file);
    expect(hashOf(file)).toBe(before);
  });

  it('starts with a plain notice and refuses to start a call when a folder takes the database’s place', async () => {
    const dataDir = dirs.make();
    fs.mkdirSync(databaseFileIn(dataDir));

    const { core } = build(dataDir);
    const status = valueOf<{ storageNotice: string | null }>(await core.dispatch('app:status', []));
    const start = await core.dispatch('calls:start', [startInput()]);

    expect(status.storageNotice).toMatch(/Nothing can be saved until then\.$/);
    expect(status.storageNotice).not.toMatch(/SQLITE/);
    expect(start).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    expect(fs.statSync(databaseFileIn(dataDir)).isDirectory()).toBe(true);
  });

  it('keeps the typing and says the disk is full when a save cannot grow the file, then saves once there is room', async () => {
    let opened: DatabaseSyncInstance | undefined;
    const openStorage: OpenStorage = (dataDir, now) => {
      const result = openDatabase(dataDir, now);
      opened = result.db;
      return result;
    };
    const { core } = build(dirs.make(), openStorage);
    const call = valueOf<Call>(await core.dispatch('calls:start', [startInput()]));
    const notes = 'Promised a wire transfer. '.repeat(2_000);

    fillDisk(opened!);
    const refused = await core.dispatch('calls:apply', [call.id, { type: 'edit-notes', notes }]);
    const storedWhileFull = valueOf<Call>(await core.dispatch('calls:get', [call.id]));
    freeDiskSpace(opened!);
    const saved = await core.dispatch('calls:apply', [call.id, { type: 'edit-notes', notes }]);

    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'unavailable',
        message:
          'The disk is full, so this was not saved. What you typed is kept here and is saved as soon as there is room again.',
      },
    });
    expect(storedWhileFull.notes).toBe('');
    expect(saved.ok).toBe(true);
    expect(valueOf<Call>(await core.dispatch('calls:get', [call.id])).notes).toBe(notes);
  });

  it('finds damage left after a clean close once started, sets the file aside as it was and goes on with a fresh one', async () => {
    const dataDir = await folderWithHistory();
    const file = databaseFileIn(dataDir);
    overwritePage(file, pageCountOf(file));
    const before = hashOf(file);

    const { core, events } = build(dataDir);
    await core.checked;

    const moved = fs.readdirSync(dataDir).find((name) => name.startsWith('call-coach.damaged-'));
    expect(moved).toBeDefined();
    expect(hashOf(path.join(dataDir, moved!))).toBe(before);
    expect(core.notice()).toContain(path.join(dataDir, moved!));
    expect(events.payloads('status:changed').at(-1)?.storageNotice).toBe(core.notice());
    expect((await core.dispatch('calls:start', [startInput()])).ok).toBe(true);
  });

  it('leaves call-coach.db alone a complete copy after a clean close', async () => {
    const dataDir = await folderWithHistory();
    const copy = dirs.make();
    fs.copyFileSync(databaseFileIn(dataDir), databaseFileIn(copy));

    const { core } = build(copy);
    const history = valueOf<HistoryPage>(
      await core.dispatch('calls:history', [{ search: 'mailed', after: null, limit: 10 }]),
    );

    expect(history.items.map((item) => item.customer)).toEqual(['Acme Supplies']);
  });
});

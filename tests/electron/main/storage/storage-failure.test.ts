import fs from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from '@photostructure/sqlite';
import {
  isBusyError,
  storageFailureOf,
  StorageUnavailableError,
} from '../../../../electron/main/storage/storage-failure';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();

afterEach(() => dirs.cleanup());

function sqliteError(errcode: number): Error {
  return Object.assign(new Error('sqlite says no'), { code: 'ERR_SQLITE_ERROR', errcode });
}

function systemError(code: string): Error {
  return Object.assign(new Error(`${code}: system says no`), { code });
}

describe('storageFailureOf', () => {
  it.each([
    ['SQLITE_CORRUPT', 11, 'corrupt'],
    ['SQLITE_CORRUPT_VTAB (extended)', 267, 'corrupt'],
    ['SQLITE_NOTADB', 26, 'corrupt'],
    ['SQLITE_FULL', 13, 'full'],
    ['SQLITE_READONLY', 8, 'read-only'],
    ['SQLITE_READONLY_ROLLBACK (extended)', 776, 'read-only'],
    ['SQLITE_PERM', 3, 'read-only'],
    ['SQLITE_CANTOPEN', 14, 'read-only'],
  ])('calls %s %s', (_, code, failure) => {
    expect(storageFailureOf(sqliteError(code))).toBe(failure);
  });

  it.each([
    ['SQLITE_ERROR', 1],
    ['SQLITE_BUSY', 5],
    ['SQLITE_IOERR', 10],
    ['SQLITE_CONSTRAINT', 19],
    ['SQLITE_CONSTRAINT_UNIQUE (extended)', 2067],
  ])('has no storage failure for %s', (_, code) => {
    expect(storageFailureOf(sqliteError(code))).toBeNull();
  });

  it.each([
    ['EACCES', 'read-only'],
    ['EPERM', 'read-only'],
    ['EROFS', 'read-only'],
    ['ENOSPC', 'full'],
    ['EDQUOT', 'full'],
  ])("calls Node's %s %s", (code, failure) => {
    expect(storageFailureOf(systemError(code))).toBe(failure);
  });

  it.each([
    ['ENOENT', systemError('ENOENT')],
    ['a plain error', new Error('boom')],
    ['null', null],
    ['undefined', undefined],
    ['a string', 'SQLITE_FULL'],
    ['a number', 13],
  ])('has no storage failure for %s', (_, error) => {
    expect(storageFailureOf(error)).toBeNull();
  });

  it('recognises a real file that is not a database', () => {
    const file = path.join(dirs.make(), 'garbage.db');
    fs.writeFileSync(file, 'not a database '.repeat(500));
    const db = new DatabaseSync(file, { readOnly: true });

    let failure: unknown;
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch (error) {
      failure = error;
    } finally {
      db.close();
    }

    expect(storageFailureOf(failure)).toBe('corrupt');
  });

  it('recognises a real write to a read-only connection', () => {
    const file = path.join(dirs.make(), 'plain.db');
    const writer = new DatabaseSync(file);
    writer.exec('CREATE TABLE t (x)');
    writer.close();
    const db = new DatabaseSync(file, { readOnly: true });

    let failure: unknown;
    try {
      db.exec('INSERT INTO t VALUES (1)');
    } catch (error) {
      failure = error;
    } finally {
      db.close();
    }

    expect(storageFailureOf(failure)).toBe('read-only');
  });
});

describe('isBusyError', () => {
  it.each([
    [5, true],
    [517, true],
    [6, true],
    [8, false],
  ])('for code %i is %s', (code, busy) => {
    expect(isBusyError(sqliteError(code))).toBe(busy);
  });
});

describe('StorageUnavailableError', () => {
  it('carries its sentence, its reason and the error behind it', () => {
    const cause = new Error('raw');

    const error = new StorageUnavailableError('Call Coach cannot do that.', 'disk-full', { cause });

    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'StorageUnavailableError',
      message: 'Call Coach cannot do that.',
      reason: 'disk-full',
      cause,
    });
  });
});

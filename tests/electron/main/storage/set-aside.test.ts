import fs from 'node:fs';
import path from 'node:path';
import { existingSidecars, setAside, sizeOf } from '../../../../electron/main/storage/set-aside';
import { filesIn } from '../../../support/database-files';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const NOW = new Date(Date.UTC(2026, 10, 22, 10, 42, 0, 0));

afterEach(() => dirs.cleanup());

function filesWith(names: Record<string, string>): string {
  const dir = dirs.make();
  for (const [name, text] of Object.entries(names)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('setAside', () => {
  it('renames the file with its kind and a timestamp safe in any file name', () => {
    const dir = filesWith({ 'call-coach.db': 'db' });

    const moved = setAside(path.join(dir, 'call-coach.db'), 'other-app', NOW);

    expect(moved).toBe(path.join(dir, 'call-coach.other-app-2026-11-22T10-42-00-000Z.db'));
    expect(filesIn(dir)).toEqual(['call-coach.other-app-2026-11-22T10-42-00-000Z.db']);
  });

  it('takes the -wal, -shm and -journal along, bytes unchanged', () => {
    const dir = filesWith({
      'call-coach.db': 'db',
      'call-coach.db-wal': 'wal',
      'call-coach.db-shm': 'shm',
      'call-coach.db-journal': 'journal',
    });

    const moved = setAside(path.join(dir, 'call-coach.db'), 'damaged', NOW);

    expect(['', '-wal', '-shm', '-journal'].map((s) => fs.readFileSync(moved + s, 'utf8'))).toEqual(
      ['db', 'wal', 'shm', 'journal'],
    );
    expect(filesIn(dir)).toHaveLength(4);
  });

  it('moves a WAL whose database is missing', () => {
    const dir = filesWith({ 'call-coach.db-wal': 'wal' });

    const moved = setAside(path.join(dir, 'call-coach.db'), 'damaged', NOW);

    expect(fs.readFileSync(`${moved}-wal`, 'utf8')).toBe('wal');
    expect(fs.existsSync(moved)).toBe(false);
  });

  it('counts on when the name is taken, even by a lone sidecar', () => {
    const dir = filesWith({
      'call-coach.db': 'new',
      'call-coach.damaged-2026-11-22T10-42-00-000Z.db': 'first',
      'call-coach.damaged-2026-11-22T10-42-00-000Z-2.db-wal': 'second',
    });

    const moved = setAside(path.join(dir, 'call-coach.db'), 'damaged', NOW);

    expect(path.basename(moved)).toBe('call-coach.damaged-2026-11-22T10-42-00-000Z-3.db');
    expect(fs.readFileSync(moved, 'utf8')).toBe('new');
    expect(
      fs.readFileSync(path.join(dir, 'call-coach.damaged-2026-11-22T10-42-00-000Z.db'), 'utf8'),
    ).toBe('first');
  });
});

describe('existingSidecars', () => {
  it('lists the sidecar files that exist', () => {
    const dir = filesWith({ 'call-coach.db': 'db', 'call-coach.db-wal': '' });
    const file = path.join(dir, 'call-coach.db');

    expect([...existingSidecars(file)]).toEqual([`${file}-wal`]);
  });
});

describe('sizeOf', () => {
  it('is the size in bytes, or null when there is no file', () => {
    const dir = filesWith({ a: 'four' });

    expect([sizeOf(path.join(dir, 'a')), sizeOf(path.join(dir, 'b'))]).toEqual([4, null]);
  });
});

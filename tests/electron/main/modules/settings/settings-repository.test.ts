import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import { createSettingsRepository } from '../../../../../electron/main/modules/settings/settings-repository';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];

function open(dir: string): OpenedDatabase {
  const result = openDatabase(dir);
  opened.push(result);
  return result;
}

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

describe('createSettingsRepository', () => {
  it('reads back what was written', () => {
    const settings = createSettingsRepository(open(dirs.make()).db);
    const bounds = { x: 10, y: 20, width: 360, height: 480, pinned: true, label: null };

    settings.write('overlay.bounds', bounds);

    expect(settings.read('overlay.bounds')).toEqual(bounds);
  });

  it('returns undefined for a key that was never written', () => {
    const settings = createSettingsRepository(open(dirs.make()).db);

    expect(settings.read('missing')).toBeUndefined();
  });

  it('replaces the value when a key is written again', () => {
    const settings = createSettingsRepository(open(dirs.make()).db);
    settings.write('theme', 'light');

    settings.write('theme', 'dark');

    expect(settings.read('theme')).toBe('dark');
  });

  it.each([['text'], [0], [false], [null], [[1, 'two']]])('round-trips %j', (value) => {
    const settings = createSettingsRepository(open(dirs.make()).db);

    settings.write('k', value);

    expect(settings.read('k')).toEqual(value);
  });

  it('keeps keys apart', () => {
    const settings = createSettingsRepository(open(dirs.make()).db);
    settings.write('a', 1);
    settings.write('b', 2);

    expect([settings.read('a'), settings.read('b')]).toEqual([1, 2]);
  });

  it('keeps values after the database is reopened', () => {
    const dir = dirs.make();
    const first = open(dir);
    createSettingsRepository(first.db).write('k', { kept: true });
    first.db.close();

    expect(createSettingsRepository(open(dir).db).read('k')).toEqual({ kept: true });
  });
});

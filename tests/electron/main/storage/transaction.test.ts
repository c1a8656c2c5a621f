import { openDatabase, type OpenedDatabase } from '../../../../electron/main/storage/database';
import { inTransaction } from '../../../../electron/main/storage/transaction';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
let opened: OpenedDatabase;

beforeEach(() => {
  opened = openDatabase(dirs.make());
});

afterEach(() => {
  if (opened.db.isOpen) opened.db.close();
  dirs.cleanup();
});

function write(key: string): void {
  opened.db.prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)').run(key, '1');
}

function keys(): string[] {
  const rows = opened.db.prepare('SELECT key FROM settings ORDER BY key').all() as {
    key: string;
  }[];
  return rows.map((row) => row.key);
}

describe('inTransaction', () => {
  it('keeps everything the work wrote and returns its result', () => {
    const result = inTransaction(opened.db, () => {
      write('a');
      write('b');
      return 'done';
    });

    expect(result).toBe('done');
    expect(keys()).toEqual(['a', 'b']);
    expect(opened.db.isTransaction).toBe(false);
  });

  it('keeps nothing and rethrows when the work throws half way', () => {
    expect(() =>
      inTransaction(opened.db, () => {
        write('a');
        throw new Error('stopped half way');
      }),
    ).toThrow('stopped half way');

    expect(keys()).toEqual([]);
    expect(opened.db.isTransaction).toBe(false);
  });

  it('rolls back only the inner work when the inner of two nested transactions throws', () => {
    inTransaction(opened.db, () => {
      write('outer');
      try {
        inTransaction(opened.db, () => {
          write('inner');
          throw new Error('inner failed');
        });
      } catch {
        // the outer work goes on
      }
    });

    expect(keys()).toEqual(['outer']);
  });

  it('rolls back the inner work too when the outer one throws after it', () => {
    expect(() =>
      inTransaction(opened.db, () => {
        inTransaction(opened.db, () => write('inner'));
        throw new Error('outer failed');
      }),
    ).toThrow('outer failed');

    expect(keys()).toEqual([]);
  });
});

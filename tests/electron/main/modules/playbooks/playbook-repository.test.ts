import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import {
  createPlaybookRepository,
  type PlaybookRepository,
} from '../../../../../electron/main/modules/playbooks/playbook-repository';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import { T0 } from '../../../../support/builders';
import { createRecordingLogger } from '../../../../support/ipc-fakes';
import { tempDirs } from '../../../../support/temp-dir';
import { smallPlaybook } from '../../../support/fixtures';

const dirs = tempDirs();
let opened: OpenedDatabase;
let logger: ReturnType<typeof createRecordingLogger>;
let repository: PlaybookRepository;

beforeEach(() => {
  opened = openDatabase(dirs.make());
  logger = createRecordingLogger();
  repository = createPlaybookRepository(opened.db, logger);
});

afterEach(() => {
  if (opened.db.isOpen) opened.db.close();
  dirs.cleanup();
});

/** Writes a row the way a damaged file or an older app might have left it. */
function storeRaw(id: string, version: number, documentJson: string): void {
  opened.db
    .prepare(
      'INSERT INTO playbooks (id, version, name, document_json, stored_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(id, version, 'Raw', documentJson, T0);
}

function rowCount(): number {
  return (opened.db.prepare('SELECT count(*) AS n FROM playbooks').get() as { n: number }).n;
}

describe('createPlaybookRepository', () => {
  describe('insert and get', () => {
    it('returns the snapshot as it was inserted', () => {
      repository.insert(defaultArPlaybook, T0);

      expect(repository.get('default-ar', defaultArPlaybook.version)).toEqual(defaultArPlaybook);
    });

    it('reads a snapshot back after the database is reopened', () => {
      const dir = dirs.make();
      const first = openDatabase(dir);
      createPlaybookRepository(first.db, logger).insert(smallPlaybook(), T0);
      first.db.close();
      const second = openDatabase(dir);

      const read = createPlaybookRepository(second.db, logger).get('test-playbook', 3);
      second.db.close();

      expect(read).toEqual(smallPlaybook());
    });

    it('stores the name and time alongside the document', () => {
      repository.insert(smallPlaybook(), T0 + 5);

      expect(opened.db.prepare('SELECT id, version, name, stored_at FROM playbooks').all()).toEqual(
        [{ id: 'test-playbook', version: 3, name: 'Test playbook', stored_at: T0 + 5 }],
      );
    });

    it('returns null for a version that is not stored', () => {
      repository.insert(smallPlaybook(), T0);

      expect(repository.get('test-playbook', 4)).toBeNull();
      expect(repository.get('other', 3)).toBeNull();
    });

    it('keeps the first snapshot and reports false when the same id and version come again', () => {
      repository.insert(smallPlaybook(), T0);

      const added = repository.insert(smallPlaybook({ name: 'Changed' }), T0 + 1);

      expect(added).toBe(false);
      expect(repository.get('test-playbook', 3)?.name).toBe('Test playbook');
      expect(rowCount()).toBe(1);
    });

    it('reports true when a snapshot was added', () => {
      expect(repository.insert(smallPlaybook(), T0)).toBe(true);
    });
  });

  describe('latest and highestVersion', () => {
    it('returns the highest version of one playbook', () => {
      repository.insert(smallPlaybook({ version: 3 }), T0);
      repository.insert(smallPlaybook({ version: 10, name: 'Ten' }), T0);
      repository.insert(smallPlaybook({ version: 4, name: 'Four' }), T0);

      expect(repository.latest('test-playbook')?.name).toBe('Ten');
      expect(repository.highestVersion('test-playbook')).toBe(10);
    });

    it('returns null when the playbook has no stored version', () => {
      expect(repository.latest('missing')).toBeNull();
      expect(repository.highestVersion('missing')).toBeNull();
    });

    it('falls back to the newest version that still reads when a newer row does not', () => {
      repository.insert(smallPlaybook({ version: 3 }), T0);
      storeRaw('test-playbook', 4, '{"format": 1, "id": "test-playbook"');

      expect(repository.latest('test-playbook')?.version).toBe(3);
      expect(repository.highestVersion('test-playbook')).toBe(4);
    });
  });

  describe('list', () => {
    it('lists the newest version of each playbook', () => {
      repository.insert(defaultArPlaybook, T0);
      repository.insert(smallPlaybook({ version: 3 }), T0);
      repository.insert(smallPlaybook({ version: 5, name: 'Five' }), T0);

      const listed = repository.list();

      expect(listed.map((playbook) => [playbook.id, playbook.version]).sort()).toEqual([
        ['default-ar', defaultArPlaybook.version],
        ['test-playbook', 5],
      ]);
    });

    it('is empty when nothing is stored', () => {
      expect(repository.list()).toEqual([]);
    });

    it('leaves out a row that is not JSON and reports it through the logger', () => {
      repository.insert(defaultArPlaybook, T0);
      storeRaw('broken', 1, 'not json');

      expect(repository.list()).toEqual([defaultArPlaybook]);
      expect(logger.entries).toEqual([
        {
          message: expect.stringContaining('broken version 1') as unknown,
          error: expect.any(SyntaxError) as unknown,
        },
      ]);
    });

    it('leaves out a row that no longer fits the format and reports its problems', () => {
      repository.insert(defaultArPlaybook, T0);
      storeRaw(
        'old',
        1,
        JSON.stringify({ ...smallPlaybook({ id: 'old', version: 1 }), steps: [] }),
      );

      expect(repository.list()).toEqual([defaultArPlaybook]);
      expect(logger.entries).toHaveLength(1);
      expect(logger.entries[0]?.error).toEqual([expect.stringMatching(/^steps: /)]);
    });

    it('leaves out a row whose document names another id or version', () => {
      storeRaw('copy', 1, JSON.stringify(smallPlaybook({ version: 1 })));

      expect(repository.list()).toEqual([]);
      expect(repository.get('copy', 1)).toBeNull();
      expect(logger.entries).toHaveLength(1);
    });

    it('reports a bad row once, however often it is read', () => {
      storeRaw('broken', 1, 'not json');

      repository.list();
      repository.list();
      repository.get('broken', 1);

      expect(logger.entries).toHaveLength(1);
    });
  });

  describe('stored snapshots', () => {
    it('cannot be changed', () => {
      repository.insert(smallPlaybook(), T0);

      expect(() =>
        opened.db.prepare("UPDATE playbooks SET name = 'Edited' WHERE id = 'test-playbook'").run(),
      ).toThrow(/never changed/);
      expect(repository.get('test-playbook', 3)?.name).toBe('Test playbook');
    });

    it('cannot be deleted', () => {
      repository.insert(smallPlaybook(), T0);

      expect(() => opened.db.prepare('DELETE FROM playbooks').run()).toThrow(/never deleted/);
      expect(rowCount()).toBe(1);
    });
  });

  describe('transaction', () => {
    it('stores nothing when the work throws', () => {
      expect(() =>
        repository.transaction(() => {
          repository.insert(smallPlaybook({ version: 3 }), T0);
          repository.insert(smallPlaybook({ version: 4 }), T0);
          throw new Error('stopped half way');
        }),
      ).toThrow('stopped half way');

      expect(rowCount()).toBe(0);
    });
  });
});

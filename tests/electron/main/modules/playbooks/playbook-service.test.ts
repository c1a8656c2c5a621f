import { RequestError } from '../../../../../electron/main/core/request-error';
import {
  createPlaybookService,
  IMPORT_REFUSED_MESSAGE,
  type PlaybookService,
} from '../../../../../electron/main/modules/playbooks/playbook-service';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import { createPlaybookRepository } from '../../../../../electron/main/modules/playbooks/playbook-repository';
import type { Playbook } from '../../../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import { fakeClock, T0 } from '../../../../support/builders';
import { createRecordingLogger } from '../../../../support/ipc-fakes';
import { tempDirs } from '../../../../support/temp-dir';
import { playbookFile, recordingPublish, smallPlaybook } from '../../../support/fixtures';

// The built-in default playbook's version, and the one an edited copy of it is stored as.
const BUILT_IN = defaultArPlaybook.version;
const NEXT = BUILT_IN + 1;

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];

interface Harness {
  readonly service: PlaybookService;
  readonly published: ReturnType<typeof recordingPublish>;
  readonly db: OpenedDatabase;
  rows(): { id: string; version: number; stored_at: number }[];
}

/** The service over a real database in `dataDir`, as main builds it on each launch. */
function launch(dataDir = dirs.make(), builtIn?: readonly Playbook[]): Harness {
  const db = openDatabase(dataDir);
  opened.push(db);
  const published = recordingPublish();
  const service = createPlaybookService({
    playbooks: createPlaybookRepository(db.db, createRecordingLogger()),
    clock: fakeClock().now,
    publish: published.publish,
    ...(builtIn ? { builtIn } : {}),
  });
  const rows = () =>
    db.db
      .prepare('SELECT id, version, stored_at FROM playbooks ORDER BY id, version')
      .all() as unknown as { id: string; version: number; stored_at: number }[];
  return { service, published, db, rows };
}

function errorOf(action: () => unknown): RequestError {
  try {
    action();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('Expected a RequestError, but nothing was thrown');
}

/** The default playbook with one more step, as a team lead might change it. */
function withExtraStep(playbook: Playbook = defaultArPlaybook): Playbook {
  const extra = { ...smallPlaybook().steps[1]!, id: 'thank', title: 'Thank them' };
  return { ...playbook, steps: [...playbook.steps, extra] };
}

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

describe('createPlaybookService', () => {
  describe('when created', () => {
    it('stores the built-in default playbook', () => {
      const { rows } = launch();

      expect(rows()).toEqual([{ id: 'default-ar', version: BUILT_IN, stored_at: T0 }]);
    });

    it('does not store the built-in playbook again on the next launch', () => {
      const dataDir = dirs.make();
      launch(dataDir).db.db.close();

      expect(launch(dataDir).rows()).toHaveLength(1);
    });

    it('keeps an imported version above the built-in one on the next launch', () => {
      const dataDir = dirs.make();
      const first = launch(dataDir);
      first.service.import(playbookFile(withExtraStep()));
      first.db.db.close();

      expect(launch(dataDir).service.current('default-ar').version).toBe(NEXT);
    });
  });

  describe('list', () => {
    it('lists the default playbook and pre-selects it', () => {
      const { service } = launch();

      expect(service.list()).toEqual({ playbooks: [defaultArPlaybook], defaultId: 'default-ar' });
    });

    it('lists the newest version of each playbook, sorted by name', () => {
      const { service } = launch(undefined, [
        defaultArPlaybook,
        smallPlaybook({ id: 'zeta', name: 'Another call' }),
      ]);
      service.import(playbookFile(withExtraStep()));

      const { playbooks, defaultId } = service.list();

      expect(playbooks.map((playbook) => [playbook.name, playbook.version])).toEqual([
        ['Another call', 3],
        ['Overdue invoice call', NEXT],
      ]);
      expect(defaultId).toBe('default-ar');
    });
  });

  describe('get', () => {
    it('returns the exact version asked for, even after a newer one was imported', () => {
      const { service } = launch();
      service.import(playbookFile(withExtraStep()));

      expect(service.get('default-ar', BUILT_IN)).toEqual(defaultArPlaybook);
      expect(service.get('default-ar', NEXT).steps).toHaveLength(
        defaultArPlaybook.steps.length + 1,
      );
    });

    it('refuses a version that is not stored with not-found and a sentence', () => {
      const { service } = launch();

      const error = errorOf(() => service.get('default-ar', 9));

      expect(error.code).toBe('not-found');
      expect(error.message).toMatch(/^Version 9 of that playbook is not stored.*\.$/);
    });

    it('gives calls from before snapshots were stored the built-in playbook’s newest version', () => {
      const { service } = launch();

      expect(service.get('default-ar', 1)).toEqual(defaultArPlaybook);
    });
  });

  describe('current', () => {
    it('returns the newest version', () => {
      const { service } = launch();
      service.import(playbookFile(withExtraStep()));

      expect(service.current('default-ar').version).toBe(NEXT);
    });

    it('refuses an unknown playbook with not-found', () => {
      expect(errorOf(() => launch().service.current('nope'))).toMatchObject({
        code: 'not-found',
        message: 'That playbook is not available.',
      });
    });
  });

  describe('import', () => {
    it('stores a new playbook under the version in its file', () => {
      const { service, rows } = launch();

      const imported = service.import(playbookFile(smallPlaybook()));

      expect(imported).toEqual({
        playbook: smallPlaybook(),
        message: 'Imported "Test playbook" as version 3.',
      });
      expect(service.get('test-playbook', 3)).toEqual(smallPlaybook());
      expect(rows()).toHaveLength(2);
    });

    it('announces the new listing to every window', () => {
      const { service, published } = launch();

      service.import(playbookFile(smallPlaybook()));

      expect(published.events).toEqual([{ channel: 'playbooks:changed', payload: service.list() }]);
      expect(published.payloads('playbooks:changed')[0]?.playbooks).toHaveLength(2);
    });

    it('stores a changed playbook with the same version as the next version', () => {
      const { service } = launch();

      const imported = service.import(playbookFile(withExtraStep()));

      expect(imported.playbook.version).toBe(NEXT);
      expect(imported.message).toBe(`Imported "Overdue invoice call" as version ${NEXT}.`);
      expect(service.current('default-ar')).toEqual(imported.playbook);
    });

    it('keeps a file version that is above every stored one', () => {
      const { service } = launch();

      const imported = service.import(playbookFile({ ...withExtraStep(), version: 7 }));

      expect(imported.playbook.version).toBe(7);
    });

    it('stores a changed playbook above the newest version when its file has an older version', () => {
      const { service } = launch();
      service.import(playbookFile({ ...withExtraStep(), version: 7 }));

      const imported = service.import(playbookFile({ ...defaultArPlaybook, version: 1 }));

      expect(imported.playbook.version).toBe(8);
    });

    it('writes the stored version into the stored document', () => {
      const { service, db } = launch();
      service.import(playbookFile(withExtraStep()));

      const row = db.db
        .prepare(
          `SELECT document_json FROM playbooks WHERE id = 'default-ar' AND version = ${NEXT}`,
        )
        .get() as { document_json: string };

      expect((JSON.parse(row.document_json) as Playbook).version).toBe(NEXT);
    });

    it('stores nothing and announces nothing for a file equal to the newest version', () => {
      const { service, published, rows } = launch();

      const imported = service.import(playbookFile(defaultArPlaybook));

      expect(imported).toEqual({
        playbook: defaultArPlaybook,
        message: `"Overdue invoice call" is already up to date (version ${BUILT_IN}).`,
      });
      expect(rows()).toHaveLength(1);
      expect(published.events).toEqual([]);
    });

    it('treats a file that differs only in its version number as already stored', () => {
      const { service, rows } = launch();

      const imported = service.import(playbookFile({ ...defaultArPlaybook, version: 9 }));

      expect(imported.message).toBe(
        `"Overdue invoice call" is already up to date (version ${BUILT_IN}).`,
      );
      expect(rows()).toHaveLength(1);
    });

    it('refuses a file that is not JSON, saying why, and changes nothing', () => {
      const { service, published, rows } = launch();

      const error = errorOf(() => service.import('{"format": 1, "id": '));

      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(IMPORT_REFUSED_MESSAGE);
      expect(error.issues).toEqual([expect.stringMatching(/^The file is not valid JSON: /)]);
      expect(rows()).toEqual([{ id: 'default-ar', version: BUILT_IN, stored_at: T0 }]);
      expect(published.events).toEqual([]);
    });

    it('refuses a file that breaks the format, listing every problem with its path', () => {
      const { service, published, rows } = launch();
      const broken = structuredClone(withExtraStep()) as unknown as {
        name: string;
        steps: { fields: unknown[] }[];
      };
      broken.name = '';
      broken.steps[2]!.fields = [{ id: 'colour', label: 'Colour', type: 'colour' }];

      const error = errorOf(() => service.import(JSON.stringify(broken)));

      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(
        'This file was not imported. Fix the problems below and import it again. Nothing stored has changed.',
      );
      expect(error.issues).toEqual([
        'name: must not be empty',
        'steps[2].fields[0].type: expected one of text, date, money, number, choice',
      ]);
      expect(error.toAppError()).toEqual({
        code: 'invalid-input',
        message: IMPORT_REFUSED_MESSAGE,
        issues: error.issues,
      });
      expect(rows()).toHaveLength(1);
      expect(service.current('default-ar')).toEqual(defaultArPlaybook);
      expect(published.events).toEqual([]);
    });
  });

  describe('export', () => {
    it('names the file after the id and version of the newest version', () => {
      const { service } = launch();
      service.import(playbookFile(withExtraStep()));

      expect(service.export('default-ar').fileName).toBe(`default-ar-v${NEXT}.json`);
    });

    it('writes the playbook as indented JSON ending with a newline', () => {
      const { service } = launch();

      const { text } = service.export('default-ar');

      expect(JSON.parse(text)).toEqual(defaultArPlaybook);
      expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    });

    it('gives a file that import takes back as already up to date', () => {
      const { service, rows } = launch();

      const imported = service.import(service.export('default-ar').text);

      expect(imported.message).toBe(
        `"Overdue invoice call" is already up to date (version ${BUILT_IN}).`,
      );
      expect(rows()).toHaveLength(1);
    });

    it('gives a file that another installation imports as the same snapshot', () => {
      const source = launch();
      source.service.import(playbookFile(smallPlaybook({ version: 4 })));
      const exported = source.service.export('test-playbook');

      const { service } = launch();
      service.import(exported.text);

      expect(service.get('test-playbook', 4)).toEqual(source.service.get('test-playbook', 4));
    });

    it('refuses an unknown playbook with not-found', () => {
      expect(errorOf(() => launch().service.export('nope')).code).toBe('not-found');
    });
  });
});

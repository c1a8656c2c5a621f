import {
  createSettingsService,
  PREFERENCES_KEY,
  type SettingsService,
} from '../../../../electron/main/services/settings-service';
import { openDatabase, type OpenedDatabase } from '../../../../electron/main/storage/database';
import {
  createSettingsRepository,
  type SettingsRepository,
} from '../../../../electron/main/storage/settings-repository';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { tempDirs } from '../../../support/temp-dir';
import { recordingPublish } from '../../support/fixtures';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];

interface Harness {
  readonly service: SettingsService;
  readonly repository: SettingsRepository;
  readonly published: ReturnType<typeof recordingPublish>;
  readonly db: OpenedDatabase;
}

function launch(dataDir = dirs.make()): Harness {
  const db = openDatabase(dataDir);
  opened.push(db);
  const repository = createSettingsRepository(db.db);
  const published = recordingPublish();
  const service = createSettingsService({ settings: repository, publish: published.publish });
  return { service, repository, published, db };
}

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

describe('createSettingsService', () => {
  describe('get', () => {
    it('returns the defaults when nothing is stored', () => {
      expect(launch().service.get()).toEqual(DEFAULT_SETTINGS);
    });

    it('starts a new caller in trainee mode', () => {
      expect(launch().service.get().coachingMode).toBe('trainee');
    });

    it.each([
      ['an unknown coaching mode', { coachingMode: 'wizard' }],
      ['a coaching mode of the wrong type', { coachingMode: 3 }],
      ['a string', 'expert'],
      ['a list', ['expert']],
      ['null', null],
    ])('falls back to the defaults when the stored value is %s', (_label, stored) => {
      const { service, repository } = launch();
      repository.write(PREFERENCES_KEY, stored);

      expect(service.get()).toEqual(DEFAULT_SETTINGS);
    });

    it('falls back to the defaults when the stored text is not JSON', () => {
      const { service, db } = launch();
      db.db
        .prepare('INSERT INTO settings (key, value_json) VALUES (?, ?)')
        .run(PREFERENCES_KEY, '{coachingMode: expert');

      expect(service.get()).toEqual(DEFAULT_SETTINGS);
    });

    it('keeps the fields that are valid and drops the ones it does not know', () => {
      const { service, repository } = launch();
      repository.write(PREFERENCES_KEY, { coachingMode: 'expert', theme: 'neon' });

      expect(service.get()).toEqual({ coachingMode: 'expert' });
    });
  });

  describe('update', () => {
    it('returns the changed settings', () => {
      expect(launch().service.update({ coachingMode: 'expert' })).toEqual({
        coachingMode: 'expert',
      });
    });

    it('keeps the change after a restart', () => {
      const dataDir = dirs.make();
      const first = launch(dataDir);
      first.service.update({ coachingMode: 'expert' });
      first.db.db.close();

      expect(launch(dataDir).service.get()).toEqual({ coachingMode: 'expert' });
    });

    it('announces the new settings to every window', () => {
      const { service, published } = launch();

      service.update({ coachingMode: 'expert' });

      expect(published.events).toEqual([
        { channel: 'settings:changed', payload: { coachingMode: 'expert' } },
      ]);
    });

    it('keeps the stored settings when the patch changes nothing', () => {
      const { service } = launch();
      service.update({ coachingMode: 'expert' });

      expect(service.update({})).toEqual({ coachingMode: 'expert' });
    });

    it('writes a valid value over a stored value that could not be read', () => {
      const { service, repository } = launch();
      repository.write(PREFERENCES_KEY, { coachingMode: 'wizard' });

      service.update({});

      expect(repository.read(PREFERENCES_KEY)).toEqual(DEFAULT_SETTINGS);
    });
  });
});

import { createOverlayService } from '../../../../../electron/main/modules/overlay/overlay-service';
import { createSettingsRepository } from '../../../../../electron/main/modules/settings/settings-repository';
import {
  createSettingsService,
  PREFERENCES_KEY,
  readStoredSettings,
} from '../../../../../electron/main/modules/settings/settings-service';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import { DEFAULT_SETTINGS } from '../../../../../shared/domain/settings';
import { settingsPatchSchema } from '../../../../../shared/ipc/schemas';
import { createFakeHost } from '../../../support/fake-host';
import { recordingPublish } from '../../../support/fixtures';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];
afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

function launch() {
  const db = openDatabase(dirs.make());
  opened.push(db);
  const repository = createSettingsRepository(db.db);
  const host = createFakeHost();
  const { publish } = recordingPublish();
  const service = createSettingsService({
    settings: repository,
    publish,
    hotkeys: createOverlayService({ host, publish }),
    host,
  });
  return { service, repository };
}

describe('retention setting', () => {
  it('is off for a new caller', () => {
    expect(launch().service.get().retentionMonths).toBeNull();
  });

  it('reads preferences stored before it existed as off', () => {
    const { service, repository } = launch();
    const older: Record<string, unknown> = { ...DEFAULT_SETTINGS, theme: 'dark' };
    Reflect.deleteProperty(older, 'retentionMonths');
    repository.write(PREFERENCES_KEY, older);

    expect(service.get()).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', retentionMonths: null });
  });

  it.each([
    ['a string', '6'],
    ['zero', 0],
    ['a fraction', 2.5],
    ['too long', 1_000],
  ])(
    'reads a stored period that is %s as off, keeping the other preferences',
    (_label, retentionMonths) => {
      expect(readStoredSettings({ theme: 'dark', retentionMonths })).toMatchObject({
        theme: 'dark',
        retentionMonths: null,
      });
    },
  );

  it('keeps a period once set, and off again once turned off', () => {
    const { service } = launch();

    expect(service.update({ retentionMonths: 12 }).retentionMonths).toBe(12);
    expect(service.get().retentionMonths).toBe(12);
    expect(service.update({ retentionMonths: null }).retentionMonths).toBeNull();
  });

  it('goes back to off when every preference is reset', () => {
    const { service } = launch();
    service.update({ retentionMonths: 6 });

    expect(service.reset().retentionMonths).toBeNull();
  });

  it.each([0, 121, 2.5, '6'])('is refused at the boundary as %j', (retentionMonths) => {
    expect(settingsPatchSchema.safeParse({ retentionMonths }).success).toBe(false);
  });

  it.each([null, 3, 36])('is accepted at the boundary as %j', (retentionMonths) => {
    expect(settingsPatchSchema.safeParse({ retentionMonths }).success).toBe(true);
  });
});

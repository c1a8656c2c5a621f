import { createOverlayService } from '../../../../../electron/main/modules/overlay/overlay-service';
import {
  createSettingsService,
  PREFERENCES_KEY,
  readStoredSettings,
  type SettingsService,
} from '../../../../../electron/main/modules/settings/settings-service';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import {
  createSettingsRepository,
  type SettingsRepository,
} from '../../../../../electron/main/modules/settings/settings-repository';
import { DEFAULT_HOTKEYS } from '../../../../../shared/domain/hotkeys';
import {
  DEFAULT_SETTINGS,
  FOLDED_WHY_MAX,
  type Settings,
} from '../../../../../shared/domain/settings';
import { RequestError } from '../../../../../electron/main/core/request-error';
import { createFakeHost, type FakeHost } from '../../../support/fake-host';
import { tempDirs } from '../../../../support/temp-dir';
import { recordingPublish } from '../../../support/fixtures';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];

interface Harness {
  readonly service: SettingsService;
  readonly repository: SettingsRepository;
  readonly published: ReturnType<typeof recordingPublish>;
  readonly db: OpenedDatabase;
  readonly host: FakeHost;
}

function launch(dataDir = dirs.make()): Harness {
  const db = openDatabase(dataDir);
  opened.push(db);
  const repository = createSettingsRepository(db.db);
  const published = recordingPublish();
  const host = createFakeHost();
  const overlay = createOverlayService({ host, publish: published.publish });
  const service = createSettingsService({
    settings: repository,
    publish: published.publish,
    hotkeys: overlay,
    host,
  });
  service.applyStored();
  published.events.length = 0;
  host.calls.length = 0;
  return { service, repository, published, db, host };
}

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** The settings main would hold after `patch`, for expectations. */
const withDefaults = (patch: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...patch });

function thrown(action: () => unknown): RequestError {
  try {
    action();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('Expected a RequestError');
}

describe('createSettingsService', () => {
  describe('get', () => {
    it('returns the defaults when nothing is stored', () => {
      expect(launch().service.get()).toEqual(DEFAULT_SETTINGS);
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
      repository.write(PREFERENCES_KEY, { coachingMode: 'expert', sparkles: 'on' });

      expect(service.get()).toEqual(withDefaults({ coachingMode: 'expert' }));
    });
  });

  describe('reading what older and other versions stored (migration)', () => {
    it('reads the first version’s preferences (coaching mode only) with defaults for the rest', () => {
      expect(readStoredSettings({ coachingMode: 'expert' })).toEqual(
        withDefaults({ coachingMode: 'expert' }),
      );
    });

    it('puts each unreadable field back to its own default and keeps the others', () => {
      expect(
        readStoredSettings({
          theme: 'dark',
          textSize: 'gigantic',
          opacityPercent: 20,
          alwaysOnTop: 'yes',
          hideFromScreenShare: false,
          layout: 'compact',
        }),
      ).toEqual(withDefaults({ theme: 'dark', hideFromScreenShare: false, layout: 'compact' }));
    });

    it('reads hotkeys in any spelling, keeps turned-off ones and restores unreadable ones', () => {
      const settings = readStoredSettings({
        hotkeys: {
          'check-step': 'alt+shift+ctrl+j',
          'focus-notes': null,
          'open-dispute': 'Ctrl+Banana',
          'previous-step': 42,
        },
      });
      expect(settings.hotkeys).toEqual({
        ...DEFAULT_HOTKEYS,
        'check-step': 'Ctrl+Alt+Shift+J',
        'focus-notes': null,
        'open-dispute': DEFAULT_HOTKEYS['open-dispute'],
        'previous-step': DEFAULT_HOTKEYS['previous-step'],
      });
    });

    it('turns off a stored hotkey that clashes or is reserved, but never the way out of click-through', () => {
      const settings = readStoredSettings({
        hotkeys: {
          'focus-notes': DEFAULT_HOTKEYS['check-step'],
          'previous-step': 'Ctrl+C',
          'toggle-click-through': null,
        },
      });
      expect(settings.hotkeys['focus-notes']).toBeNull();
      expect(settings.hotkeys['previous-step']).toBeNull();
      expect(settings.hotkeys['toggle-click-through']).toBe(
        DEFAULT_HOTKEYS['toggle-click-through'],
      );
    });
  });

  describe('folded "why it matters" (foldedWhy)', () => {
    it('reads settings stored before folding existed as nothing folded', () => {
      const { service, repository } = launch();
      const older: Partial<Settings> = { ...withDefaults({ theme: 'dark' }) };
      Reflect.deleteProperty(older, 'foldedWhy');
      repository.write(PREFERENCES_KEY, older);

      expect(service.get()).toEqual(withDefaults({ theme: 'dark', foldedWhy: [] }));
    });

    it.each([
      ['a string', 'prepare'],
      ['an object', { prepare: true }],
      ['null', null],
      ['a number', 7],
    ])('reads a stored foldedWhy that is %s as nothing folded', (_label, foldedWhy) => {
      expect(readStoredSettings({ theme: 'dark', foldedWhy })).toEqual(
        withDefaults({ theme: 'dark' }),
      );
    });

    it('drops only the entries that are not section ids, and keeps each id once', () => {
      const stored = ['prepare', '', 42, null, 'x'.repeat(65), 'empathize', 'prepare', 'dispute'];

      expect(readStoredSettings({ foldedWhy: stored }).foldedWhy).toEqual([
        'empathize',
        'prepare',
        'dispute',
      ]);
    });

    it(`keeps the newest ${FOLDED_WHY_MAX} folds of a longer stored list`, () => {
      const stored = Array.from({ length: FOLDED_WHY_MAX + 25 }, (_, index) => `step-${index}`);

      const read = readStoredSettings({ foldedWhy: stored }).foldedWhy;

      expect(read).toEqual(stored.slice(25));
    });

    it('stores the folded sections, keeps them after a restart and announces them', () => {
      const dataDir = dirs.make();
      const first = launch(dataDir);

      first.service.update({ foldedWhy: ['prepare', 'dispute'] });
      first.db.db.close();

      expect(first.published.payloads('settings:changed')).toEqual([
        withDefaults({ foldedWhy: ['prepare', 'dispute'] }),
      ]);
      expect(launch(dataDir).service.get().foldedWhy).toEqual(['prepare', 'dispute']);
    });

    it('keeps each section once when a patch repeats one', () => {
      const { service } = launch();

      expect(service.update({ foldedWhy: ['prepare', 'dispute', 'prepare'] }).foldedWhy).toEqual([
        'dispute',
        'prepare',
      ]);
    });

    it('leaves the folds alone when other settings change, and clears them on reset', () => {
      const { service } = launch();
      service.update({ foldedWhy: ['prepare'] });

      const changed = service.update({ theme: 'dark' });
      const reset = service.reset();

      expect(changed.foldedWhy).toEqual(['prepare']);
      expect(reset.foldedWhy).toEqual([]);
    });
  });

  describe('update', () => {
    it('returns the changed settings', () => {
      expect(launch().service.update({ coachingMode: 'expert', opacityPercent: 70 })).toEqual(
        withDefaults({ coachingMode: 'expert', opacityPercent: 70 }),
      );
    });

    it('keeps the change after a restart', () => {
      const dataDir = dirs.make();
      const first = launch(dataDir);
      first.service.update({ theme: 'dark', hotkeys: { 'focus-notes': 'Ctrl+Alt+Shift+J' } });
      first.db.db.close();

      const second = launch(dataDir);
      expect(second.service.get().theme).toBe('dark');
      expect(second.host.registered()?.['focus-notes']).toBe('Ctrl+Alt+Shift+J');
    });

    it('announces the new settings to every window and applies them to the window', () => {
      const { service, published, host } = launch();

      service.update({ alwaysOnTop: false });

      const expected = withDefaults({ alwaysOnTop: false });
      expect(published.payloads('settings:changed')).toEqual([expected]);
      expect(host.calls).toEqual([{ method: 'applySettings', settings: expected }]);
    });

    it('keeps the stored settings when the patch changes nothing', () => {
      const { service } = launch();
      service.update({ coachingMode: 'expert' });

      expect(service.update({})).toEqual(withDefaults({ coachingMode: 'expert' }));
    });

    it('writes a valid value over a stored value that could not be read', () => {
      const { service, repository } = launch();
      repository.write(PREFERENCES_KEY, { coachingMode: 'wizard' });

      service.update({});

      expect(repository.read(PREFERENCES_KEY)).toEqual(DEFAULT_SETTINGS);
    });
  });

  describe('hotkeys', () => {
    it('stores a new combination in its stored spelling and registers it', () => {
      const { service, host } = launch();

      const settings = service.update({ hotkeys: { 'check-step': 'shift+alt+ctrl+j' } });

      expect(settings.hotkeys['check-step']).toBe('Ctrl+Alt+Shift+J');
      expect(host.registered()?.['check-step']).toBe('Ctrl+Alt+Shift+J');
    });

    it('refuses a combination another action uses, saying which, and changes nothing', () => {
      const { service, published } = launch();

      const error = thrown(() =>
        service.update({ hotkeys: { 'focus-notes': DEFAULT_HOTKEYS['open-dispute'] } }),
      );

      expect(error.code).toBe('invalid-input');
      expect(error.message).toBe(
        'Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.',
      );
      expect(error.issues).toEqual([
        'hotkeys.focus-notes: Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.',
      ]);
      expect(service.get()).toEqual(DEFAULT_SETTINGS);
      expect(published.events).toEqual([]);
    });

    it('refuses an earlier action taking a later action’s combination, naming the later one', () => {
      const { service } = launch();

      const error = thrown(() =>
        service.update({ hotkeys: { 'toggle-overlay': DEFAULT_HOTKEYS['open-dispute'] } }),
      );

      expect(error.message).toBe(
        'Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.',
      );
      expect(error.issues).toEqual([
        'hotkeys.toggle-overlay: Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.',
      ]);
    });

    it('allows two actions to swap combinations in one change', () => {
      const { service } = launch();
      const swapped = service.update({
        hotkeys: {
          'check-step': DEFAULT_HOTKEYS['previous-step'],
          'previous-step': DEFAULT_HOTKEYS['check-step'],
        },
      });
      expect(swapped.hotkeys['check-step']).toBe(DEFAULT_HOTKEYS['previous-step']);
    });

    it('refuses reserved combinations and keys that would take typing', () => {
      const { service } = launch();
      expect(thrown(() => service.update({ hotkeys: { 'check-step': 'Ctrl+V' } })).message).toBe(
        'Ctrl+V is already Paste. Pick another combination.',
      );
      expect(
        thrown(() => service.update({ hotkeys: { 'check-step': 'Shift+N' } })).message,
      ).toMatch(/Add Ctrl or Alt/);
    });

    it('refuses to turn off the way out of click-through', () => {
      const { service } = launch();
      expect(
        thrown(() => service.update({ hotkeys: { 'toggle-click-through': null } })).message,
      ).toMatch(/cannot be turned off/);
    });

    it('refuses a combination the system will not register and puts the old ones back', () => {
      const { service, host, published } = launch();
      host.take('Ctrl+Alt+Shift+J');

      const error = thrown(() => service.update({ hotkeys: { 'check-step': 'Ctrl+Alt+Shift+J' } }));

      expect(error.code).toBe('conflict');
      expect(error.message).toBe(
        'The system or another app already uses Ctrl+Alt+Shift+J. Pick another combination.',
      );
      expect(host.registered()).toEqual(DEFAULT_HOTKEYS);
      expect(service.get()).toEqual(DEFAULT_SETTINGS);
      expect(published.payloads('settings:changed')).toEqual([]);
    });

    it('keeps a default the system holds as it is, so the caller sees it as taken', () => {
      const { service, host } = launch();
      host.take(DEFAULT_HOTKEYS['open-dispute']!);

      // Changing something else does not fail because of it.
      expect(service.update({ theme: 'light' }).theme).toBe('light');
    });

    it('lets an action be turned off', () => {
      const { service, host } = launch();
      service.update({ hotkeys: { 'focus-notes': null } });
      expect(host.registered()?.['focus-notes']).toBeNull();
    });
  });

  describe('reset', () => {
    it('puts every preference and hotkey back, stores, announces and applies it', () => {
      const { service, published, host, repository } = launch();
      service.update({ theme: 'dark', opacityPercent: 50, hotkeys: { 'focus-notes': null } });
      published.events.length = 0;
      host.calls.length = 0;

      expect(service.reset()).toEqual(DEFAULT_SETTINGS);

      expect(repository.read(PREFERENCES_KEY)).toEqual(DEFAULT_SETTINGS);
      expect(published.payloads('settings:changed')).toEqual([DEFAULT_SETTINGS]);
      expect(host.calls).toEqual([{ method: 'applySettings', settings: DEFAULT_SETTINGS }]);
      expect(host.registered()).toEqual(DEFAULT_HOTKEYS);
    });
  });

  describe('applyStored', () => {
    it('registers the stored hotkeys and applies the stored window preferences', () => {
      const dataDir = dirs.make();
      launch(dataDir).service.update({ opacityPercent: 60, layout: 'compact' });

      const db = openDatabase(dataDir);
      opened.push(db);
      const host = createFakeHost();
      const publish = recordingPublish().publish;
      const service = createSettingsService({
        settings: createSettingsRepository(db.db),
        publish,
        hotkeys: createOverlayService({ host, publish }),
        host,
      });
      service.applyStored();

      expect(host.registered()).toEqual(DEFAULT_HOTKEYS);
      expect(host.calls).toEqual([
        {
          method: 'applySettings',
          settings: withDefaults({ opacityPercent: 60, layout: 'compact' }),
        },
      ]);
    });
  });
});

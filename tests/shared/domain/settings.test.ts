import { DEFAULT_HOTKEYS } from '../../../shared/domain/hotkeys';
import {
  COACHING_MODES,
  DEFAULT_SETTINGS,
  TEXT_SCALE,
  TEXT_SIZES,
  applySettingsPatch,
} from '../../../shared/domain/settings';
import { settingsPatchSchema } from '../../../shared/ipc/schemas';

describe('DEFAULT_SETTINGS', () => {
  it('starts full coaching, on top, fully opaque, hidden from screen shares, following the system', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      coachingMode: 'trainee',
      theme: 'system',
      textSize: 'standard',
      layout: 'expanded',
      alwaysOnTop: true,
      opacityPercent: 100,
      hideFromScreenShare: true,
      hotkeys: DEFAULT_HOTKEYS,
    });
  });

  it('is itself a valid settings patch', () => {
    expect(settingsPatchSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
});

describe('settingsPatchSchema', () => {
  it.each([
    { opacityPercent: 39 },
    { opacityPercent: 101 },
    { opacityPercent: 72.5 },
    { theme: 'sepia' },
    { textSize: 'huge' },
    { hotkeys: { 'launch-rockets': 'Ctrl+Alt+R' } },
    { hotkeys: { 'check-step': 'x'.repeat(41) } },
    { clickThrough: true },
  ])('refuses %j', (patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  it('accepts a hotkey turned off', () => {
    expect(settingsPatchSchema.safeParse({ hotkeys: { 'focus-notes': null } }).success).toBe(true);
  });
});

describe('applySettingsPatch', () => {
  it('changes only what the patch names, hotkeys one action at a time', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, {
      theme: 'dark',
      hotkeys: { 'focus-notes': 'Ctrl+Alt+Shift+J' },
    });
    expect(next).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      hotkeys: { ...DEFAULT_HOTKEYS, 'focus-notes': 'Ctrl+Alt+Shift+J' },
    });
  });

  it('ignores fields given as undefined', () => {
    expect(applySettingsPatch(DEFAULT_SETTINGS, { theme: undefined })).toEqual(DEFAULT_SETTINGS);
  });
});

describe('text sizes', () => {
  it('offer at least three steps, growing', () => {
    const scales = TEXT_SIZES.map((size) => TEXT_SCALE[size]);
    expect(scales.length).toBeGreaterThanOrEqual(3);
    expect([...scales].sort((a, b) => a - b)).toEqual(scales);
  });
});

describe('COACHING_MODES', () => {
  it('offers the trainee and expert modes', () => {
    expect(COACHING_MODES).toEqual(['trainee', 'expert']);
  });
});

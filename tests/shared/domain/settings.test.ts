import { DEFAULT_HOTKEYS } from '../../../shared/domain/hotkeys';
import {
  COACHING_MODES,
  DEFAULT_SETTINGS,
  FOLDED_WHY_MAX,
  TEXT_SCALE,
  TEXT_SIZES,
  applySettingsPatch,
  normalizeFoldedWhy,
  withWhyFolded,
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
      foldedWhy: [],
      retentionMonths: null,
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
    { foldedWhy: 'prepare' },
    { foldedWhy: [''] },
    { foldedWhy: [42] },
    { foldedWhy: ['x'.repeat(65)] },
    { foldedWhy: Array.from({ length: FOLDED_WHY_MAX + 1 }, (_, index) => `step-${index}`) },
  ])('refuses %j', (patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(false);
  });

  it.each([
    { foldedWhy: [] },
    { foldedWhy: ['prepare', 'check-in-mail'] },
    { foldedWhy: ['x'.repeat(64)] },
    { foldedWhy: Array.from({ length: FOLDED_WHY_MAX }, (_, index) => `step-${index}`) },
  ])('accepts folded sections $foldedWhy.length long', (patch) => {
    expect(settingsPatchSchema.safeParse(patch).success).toBe(true);
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

  it('replaces the folded sections with the patch’s list, each once', () => {
    const folded = applySettingsPatch(DEFAULT_SETTINGS, { foldedWhy: ['prepare'] });

    expect(applySettingsPatch(folded, { foldedWhy: ['dispute', 'dispute'] }).foldedWhy).toEqual([
      'dispute',
    ]);
    expect(applySettingsPatch(folded, { theme: 'dark' }).foldedWhy).toEqual(['prepare']);
  });
});

describe('withWhyFolded', () => {
  it('adds a fold as the newest and removes an unfold', () => {
    const folded = withWhyFolded(withWhyFolded([], 'prepare', true), 'dispute', true);

    expect(folded).toEqual(['prepare', 'dispute']);
    expect(withWhyFolded(folded, 'prepare', false)).toEqual(['dispute']);
  });

  it('moves a section folded again to the newest place, never twice', () => {
    expect(withWhyFolded(['prepare', 'dispute'], 'prepare', true)).toEqual(['dispute', 'prepare']);
  });

  it('leaves the list as it is when unfolding a section that was not folded', () => {
    expect(withWhyFolded(['prepare'], 'dispute', false)).toEqual(['prepare']);
  });

  it(`forgets the oldest fold first once ${FOLDED_WHY_MAX} are kept`, () => {
    let folded: readonly string[] = [];
    for (let index = 0; index < FOLDED_WHY_MAX + 3; index += 1) {
      folded = withWhyFolded(folded, `step-${index}`, true);
    }

    expect(folded).toHaveLength(FOLDED_WHY_MAX);
    expect(folded[0]).toBe('step-3');
    expect(folded.at(-1)).toBe(`step-${FOLDED_WHY_MAX + 2}`);
  });

  it('always holds exactly the sections last folded, over any sequence of folds and unfolds', () => {
    const ids = ['a', 'b', 'c', 'd', 'e'];
    // A fixed pseudo-random sequence, so the test is the same every run.
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648);
    let folded: readonly string[] = [];
    const expected = new Set<string>();
    for (let step = 0; step < 500; step += 1) {
      const id = ids[next() % ids.length]!;
      const isFolded = next() % 2 === 0;
      folded = withWhyFolded(folded, id, isFolded);
      if (isFolded) expected.add(id);
      else expected.delete(id);

      expect(new Set(folded)).toEqual(expected);
      expect(folded).toHaveLength(expected.size);
    }
  });
});

describe('normalizeFoldedWhy', () => {
  it('keeps each id at its latest place', () => {
    expect(normalizeFoldedWhy(['a', 'b', 'a', 'c', 'b'])).toEqual(['a', 'c', 'b']);
  });

  it('returns a list that is already kept that way unchanged, the same array', () => {
    const folded = ['a', 'b'];

    expect(normalizeFoldedWhy(folded)).toBe(folded);
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

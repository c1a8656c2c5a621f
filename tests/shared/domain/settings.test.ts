import { COACHING_MODES, DEFAULT_SETTINGS } from '../../../shared/domain/settings';
import { settingsPatchSchema } from '../../../shared/ipc/schemas';

describe('DEFAULT_SETTINGS', () => {
  it('starts a new caller with the full trainee coaching', () => {
    expect(DEFAULT_SETTINGS).toEqual({ coachingMode: 'trainee' });
  });

  it('is itself a valid settings patch', () => {
    expect(settingsPatchSchema.safeParse(DEFAULT_SETTINGS).success).toBe(true);
  });
});

describe('COACHING_MODES', () => {
  it('offers the trainee and expert modes', () => {
    expect(COACHING_MODES).toEqual(['trainee', 'expert']);
  });
});

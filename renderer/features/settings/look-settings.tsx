import type { TextSize, Theme } from '../../../shared/domain/settings';
import { useSettingsState } from '../../app/stores';
import { ChoiceGroup, type Choice } from './choice-group';
import { COACHING_MODE_CHOICES } from './coaching-modes';
import { LiveMessage } from './live-message';
import { SettingsSection } from './settings-section';
import { useSettingsUpdate } from './use-settings-update';

const THEME_CHOICES: readonly Choice<Theme>[] = [
  {
    value: 'system',
    label: 'Follow the system',
    description: 'Light or dark, as your computer is set, switching when it does.',
  },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
];

const TEXT_SIZE_CHOICES: readonly Choice<TextSize>[] = [
  { value: 'small', label: 'Small' },
  { value: 'standard', label: 'Standard' },
  { value: 'large', label: 'Large' },
  { value: 'largest', label: 'Largest' },
];

/** Theme, text size and coaching mode: how Call Coach looks and how much it says. */
export function LookSettings() {
  const theme = useSettingsState((state) => state.settings.theme);
  const textSize = useSettingsState((state) => state.settings.textSize);
  const coachingMode = useSettingsState((state) => state.settings.coachingMode);
  const { save, refusal } = useSettingsUpdate();
  return (
    <SettingsSection title="Look">
      <ChoiceGroup
        legend="Theme"
        choices={THEME_CHOICES}
        value={theme}
        onChange={(value) => save({ theme: value })}
      />
      <ChoiceGroup
        legend="Text size"
        choices={TEXT_SIZE_CHOICES}
        value={textSize}
        onChange={(value) => save({ textSize: value })}
        hint="Everything grows with the text: spacing, buttons and boxes too."
      />
      <ChoiceGroup
        legend="Coaching mode"
        choices={COACHING_MODE_CHOICES}
        value={coachingMode}
        onChange={(value) => save({ coachingMode: value })}
      />
      <LiveMessage message={refusal} />
    </SettingsSection>
  );
}

import type { WindowLayout } from '../../../shared/domain/settings';
import { useOverlayState, useSettingsState } from '../../app/stores';
import { ChoiceGroup, type Choice } from './choice-group';
import { ClickThroughControl } from './click-through-control';
import { LiveMessage } from './live-message';
import { OpacitySlider } from './opacity-slider';
import { SettingCheckbox } from './setting-checkbox';
import { SettingsSection } from './settings-section';
import { useSettingsUpdate } from './use-settings-update';

const LAYOUT_CHOICES: readonly Choice<WindowLayout>[] = [
  {
    value: 'compact',
    label: 'Compact',
    description: 'One line: the current step, its prompt and the call timer.',
  },
  {
    value: 'expanded',
    label: 'Expanded',
    description: 'Everything: the checklist, guidance, situations and notes.',
  },
];

/** How the overlay window sits beside the softphone: its size, place, opacity and privacy. */
export function WindowSettings() {
  const isBrowser = useOverlayState((state) => state.overlay?.shell === 'browser');
  const layout = useSettingsState((state) => state.settings.layout);
  const alwaysOnTop = useSettingsState((state) => state.settings.alwaysOnTop);
  const opacityPercent = useSettingsState((state) => state.settings.opacityPercent);
  const hideFromScreenShare = useSettingsState((state) => state.settings.hideFromScreenShare);
  const { save, refusal } = useSettingsUpdate();
  return (
    <SettingsSection title="Window">
      {isBrowser && (
        <p className="settings-note">
          These are kept for the desktop app. The browser preview has no window of its own to apply
          them to.
        </p>
      )}
      <ChoiceGroup
        legend="Layout"
        choices={LAYOUT_CHOICES}
        value={layout}
        onChange={(value) => save({ layout: value })}
      />
      <SettingCheckbox
        label="Keep on top of other windows"
        help="Stays above your other windows, full-screen softphones included, on every workspace."
        isChecked={alwaysOnTop}
        onChange={(isChecked) => save({ alwaysOnTop: isChecked })}
      />
      <OpacitySlider
        percent={opacityPercent}
        onSave={(percent) => save({ opacityPercent: percent })}
      />
      <SettingCheckbox
        label="Hide from screen sharing"
        help="Asks the system to leave Call Coach out of screen shares and recordings. Windows and macOS honour this; Linux does not, and some capture tools ignore it."
        isChecked={hideFromScreenShare}
        onChange={(isChecked) => save({ hideFromScreenShare: isChecked })}
      />
      <LiveMessage message={refusal} />
      <ClickThroughControl />
    </SettingsSection>
  );
}

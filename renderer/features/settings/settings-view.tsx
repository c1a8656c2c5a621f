import { DataSettings } from './data-settings';
import { KeyboardSettings } from './keyboard-settings';
import { LookSettings } from './look-settings';
import { ResetSettings } from './reset-settings';
import { RetentionSettings } from './retention-settings';
import { WindowSettings } from './window-settings';

/** The Settings page. Every change applies at once, in every window, and is kept for next time. */
export function SettingsView() {
  return (
    <section className="settings" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Settings</h2>
      <p className="settings-help">Changes apply at once and are kept for next time.</p>
      <LookSettings />
      <WindowSettings />
      <KeyboardSettings />
      <DataSettings />
      <RetentionSettings />
      <ResetSettings />
    </section>
  );
}

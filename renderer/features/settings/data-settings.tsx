import { useId, useState } from 'react';
import { useAppState } from '../../app/stores';
import { FormField } from '../../ui/form-field';
import { LiveMessage, type Message } from './live-message';
import { SettingsSection } from './settings-section';

/** Where Call Coach keeps everything, and a way to open that folder. */
export function DataSettings() {
  const dataDir = useAppState((state) => state.status?.dataDir ?? null);
  const openDataFolder = useAppState((state) => state.actions.openDataFolder);
  const [refusal, setRefusal] = useState<Message | null>(null);
  const id = useId();
  const messageId = `${id}-message`;

  async function handleOpen() {
    const message = await openDataFolder();
    setRefusal(message ? { tone: 'error', text: message } : null);
  }

  return (
    <SettingsSection title="Data">
      {/* Read-only, so the path can be reached with Tab, selected and copied, but not edited. */}
      <FormField
        id={`${id}-path`}
        label="Data folder"
        hint="Everything Call Coach saves is kept here, on this computer only."
      >
        {(control) => (
          <input
            {...control}
            type="text"
            className="data-folder__path"
            readOnly
            value={dataDir ?? 'Loading…'}
          />
        )}
      </FormField>
      <div className="settings-actions">
        <button
          type="button"
          className="button"
          aria-describedby={refusal ? messageId : undefined}
          onClick={() => void handleOpen()}
        >
          Open data folder
        </button>
      </div>
      <LiveMessage id={messageId} message={refusal} />
    </SettingsSection>
  );
}

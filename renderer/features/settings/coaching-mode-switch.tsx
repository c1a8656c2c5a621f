import { useId, useState } from 'react';
import type { CoachingMode } from '../../../shared/domain/settings';
import { useSettingsState } from '../../app/stores';
import { COACHING_MODE_CHOICES } from './coaching-modes';

/**
 * How much coaching the call view shows, switchable at any time, even mid-call. Main keeps the
 * choice, so every window and the next start use it too.
 */
export function CoachingModeSwitch() {
  const coachingMode = useSettingsState((state) => state.settings.coachingMode);
  const update = useSettingsState((state) => state.actions.update);
  // Only this switch's own refusal: the store's error may be about a hotkey or another setting.
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  const helpId = `${id}-help`;

  async function handleChoose(mode: CoachingMode) {
    setRefusal(await update({ coachingMode: mode }));
  }

  return (
    <div className="coaching-mode">
      <fieldset className="coaching-mode__options" aria-describedby={helpId}>
        <legend className="coaching-mode__legend">Coaching</legend>
        {COACHING_MODE_CHOICES.map(({ value: mode, label, description }) => (
          <label key={mode} className="coaching-mode__option" title={description}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={coachingMode === mode}
              onChange={() => void handleChoose(mode)}
            />
            <span>{label}</span>
          </label>
        ))}
        <p id={helpId} className="visually-hidden">
          {COACHING_MODE_CHOICES.map(({ label, description }) => `${label}: ${description}`).join(
            ' ',
          )}
        </p>
      </fieldset>
      {refusal && (
        <p className="form-error coaching-mode__error" role="alert">
          Call Coach could not keep your coaching choice: {refusal}
        </p>
      )}
    </div>
  );
}

import { useId } from 'react';
import type { CoachingMode } from '../../../shared/domain/settings';
import { useSettingsState } from '../../app/stores';

const MODES: readonly {
  readonly mode: CoachingMode;
  readonly label: string;
  readonly description: string;
}[] = [
  {
    mode: 'trainee',
    label: 'Trainee',
    description: 'Shows why each step matters, phrases to borrow and questions to ask.',
  },
  {
    mode: 'expert',
    label: 'Expert',
    description: 'Shows only the prompts and the forms.',
  },
];

/**
 * How much coaching the call view shows, switchable at any time, even mid-call. Main keeps the
 * choice, so every window and the next start use it too.
 */
export function CoachingModeSwitch() {
  const coachingMode = useSettingsState((state) => state.settings.coachingMode);
  const error = useSettingsState((state) => state.error);
  const update = useSettingsState((state) => state.actions.update);
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="coaching-mode">
      <fieldset className="coaching-mode__options" aria-describedby={helpId}>
        <legend className="coaching-mode__legend">Coaching</legend>
        {MODES.map(({ mode, label, description }) => (
          <label key={mode} className="coaching-mode__option" title={description}>
            <input
              type="radio"
              name={`${id}-mode`}
              value={mode}
              checked={coachingMode === mode}
              onChange={() => void update({ coachingMode: mode })}
            />
            <span>{label}</span>
          </label>
        ))}
        <p id={helpId} className="visually-hidden">
          {MODES.map(({ label, description }) => `${label}: ${description}`).join(' ')}
        </p>
      </fieldset>
      {error && (
        <p className="form-error coaching-mode__error" role="alert">
          Call Coach could not keep your coaching choice: {error}
        </p>
      )}
    </div>
  );
}

import type { KeyboardEvent } from 'react';
import type { Playbook, PlaybookBranch } from '../../../shared/domain/playbook';
import { useCallState, useSettingsState, useWorkAreaState } from '../../app/stores';
import { situationButtonId, situationSectionId } from './call-element-ids';
import { CaptureForm } from './capture-form';
import { SpokenPhrase } from './spoken-phrase';
import { TraineeExtras } from './trainee-extras';
import { usePhrases } from './use-phrases';

export interface SituationFormProps {
  readonly playbook: Playbook;
  readonly branch: PlaybookBranch;
}

/**
 * An open situation in the working area, in the coach card's place: its prompt, one thing to
 * say, and its form. Escape or Back puts it aside (it stays open, as filled in);
 * Close ends the situation, keeping what was written down.
 */
export function SituationForm({ playbook, branch }: SituationFormProps) {
  const closeBranch = useCallState((state) => state.actions.closeBranch);
  const showStep = useWorkAreaState((state) => state.actions.showStep);
  const isTrainee = useSettingsState((state) => state.settings.coachingMode === 'trainee');
  const [phrase, ...morePhrases] = usePhrases(branch, playbook);
  const headingId = `situation-${branch.id}-heading`;
  const closeHintId = `situation-${branch.id}-close-hint`;

  /** Back to the step card; focus goes to the situation's button, which reopens the form. */
  function putAside() {
    showStep();
    document.getElementById(situationButtonId(branch.id))?.focus();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    putAside();
  }

  return (
    <section
      id={situationSectionId(branch.id)}
      className="situation"
      aria-labelledby={headingId}
      onKeyDown={handleKeyDown}
    >
      <div className="work-area__head">
        <div className="situation__header">
          <h3 id={headingId} tabIndex={-1}>
            {branch.title}
          </h3>
          <button
            type="button"
            className="button button--quiet"
            aria-label="Back to the step"
            title="Back to the step (Esc); the form stays open as filled in"
            onClick={putAside}
          >
            Back
          </button>
          <button
            type="button"
            className="button button--quiet"
            aria-label={`Close ${branch.title}`}
            aria-describedby={closeHintId}
            onClick={() => {
              void closeBranch(branch.id);
              putAside();
            }}
          >
            Close
          </button>
          <span id={closeHintId} hidden>
            What you wrote down is kept; open it again to see it.
          </span>
        </div>
        <p className="situation__prompt" title={branch.prompt}>
          {branch.prompt}
        </p>
      </div>
      {isTrainee && phrase !== undefined && <SpokenPhrase phrase={phrase} />}
      {branch.fields.length > 0 && <CaptureForm section={branch} labelledBy={headingId} />}
      {isTrainee && (
        <TraineeExtras
          playbook={playbook}
          section={branch}
          morePhrases={morePhrases}
          headingLevel={4}
        />
      )}
    </section>
  );
}

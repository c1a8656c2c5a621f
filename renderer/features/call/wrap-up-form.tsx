import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { fieldsInError } from '../../../shared/domain/capture';
import {
  checkClosing,
  DEFAULT_FOLLOW_UP,
  suggestClosing,
  type ClosingDraft,
  type ClosingErrors,
} from '../../../shared/domain/closing';
import { findOutcome, type Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

type DraftField = keyof ClosingErrors;

const FIELD_IDS: Record<DraftField, string> = {
  outcomeId: 'wrap-up-outcome',
  what: 'wrap-up-what',
  dueOn: 'wrap-up-due',
};
const FIELD_ORDER: readonly DraftField[] = ['outcomeId', 'what', 'dueOn'];

export interface WrapUpFormProps {
  readonly call: Call;
  readonly playbook: Playbook;
  readonly today: IsoDate;
  /** Leaves the wrap-up without ending the call. */
  readonly onBack: () => void;
}

/**
 * How the call ended and what happens next, pre-filled from the latest situation. A call that
 * reached the customer should leave them with an action; ending without one is asked about once.
 */
export function WrapUpForm({ call, playbook, today, onBack }: WrapUpFormProps) {
  const end = useCallState((state) => state.actions.end);
  const [draft, setDraft] = useState<ClosingDraft>(() => suggestClosing(call, playbook, today));
  const [errors, setErrors] = useState<ClosingErrors>({});
  const [isConfirming, setIsConfirming] = useState(false);
  const [isEnding, setIsEnding] = useState(false);
  const isFollowUp = findOutcome(playbook, draft.outcomeId)?.kind === 'follow-up';
  const unfixed = fieldsInError(call, playbook, today);

  function handleChange(field: DraftField, value: string) {
    setDraft((current) => ({ ...current, [field]: value, isNoActionConfirmed: false }));
    // Another outcome brings other rules, so every message about the old one goes.
    setErrors((current) => (field === 'outcomeId' ? {} : { ...current, [field]: undefined }));
    setIsConfirming(false);
  }

  async function finish(next: ClosingDraft) {
    if (isEnding) return;
    const check = checkClosing(next, playbook, today);
    if (!check.ok) {
      setErrors(check.errors);
      setIsConfirming(check.needsNoActionConfirmation);
      const first = FIELD_ORDER.find((field) => check.errors[field]);
      if (first) document.getElementById(FIELD_IDS[first])?.focus();
      return;
    }
    setIsEnding(true);
    // Once ended, this form is gone; a refusal is shown by the call view and the form stays.
    if (!(await end(check.closing))) setIsEnding(false);
  }

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void finish(draft);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onBack();
  }

  function handleAddAction() {
    document.getElementById(FIELD_IDS.what)?.focus();
    setIsConfirming(false);
  }

  return (
    <section className="wrap-up" aria-labelledby="wrap-up-heading">
      <h3 id="wrap-up-heading">Wrap up</h3>
      <form className="wrap-up__form" noValidate onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
        <SelectField
          id={FIELD_IDS.outcomeId}
          label="Outcome"
          value={draft.outcomeId}
          placeholder="Choose…"
          options={playbook.outcomes.map((outcome) => ({
            value: outcome.id,
            label: outcome.label,
          }))}
          error={errors.outcomeId}
          onChange={(value) => handleChange('outcomeId', value)}
          isRequired
          autoFocus
        />
        <TextField
          id={FIELD_IDS.what}
          label={isFollowUp ? 'Next action (optional)' : 'Next action'}
          hint={isFollowUp ? `Left empty, it reads “${DEFAULT_FOLLOW_UP}”.` : undefined}
          value={draft.what}
          error={errors.what}
          onChange={(value) => handleChange('what', value)}
        />
        <TextField
          id={FIELD_IDS.dueOn}
          type="date"
          label={isFollowUp ? 'Try again on' : 'Due'}
          value={draft.dueOn}
          error={errors.dueOn}
          onChange={(value) => handleChange('dueOn', value)}
        />
        {isConfirming && (
          <div className="wrap-up__confirm" role="group" aria-labelledby="wrap-up-confirm-text">
            <p id="wrap-up-confirm-text">
              No next action is set. Every call should leave the customer with one.
            </p>
            <div className="wrap-up__buttons">
              <button type="button" className="button" autoFocus onClick={handleAddAction}>
                Add an action
              </button>
              <button
                type="button"
                className="button button--quiet"
                onClick={() => void finish({ ...draft, isNoActionConfirmed: true })}
              >
                End without an action
              </button>
            </div>
          </div>
        )}
        {unfixed.length > 0 && (
          // Said once, quietly: ending is not blocked, and what was typed is kept as it is.
          <p className="wrap-up__note" id="wrap-up-unfixed">
            Still marked as a problem:{' '}
            {unfixed.map((field) => `${field.sectionTitle}: ${field.fieldLabel}`).join('; ')}. You
            can end the call anyway; what you typed is kept.
          </p>
        )}
        <div className="wrap-up__buttons">
          <button type="submit" className="button button--end" disabled={isEnding}>
            End call
          </button>
          <button type="button" className="button button--quiet" onClick={onBack}>
            Back to the call
          </button>
        </div>
      </form>
    </section>
  );
}

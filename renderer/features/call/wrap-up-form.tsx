import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { fieldsInError } from '../../../shared/domain/capture';
import {
  CLOSING_FIELDS,
  checkClosing,
  DEFAULT_FOLLOW_UP,
  quickClosing,
  suggestClosing,
  type Closing,
  type ClosingDraft,
  type ClosingErrors,
  type ClosingField,
} from '../../../shared/domain/closing';
import type { FollowUpDraft, FollowUpErrors } from '../../../shared/domain/follow-ups';
import { findOutcome, type OutcomeSpec, type Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { SelectField } from '../../ui/select-field';
import { DateField } from '../../ui/date-field';
import { TextField } from '../../ui/text-field';

const FIELD_IDS: Record<ClosingField, string> = {
  outcomeId: 'wrap-up-outcome',
  what: 'wrap-up-what',
  dueOn: 'wrap-up-due',
};

const followUpDateId = (sectionId: string) => `wrap-up-follow-up-${sectionId}`;

/** A follow-up's problems in one sentence: only its date can be changed here. */
function followUpMessage(errors: FollowUpErrors | undefined): string | null {
  if (!errors) return null;
  const messages = [errors.sectionId, errors.what, errors.who, errors.dueOn].filter(Boolean);
  return messages.length > 0 ? messages.join(' ') : null;
}

/** The follow-up outcomes that end the call with one key (no answer, voicemail, wrong contact). */
function quickOutcomes(playbook: Playbook): (OutcomeSpec & { readonly key: string })[] {
  return playbook.outcomes.flatMap((outcome) =>
    outcome.kind === 'follow-up' && outcome.key ? [{ ...outcome, key: outcome.key }] : [],
  );
}

interface FollowUpRowProps {
  readonly followUp: FollowUpDraft;
  readonly errors: FollowUpErrors | undefined;
  readonly today: IsoDate;
  readonly onDateChange: (value: string) => void;
  readonly onRemove: () => void;
}

/** One follow-up: what, who, and its date, which the caller can change or drop the row. */
function FollowUpRow({ followUp, errors, today, onDateChange, onRemove }: FollowUpRowProps) {
  return (
    <li className="wrap-up__follow-up">
      <DateField
        id={followUpDateId(followUp.sectionId)}
        label={`${followUp.what} — ${followUp.who}`}
        value={followUp.dueOn}
        today={today}
        error={followUpMessage(errors) ?? undefined}
        onChange={onDateChange}
      />
      <button
        type="button"
        className="button button--quiet"
        aria-label={`Remove the follow-up “${followUp.what}”`}
        onClick={onRemove}
      >
        Remove
      </button>
    </li>
  );
}

export interface WrapUpFormProps {
  readonly call: Call;
  readonly playbook: Playbook;
  readonly today: IsoDate;
  /** Leaves the wrap-up without ending the call. */
  readonly onBack: () => void;
}

/**
 * How the call ended, its headline next action, and every follow-up its situations left (each
 * with what, who and when), pre-filled from the call. A call that reached the customer should
 * leave them with an action; ending without one is asked about once. A call nobody answered
 * ends with one button, to try again the next business day.
 */
export function WrapUpForm({ call, playbook, today, onBack }: WrapUpFormProps) {
  const end = useCallState((state) => state.actions.end);
  const [draft, setDraft] = useState<ClosingDraft>(() => suggestClosing(call, playbook, today));
  const [errors, setErrors] = useState<ClosingErrors>({});
  const [isConfirming, setIsConfirming] = useState(false);
  const [isEnding, setIsEnding] = useState(false);
  const isFollowUp = findOutcome(playbook, draft.outcomeId)?.kind === 'follow-up';
  const unfixed = fieldsInError(call, playbook, today);
  const quick = quickOutcomes(playbook);

  function handleChange(field: ClosingField, value: string) {
    setDraft((current) => ({ ...current, [field]: value, isNoActionConfirmed: false }));
    // Another outcome brings other rules, so every message about the old one goes.
    setErrors((current) => (field === 'outcomeId' ? {} : { ...current, [field]: undefined }));
    setIsConfirming(false);
  }

  function withoutFollowUpErrors(current: ClosingErrors, sectionId: string): ClosingErrors {
    if (!current.followUps?.[sectionId]) return current;
    const rest = Object.fromEntries(
      Object.entries(current.followUps).filter(([id]) => id !== sectionId),
    );
    return { ...current, followUps: rest };
  }

  function handleFollowUpDate(sectionId: string, value: string) {
    setDraft((current) => ({
      ...current,
      followUps: current.followUps.map((followUp) =>
        followUp.sectionId === sectionId ? { ...followUp, dueOn: value } : followUp,
      ),
    }));
    setErrors((current) => withoutFollowUpErrors(current, sectionId));
  }

  function handleRemoveFollowUp(sectionId: string) {
    const rows = draft.followUps;
    const index = rows.findIndex((followUp) => followUp.sectionId === sectionId);
    // The keyboard stays in the list: on the next row, else the one before, else Next action.
    const neighbour = rows[index + 1] ?? rows[index - 1];
    setDraft((current) => ({
      ...current,
      followUps: current.followUps.filter((followUp) => followUp.sectionId !== sectionId),
    }));
    setErrors((current) => withoutFollowUpErrors(current, sectionId));
    document
      .getElementById(neighbour ? followUpDateId(neighbour.sectionId) : FIELD_IDS.what)
      ?.focus();
  }

  async function endWith(closing: Closing) {
    setIsEnding(true);
    // Once ended, this form is gone; a refusal is shown by the call view and the form stays.
    if (!(await end(closing))) setIsEnding(false);
  }

  async function finish(next: ClosingDraft) {
    if (isEnding) return;
    const check = checkClosing(next, playbook, today);
    if (!check.ok) {
      setErrors(check.errors);
      setIsConfirming(check.needsNoActionConfirmation);
      const first = CLOSING_FIELDS.find((field) => check.errors[field]);
      const firstFollowUp = next.followUps.find((row) => check.errors.followUps?.[row.sectionId]);
      const focusId = first
        ? FIELD_IDS[first]
        : firstFollowUp && followUpDateId(firstFollowUp.sectionId);
      if (focusId) document.getElementById(focusId)?.focus();
      return;
    }
    await endWith(check.closing);
  }

  function handleQuickEnd(outcomeId: string) {
    if (isEnding) return;
    const closing = quickClosing(outcomeId, playbook, call, today);
    if (closing) void endWith(closing);
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
        {quick.length > 0 && (
          <div className="wrap-up__quick" role="group" aria-labelledby="wrap-up-quick-label">
            <span id="wrap-up-quick-label" className="wrap-up__quick-label">
              Nobody reached? End now (Alt+Shift+letter):
            </span>
            {quick.map((outcome) => (
              <button
                key={outcome.id}
                type="button"
                className="button button--quiet wrap-up__quick-button"
                aria-keyshortcuts={`Alt+Shift+${outcome.key}`}
                disabled={isEnding}
                onClick={() => handleQuickEnd(outcome.id)}
              >
                {outcome.label} <kbd className="key-hint">{outcome.key}</kbd>
              </button>
            ))}
          </div>
        )}
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
        <div className="wrap-up__pair">
          <TextField
            id={FIELD_IDS.what}
            label={isFollowUp ? 'Next action (optional)' : 'Next action'}
            hint={isFollowUp ? `Left empty, it reads “${DEFAULT_FOLLOW_UP}”.` : undefined}
            value={draft.what}
            error={errors.what}
            onChange={(value) => handleChange('what', value)}
          />
          <DateField
            id={FIELD_IDS.dueOn}
            label={isFollowUp ? 'Try again on' : 'Due'}
            value={draft.dueOn}
            today={today}
            error={errors.dueOn}
            onChange={(value) => handleChange('dueOn', value)}
          />
        </div>
        {draft.followUps.length > 0 && (
          <fieldset className="wrap-up__follow-ups">
            <legend id="wrap-up-follow-ups">Follow-ups</legend>
            <ul aria-labelledby="wrap-up-follow-ups">
              {draft.followUps.map((followUp) => (
                <FollowUpRow
                  key={followUp.sectionId}
                  followUp={followUp}
                  errors={errors.followUps?.[followUp.sectionId]}
                  today={today}
                  onDateChange={(value) => handleFollowUpDate(followUp.sectionId, value)}
                  onRemove={() => handleRemoveFollowUp(followUp.sectionId)}
                />
              ))}
            </ul>
          </fieldset>
        )}
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

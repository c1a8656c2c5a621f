import { useEffect, useRef, useState, type FormEvent } from 'react';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import {
  checkStartCallForm,
  emptyStartCallForm,
  START_FORM_FIELD_ORDER,
  type StartCallForm as FormValues,
  type StartCallFormErrors,
} from '../../../shared/domain/start-call';
import { useCallState, usePlaybookState } from '../../app/stores';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { focusWhenShown } from '../keyboard/focus';
import { START_FORM_FIRST_FIELD_ID } from './call-element-ids';
import { useToday } from './use-today';

const fieldId = (name: keyof FormValues): string => `start-${name}`;

/** The form that opens a call. Nothing reaches main until every field is valid. */
export function StartCallForm() {
  const playbooks = usePlaybookState((state) => state.playbooks);
  const defaultId = usePlaybookState((state) => state.defaultId);
  const isPlaybookListLoaded = usePlaybookState((state) => state.isLoaded);
  const hasEndedCall = useCallState((state) => state.lastEnded !== null);
  const start = useCallState((state) => state.actions.start);
  const today = useToday();
  const [values, setValues] = useState<FormValues>(emptyStartCallForm);
  const [chosenPlaybookId, setChosenPlaybookId] = useState<string | null>(null);
  const [errors, setErrors] = useState<StartCallFormErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  const isKnown = (id: string | null): id is string => playbooks.some((p) => p.id === id);
  const playbookId = isKnown(chosenPlaybookId)
    ? chosenPlaybookId
    : isKnown(defaultId)
      ? defaultId
      : (playbooks[0]?.id ?? null);

  // After a call ends here, the caller's next move is the next call: be ready for it, but
  // never take focus from somewhere the caller has put it.
  useEffect(() => {
    if (hasEndedCall && document.activeElement === document.body) {
      formRef.current?.querySelector<HTMLInputElement>(`#${START_FORM_FIRST_FIELD_ID}`)?.focus();
    }
  }, [hasEndedCall]);

  function handleChange(field: keyof FormValues, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    // A message stays until the field it is about changes.
    if (errors[field]) setErrors((current) => ({ ...current, [field]: undefined }));
  }

  function handleAmountBlur() {
    const amount = parseMoney(values.amountDue);
    if (values.amountDue.trim() !== '' && amount.ok) {
      setValues((current) => ({ ...current, amountDue: formatMoney(amount.cents) }));
    }
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    if (!playbookId || isStarting) return;
    const check = checkStartCallForm(values, playbookId, today);
    if (!check.ok) {
      setErrors(check.errors);
      const firstInvalid = START_FORM_FIELD_ORDER.find((field) => check.errors[field]);
      if (firstInvalid) form.querySelector<HTMLElement>(`#${fieldId(firstInvalid)}`)?.focus();
      return;
    }
    setErrors({});
    setSubmitError(null);
    setIsStarting(true);
    const error = await start(check.input);
    setIsStarting(false);
    if (error) {
      setSubmitError(error.message);
      return;
    }
    // The form goes with the call's start; the caller lands on the call's current step.
    focusWhenShown(() => document.querySelector<HTMLElement>('[aria-current="step"] input'));
  }

  const field = (name: keyof FormValues) => ({
    id: fieldId(name),
    value: values[name],
    error: errors[name],
    onChange: (value: string) => handleChange(name, value),
  });

  return (
    <form
      ref={formRef}
      className="start-form"
      aria-labelledby="start-heading"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id="start-heading">Start a call</h2>
      <TextField {...field('customer')} label="Customer" isRequired />
      <TextField {...field('contact')} label="Contact" hint="Who you are calling" />
      <TextField {...field('accountNumber')} label="Account number" />
      <TextField {...field('invoice')} label="Invoice" />
      <TextField
        {...field('amountDue')}
        label="Amount due"
        inputMode="decimal"
        hint="For example 1,250.00"
        onBlur={handleAmountBlur}
      />
      <DateField
        {...field('dueOn')}
        label="Due date"
        hint="When the invoice was due"
        today={today}
      />
      <TextField
        {...field('customerSince')}
        label="Customer since"
        inputMode="numeric"
        hint="The year, for example 2014"
      />
      {playbooks.length > 1 && playbookId && (
        <SelectField
          id="start-playbook"
          label="Playbook"
          value={playbookId}
          options={playbooks.map((playbook) => ({ value: playbook.id, label: playbook.name }))}
          onChange={setChosenPlaybookId}
        />
      )}
      {!playbookId && (
        <p className="field__hint">
          {isPlaybookListLoaded
            ? 'No playbook is available, so calls cannot start yet.'
            : 'Loading playbooks…'}
        </p>
      )}
      {submitError && (
        <p className="form-error" role="alert">
          {submitError}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={!playbookId || isStarting}>
        Start call
      </button>
    </form>
  );
}

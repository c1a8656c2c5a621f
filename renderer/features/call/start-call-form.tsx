import { useState, type FormEvent } from 'react';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import {
  checkStartCallForm,
  emptyStartCallForm,
  type StartCallForm as FormValues,
  type StartCallFormErrors,
} from '../../../shared/domain/start-call';
import { useAppState, useCallState } from '../../app/stores';
import { TextField } from '../../ui/text-field';

const FIELD_ORDER = ['customer', 'accountNumber', 'invoice', 'amountDue'] as const;

/** The form that opens a call. Nothing reaches main until every field is valid. */
export function StartCallForm() {
  const playbookId = useAppState((state) => state.playbooks[0]?.id ?? null);
  const start = useCallState((state) => state.actions.start);
  const [values, setValues] = useState<FormValues>(emptyStartCallForm);
  const [errors, setErrors] = useState<StartCallFormErrors>({});
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);

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
    const check = checkStartCallForm(values, playbookId);
    if (!check.ok) {
      setErrors(check.errors);
      const firstInvalid = FIELD_ORDER.find((field) => check.errors[field]);
      if (firstInvalid) form.querySelector<HTMLInputElement>(`#start-${firstInvalid}`)?.focus();
      return;
    }
    setErrors({});
    setSubmitError(null);
    setIsStarting(true);
    const error = await start(check.input);
    setIsStarting(false);
    if (error) setSubmitError(error.message);
  }

  const field = (name: keyof FormValues) => ({
    id: `start-${name}`,
    value: values[name],
    error: errors[name],
    onChange: (value: string) => handleChange(name, value),
  });

  return (
    <form
      className="start-form"
      aria-labelledby="start-heading"
      noValidate
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id="start-heading">Start a call</h2>
      <TextField {...field('customer')} label="Customer" isRequired />
      <TextField {...field('accountNumber')} label="Account number" />
      <TextField {...field('invoice')} label="Invoice" />
      <TextField
        {...field('amountDue')}
        label="Amount due"
        inputMode="decimal"
        hint="For example 1,250.00"
        onBlur={handleAmountBlur}
      />
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

import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { AccountFile } from '../../../shared/domain/account-file';
import type { IsoDate } from '../../../shared/domain/calendar';
import type { AccountPick } from '../../../shared/domain/accounts';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import {
  checkStartCallForm,
  emptyStartCallForm,
  START_FORM_FIELD_ORDER,
  type StartCallForm as FormValues,
  type StartCallFormErrors,
} from '../../../shared/domain/start-call';
import type { WorkItem } from '../../../shared/domain/worklist';
import { useCallState, usePlaybookState, useStores, type Stores } from '../../app/stores';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { AccountCombobox } from '../accounts/account-combobox';
import { applyFill, fillFromFile, fillFromPick, type AccountFill } from '../accounts/account-fill';
import { useAccountUpdates } from '../accounts/account-hooks';
import { FollowUpContext } from '../follow-ups/follow-up-context';
import { focusWhenShown } from '../keyboard/focus';
import { START_CALL_BUTTON_ID, START_FORM_FIRST_FIELD_ID } from './call-element-ids';
import { preloadCallParts } from './lazy-call-parts';
import { useToday } from './use-today';

const fieldId = (name: keyof FormValues): string => `start-${name}`;

/** The account picked in the Customer list, and what picking it put in the form. */
interface PickedAccount {
  readonly id: number;
  readonly fill: AccountFill;
}

/** The form as typed, its messages, the account picked and the follow-up: changed together. */
interface FormEntry {
  readonly values: FormValues;
  readonly errors: StartCallFormErrors;
  readonly picked: PickedAccount | null;
  /** The worklist's follow-up the call is for; the call closes it when it ends. */
  readonly followUp: WorkItem | null;
}

const emptyEntry: FormEntry = {
  values: emptyStartCallForm,
  errors: {},
  picked: null,
  followUp: null,
};

/** The entry after the caller types `value` into `field`. */
function typed(entry: FormEntry, field: keyof FormValues, value: string): FormEntry {
  const values = { ...entry.values, [field]: value };
  // A message stays until the field it is about changes.
  const errors = entry.errors[field] ? { ...entry.errors, [field]: undefined } : entry.errors;
  if (field !== 'customer') return { ...entry, values, errors };
  // Another name is another customer: the follow-up goes, as a call to someone else must not
  // close it, and so does what the account filled in.
  if (!entry.picked) return { ...entry, values, errors, followUp: null };
  const filled: AccountFill = { ...entry.picked.fill, customer: undefined };
  return { values: applyFill(values, filled, {}).values, errors, picked: null, followUp: null };
}

/**
 * The entry after an account is picked (`isPicking`), or after its file answers while it is
 * still the one picked: filled in over what an earlier fill put there.
 */
function filledFrom(
  entry: FormEntry,
  accountId: number,
  fill: AccountFill,
  isPicking: boolean,
): FormEntry {
  const earlier = entry.picked;
  if (!isPicking && earlier?.id !== accountId) return entry;
  const filled = applyFill(
    entry.values,
    earlier?.fill ?? {},
    fill,
    isPicking ? ['customer', 'accountNumber'] : [],
  );
  // As when typed into, a field the fill changed loses its message.
  const changed = START_FORM_FIELD_ORDER.filter(
    (name) => filled.values[name] !== entry.values[name] && entry.errors[name],
  );
  return {
    ...entry,
    values: filled.values,
    errors:
      changed.length > 0
        ? { ...entry.errors, ...Object.fromEntries(changed.map((name) => [name, undefined])) }
        : entry.errors,
    picked: { id: accountId, fill: filled.fill },
  };
}

/**
 * The form for a follow-up chosen in the worklist: a new call, so it starts over, filled in for
 * the follow-up's account as picking it would (from its file when this window already holds it).
 */
function entryForFollowUp(
  item: WorkItem,
  file: AccountFile | undefined,
  today: IsoDate,
): FormEntry {
  const entry: FormEntry = {
    ...emptyEntry,
    values: { ...emptyStartCallForm, customer: item.customer },
    followUp: item,
  };
  if (item.accountId === null) return entry;
  const fromItem: AccountFill = { customer: item.customer };
  const fill = file ? { ...fromItem, ...fillFromFile(file, today) } : fromItem;
  return filledFrom(entry, item.accountId, fill, true);
}

/** The form's first entry: empty, or for the follow-up the worklist asked to call about. */
function initialEntry(stores: Stores, today: IsoDate): FormEntry {
  const item = stores.call.getState().followUpToStart;
  if (!item) return emptyEntry;
  const file =
    item.accountId === null ? undefined : stores.accounts.getState().files[item.accountId];
  return entryForFollowUp(item, file, today);
}

/**
 * The form that opens a call. Nothing reaches main until every field is valid. Picking one of
 * the accounts listed under Customer fills in what the account knows and starts the call on that
 * account; a name typed without picking starts it on a new one.
 */
export function StartCallForm() {
  const stores = useStores();
  const playbooks = usePlaybookState((state) => state.playbooks);
  const defaultId = usePlaybookState((state) => state.defaultId);
  const isPlaybookListLoaded = usePlaybookState((state) => state.isLoaded);
  const hasEndedCall = useCallState((state) => state.lastEnded !== null);
  const start = useCallState((state) => state.actions.start);
  const today = useToday();
  // The worklist asks for a follow-up before this form shows, so it is read once, as it opens.
  const [initialFollowUp] = useState(() => stores.call.getState().followUpToStart);
  const [entry, setEntry] = useState<FormEntry>(() => initialEntry(stores, today));
  const { values, errors, picked, followUp } = entry;
  const [chosenPlaybookId, setChosenPlaybookId] = useState<string | null>(null);
  const [submitError, setSubmitError] = useState<string | null>(null);
  const [isStarting, setIsStarting] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useAccountUpdates();

  const setErrors = (next: StartCallFormErrors) =>
    setEntry((current) => ({ ...current, errors: next }));

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
    setEntry((current) => typed(current, field, value));
  }

  useEffect(() => {
    if (!initialFollowUp) return;
    stores.call.getState().actions.followUpTaken();
    const { accountId, customer } = initialFollowUp;
    if (accountId === null) return;
    // The account's file as main has it now, over what this window held when the form opened.
    void stores.accounts
      .getState()
      .actions.loadFile(accountId)
      .then((file) => {
        if (!file) return;
        const fromFile = { customer, ...fillFromFile(file, today) };
        setEntry((current) => filledFrom(current, accountId, fromFile, false));
      });
    // Once, as the form opens: a new day later does not fill it in again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [initialFollowUp, stores]);

  function handlePick(account: AccountPick) {
    const accounts = stores.accounts.getState();
    const known = accounts.files[account.id];
    const fromPick = fillFromPick(account);
    const fill = known ? { ...fromPick, ...fillFromFile(known, today) } : fromPick;
    setEntry((current) => filledFrom(current, account.id, fill, true));
    void accounts.actions.loadFile(account.id).then((file) => {
      if (!file) return;
      const fromFile = { ...fromPick, ...fillFromFile(file, today) };
      setEntry((current) => filledFrom(current, account.id, fromFile, false));
    });
  }

  function handleAmountBlur() {
    const amount = parseMoney(values.amountDue);
    if (values.amountDue.trim() !== '' && amount.ok) {
      const amountDue = formatMoney(amount.cents);
      setEntry((current) => ({ ...current, values: { ...current.values, amountDue } }));
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
    const error = await start(
      {
        ...check.input,
        ...(picked && { accountId: picked.id }),
        ...(followUp && { followUpId: followUp.id }),
      },
      followUp,
    );
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
      // The live call and its recap load on demand, but once the caller starts typing a call is
      // coming: load them now, so the call opens without waiting and ends without a fetch. If
      // this early load fails, showing them loads them again.
      onInput={() => void preloadCallParts().catch(() => undefined)}
      onSubmit={(event) => void handleSubmit(event)}
    >
      <h2 id="start-heading">Start a call</h2>
      {followUp && <FollowUpContext item={followUp} today={today} />}
      <AccountCombobox
        {...field('customer')}
        label="Customer"
        isRequired
        hint={picked ? 'From your accounts. Change the name for a new customer.' : undefined}
        onPick={handlePick}
      />
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
      <button
        id={START_CALL_BUTTON_ID}
        type="submit"
        className="button button--primary"
        disabled={!playbookId || isStarting}
      >
        Start call
      </button>
    </form>
  );
}

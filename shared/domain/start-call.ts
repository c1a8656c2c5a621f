import { isIsoDate, type IsoDate } from './calendar';
import { parseMoney, type Cents } from './money';

export const CUSTOMER_MAX_LENGTH = 200;
export const REFERENCE_MAX_LENGTH = 64;

/** What main accepts to start a call: already parsed and trimmed, amounts in cents. */
export interface StartCallInput {
  readonly playbookId: string;
  /**
   * The account chosen in the pick-list. Without one, main finds the account by number, else by
   * name, and creates it when there is none, so every call belongs to an account.
   */
  readonly accountId?: number | null;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDueCents: Cents | null;
  readonly contact: string;
  readonly customerSince: string;
  readonly dueOn: IsoDate | null;
  /** The worklist's follow-up this call was started from: ending the call closes it. */
  readonly followUpId?: string | null;
}

/** The start form exactly as typed. */
export interface StartCallForm {
  readonly customer: string;
  readonly contact: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDue: string;
  readonly dueOn: string;
  readonly customerSince: string;
}

export type StartCallFormErrors = Partial<Record<keyof StartCallForm, string>>;

export type StartCallFormCheck =
  | { readonly ok: true; readonly input: StartCallInput }
  | { readonly ok: false; readonly errors: StartCallFormErrors };

export const emptyStartCallForm: StartCallForm = {
  customer: '',
  contact: '',
  accountNumber: '',
  invoice: '',
  amountDue: '',
  dueOn: '',
  customerSince: '',
};

/** The form's fields in the order they appear, so focus can go to the first one with a problem. */
export const START_FORM_FIELD_ORDER = [
  'customer',
  'contact',
  'accountNumber',
  'invoice',
  'amountDue',
  'dueOn',
  'customerSince',
] as const satisfies readonly (keyof StartCallForm)[];

/** The earliest year a customer relationship is taken to have started. */
const FIRST_CUSTOMER_YEAR = 1900;

/**
 * Checks the start form the way a caller would want it checked: every problem at once, each
 * with a message that says what to type. Only a form that passes becomes a request to main.
 */
export function checkStartCallForm(
  form: StartCallForm,
  playbookId: string,
  today: IsoDate,
): StartCallFormCheck {
  const errors: StartCallFormErrors = {};
  const customer = form.customer.trim();
  if (customer === '') errors.customer = 'Enter the customer’s name.';
  else if (customer.length > CUSTOMER_MAX_LENGTH) {
    errors.customer = `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.`;
  }
  const contact = form.contact.trim();
  if (contact.length > CUSTOMER_MAX_LENGTH) {
    errors.contact = `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.`;
  }
  const dueOn = form.dueOn.trim();
  if (dueOn !== '' && !isIsoDate(dueOn)) errors.dueOn = 'Enter a real date.';
  const customerSince = form.customerSince.trim();
  const thisYear = Number(today.slice(0, 4));
  if (
    customerSince !== '' &&
    !(
      /^\d{4}$/.test(customerSince) &&
      Number(customerSince) >= FIRST_CUSTOMER_YEAR &&
      Number(customerSince) <= thisYear
    )
  ) {
    errors.customerSince = `Enter the year they became a customer, like ${thisYear - 8}.`;
  }
  for (const field of ['accountNumber', 'invoice'] as const) {
    if (form[field].trim().length > REFERENCE_MAX_LENGTH) {
      errors[field] = `Keep this under ${REFERENCE_MAX_LENGTH} characters.`;
    }
  }
  let amountDueCents: number | null = null;
  if (form.amountDue.trim() !== '') {
    const amount = parseMoney(form.amountDue);
    if (amount.ok) amountDueCents = amount.cents;
    else errors.amountDue = amount.message;
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      playbookId,
      customer,
      accountNumber: form.accountNumber.trim(),
      invoice: form.invoice.trim(),
      amountDueCents,
      contact,
      customerSince,
      dueOn: dueOn === '' ? null : dueOn,
    },
  };
}

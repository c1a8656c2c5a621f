import { parseMoney, type Cents } from './money';

export const CUSTOMER_MAX_LENGTH = 200;
export const REFERENCE_MAX_LENGTH = 64;

/** What main accepts to start a call: already parsed and trimmed, amounts in cents. */
export interface StartCallInput {
  readonly playbookId: string;
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDueCents: Cents | null;
}

/** The start form exactly as typed. */
export interface StartCallForm {
  readonly customer: string;
  readonly accountNumber: string;
  readonly invoice: string;
  readonly amountDue: string;
}

export type StartCallFormErrors = Partial<Record<keyof StartCallForm, string>>;

export type StartCallFormCheck =
  | { readonly ok: true; readonly input: StartCallInput }
  | { readonly ok: false; readonly errors: StartCallFormErrors };

export const emptyStartCallForm: StartCallForm = {
  customer: '',
  accountNumber: '',
  invoice: '',
  amountDue: '',
};

/**
 * Checks the start form the way a caller would want it checked: every problem at once, each
 * with a message that says what to type. Only a form that passes becomes a request to main.
 */
export function checkStartCallForm(form: StartCallForm, playbookId: string): StartCallFormCheck {
  const errors: StartCallFormErrors = {};
  const customer = form.customer.trim();
  if (customer === '') errors.customer = 'Enter the customer’s name.';
  else if (customer.length > CUSTOMER_MAX_LENGTH) {
    errors.customer = `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.`;
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
    },
  };
}

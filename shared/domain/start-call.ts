import { z } from 'zod';
import { MAX_CENTS, parseMoney } from './money';

export const CUSTOMER_MAX_LENGTH = 200;
export const REFERENCE_MAX_LENGTH = 64;

/** What main accepts to start a call: already parsed and trimmed, amounts in cents. */
export const startCallInputSchema = z.strictObject({
  playbookId: z.string().min(1).max(REFERENCE_MAX_LENGTH),
  customer: z.string().trim().min(1).max(CUSTOMER_MAX_LENGTH),
  accountNumber: z.string().trim().max(REFERENCE_MAX_LENGTH),
  invoice: z.string().trim().max(REFERENCE_MAX_LENGTH),
  amountDueCents: z.number().int().min(0).max(MAX_CENTS).nullable(),
});

export type StartCallInput = z.infer<typeof startCallInputSchema>;

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

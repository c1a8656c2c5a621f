import {
  COLUMN_ROLE_LABELS,
  type ColumnRole,
  type DateOrder,
  type DecimalMark,
  type ReportInvoice,
  type RowProblem,
} from '../../../../../shared/domain/aging-report';
import type { IsoDate } from '../../../../../shared/domain/calendar';
import type { Cents } from '../../../../../shared/domain/money';
import { cellAt, type ColumnPlan } from './column-plan';
import { parseAmount, parseReportDate } from './values';

/** What reading an invoice line needs besides its cells. */
export interface InvoiceRowContext {
  readonly plan: ColumnPlan;
  readonly headers: readonly string[];
  readonly dateOrder: DateOrder;
  readonly decimalMark: DecimalMark;
  readonly today: IsoDate;
}

export type InvoiceRowRead =
  | { readonly ok: true; readonly invoice: ReportInvoice }
  | { readonly ok: false; readonly problem: RowProblem };

/** Transaction types that take money off the balance, whatever sign the report gives them. */
const CREDIT_TYPES: ReadonlySet<string> = new Set([
  'payment',
  'payment entry',
  'receive payment',
  'credit memo',
  'credit note',
  'credit',
  'customer credit',
  'overpayment',
  'prepayment',
]);

/** `Customer:Job` as QuickBooks writes a job: the customer before the first colon. */
export function splitCustomerJob(name: string): { customer: string; job: string } {
  const colon = name.indexOf(':');
  if (colon <= 0 || colon === name.length - 1) return { customer: name, job: '' };
  return { customer: name.slice(0, colon).trim(), job: name.slice(colon + 1).trim() };
}

interface Money {
  readonly cents: Cents;
  readonly currency: string | null;
}

/** A date cell: null when empty; when unreadable, null with the reason added to `reasons`. */
function readDate(
  text: string,
  role: ColumnRole,
  context: InvoiceRowContext,
  reasons: string[],
): IsoDate | null {
  if (text === '') return null;
  const read = parseReportDate(text, context.dateOrder, context.today);
  if (read.ok) return read.date;
  reasons.push(`the ${COLUMN_ROLE_LABELS[role].toLowerCase()} "${text}" ${read.reason}`);
  return null;
}

/** An amount cell: null when empty; when unreadable, null with the reason added to `reasons`. */
function readAmount(
  text: string,
  name: string,
  context: InvoiceRowContext,
  reasons: string[],
): Money | null {
  if (text === '') return null;
  const read = parseAmount(text, context.decimalMark);
  if (read.ok) return read;
  reasons.push(`the ${name} "${text}" ${read.reason}`);
  return null;
}

/** A payment or credit takes money off, so its amounts are negative whatever the report wrote. */
function signedFor(isCredit: boolean, cents: Cents): Cents {
  return isCredit && cents > 0 ? -cents : cents;
}

/** The open balance: its own column, else the aging periods added up. */
function readOpenBalance(
  cells: readonly string[],
  context: InvoiceRowContext,
  reasons: string[],
): Money | null {
  const { plan, headers } = context;
  const own = cellAt(cells, plan.openBalance);
  if (own !== '') return readAmount(own, 'open balance', context, reasons);
  const filled = plan.buckets.filter((index) => cellAt(cells, index) !== '');
  if (filled.length === 0) {
    reasons.push('no open balance');
    return null;
  }
  let cents = 0;
  let currency: string | null = null;
  let isReadable = true;
  for (const index of filled) {
    const name = `"${headers[index] ?? ''}" amount`;
    const read = readAmount(cellAt(cells, index), name, context, reasons);
    if (read) {
      cents += read.cents;
      currency ??= read.currency;
    } else {
      isReadable = false;
    }
  }
  return isReadable ? { cents, currency } : null;
}

/**
 * Reads one invoice line (payments and credits included, with a negative balance), or says in
 * the caller's words everything that keeps it from being used.
 */
export function readInvoiceRow(
  line: number,
  cells: readonly string[],
  context: InvoiceRowContext,
  /** The customer of the group row above, for lines that do not name one. */
  groupCustomer: string | null,
): InvoiceRowRead {
  const { plan } = context;
  const reasons: string[] = [];
  const named = cellAt(cells, plan.customer) || (groupCustomer ?? '');
  if (named === '') reasons.push('no customer');
  const invoiceNumber = cellAt(cells, plan.invoiceNumber);
  if (invoiceNumber === '') reasons.push('no invoice number');
  const invoiceDate = readDate(cellAt(cells, plan.invoiceDate), 'invoiceDate', context, reasons);
  const dueOn = readDate(cellAt(cells, plan.dueDate), 'dueDate', context, reasons);
  const amount = readAmount(cellAt(cells, plan.amount), 'invoice amount', context, reasons);
  const open = readOpenBalance(cells, context, reasons);
  if (reasons.length > 0 || open === null) {
    return { ok: false, problem: { line, reason: `Line ${line}: ${reasons.join('; ')}.` } };
  }
  const isCredit = CREDIT_TYPES.has(cellAt(cells, plan.transactionType).toLowerCase());
  const { customer, job } = splitCustomerJob(named);
  const currency =
    cellAt(cells, plan.currency).toUpperCase() || open.currency || amount?.currency || '';
  return {
    ok: true,
    invoice: {
      line,
      customer,
      accountNumber: cellAt(cells, plan.accountNumber),
      job,
      invoiceNumber,
      invoiceDate,
      dueOn,
      amountCents: amount ? signedFor(isCredit, amount.cents) : null,
      openCents: signedFor(isCredit, open.cents),
      currency,
      terms: cellAt(cells, plan.terms),
    },
  };
}

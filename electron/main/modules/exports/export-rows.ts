import type { Call } from '../../../../shared/domain/call';
import { hasCapturedValues } from '../../../../shared/domain/capture';
import { parseMoney } from '../../../../shared/domain/money';
import type { Playbook } from '../../../../shared/domain/playbook';

/**
 * The export's contract with ERP/CRM imports: these column names, in this order, never change
 * meaning. Times are ISO 8601 in UTC; dates YYYY-MM-DD; amounts decimal strings like 1250.00;
 * an unknown value is an empty string.
 */
export const EXPORT_COLUMNS = [
  'call_id',
  'started_at',
  'ended_at',
  'customer',
  'account_number',
  'contact',
  'invoice',
  'amount_due',
  'outcome',
  'situations',
  'next_action',
  'next_action_due',
  'promise_amount',
  'promise_date',
  'check_number',
  'notes',
] as const;

export type ExportRow = Readonly<Record<(typeof EXPORT_COLUMNS)[number], string>>;

/** What a row is made from: a stored call and the playbook that names its situations. */
export type ExportCall = Pick<
  Call,
  | 'id'
  | 'startedAt'
  | 'endedAt'
  | 'customer'
  | 'accountNumber'
  | 'contact'
  | 'invoice'
  | 'amountDueCents'
  | 'captures'
  | 'notes'
  | 'closing'
>;

const decimal = (cents: number | null): string => (cents === null ? '' : (cents / 100).toFixed(2));

function capturedAmount(text: string | undefined): string {
  if (text === undefined || text.trim() === '') return '';
  const amount = parseMoney(text);
  return amount.ok ? decimal(amount.cents) : text.trim();
}

/** One export row for `call`, its situations named by `playbook` in playbook order. */
export function toExportRow(call: ExportCall, playbook: Playbook): ExportRow {
  const promise = call.captures['promise-to-pay'] ?? {};
  const check = call.captures['check-in-mail'] ?? {};
  return {
    call_id: call.id,
    started_at: new Date(call.startedAt).toISOString(),
    ended_at: call.endedAt === null ? '' : new Date(call.endedAt).toISOString(),
    customer: call.customer,
    account_number: call.accountNumber,
    contact: call.contact,
    invoice: call.invoice,
    amount_due: decimal(call.amountDueCents),
    outcome: call.closing?.outcomeLabel ?? '',
    situations: playbook.branches
      .filter((branch) => hasCapturedValues(call.captures[branch.id]))
      .map((branch) => branch.title)
      .join('; '),
    next_action: call.closing?.action?.what ?? '',
    next_action_due: call.closing?.action?.dueOn ?? '',
    promise_amount: capturedAmount(promise.amount),
    promise_date: promise['pay-on']?.trim() ?? '',
    check_number: check['check-number']?.trim() ?? '',
    notes: call.notes,
  };
}

/**
 * The follow-up export's columns, under the same promise as `EXPORT_COLUMNS`: one row per open
 * follow-up, with the account it is for, what is to be done, by whom, when, and for how much.
 */
export const FOLLOW_UP_COLUMNS = [
  'follow_up_id',
  'customer',
  'account_number',
  'kind',
  'what',
  'who',
  'due_on',
  'amount',
  'call_id',
] as const;

export type FollowUpExportRow = Readonly<Record<(typeof FOLLOW_UP_COLUMNS)[number], string>>;

/** An open follow-up as the export reads it from storage. */
export interface ExportFollowUp {
  readonly id: number;
  readonly customer: string;
  readonly accountNumber: string;
  readonly kind: string;
  readonly what: string;
  readonly who: string;
  readonly dueOn: string;
  readonly amountCents: number | null;
  readonly callId: string;
}

/** One export row for an open follow-up. */
export function toFollowUpRow(followUp: ExportFollowUp): FollowUpExportRow {
  return {
    follow_up_id: String(followUp.id),
    customer: followUp.customer,
    account_number: followUp.accountNumber,
    kind: followUp.kind,
    what: followUp.what,
    who: followUp.who,
    due_on: followUp.dueOn,
    amount: decimal(followUp.amountCents),
    call_id: followUp.callId,
  };
}

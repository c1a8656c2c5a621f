import type { CheckRecord, DisputeRecord, PromiseRecord } from './account-file';
import { isIsoDate, localDate, type IsoDate } from './calendar';
import type { Call } from './call';
import {
  hasCapturedValues,
  normalizeDigitsEntry,
  OTHER_CHOICE,
  otherDetailKey,
  type CaptureValues,
} from './capture';
import { parseMoney, type Cents } from './money';
import { findField, findSection, type Playbook } from './playbook';

/** The playbook sections (and their fields) the account memory reads its records from. */
export const PROMISE_SECTION = 'promise-to-pay';
export const CHECK_SECTION = 'check-in-mail';
export const DISPUTE_SECTION = 'dispute';
const INVOICES_FIELD = 'invoices';

/** Dispute statuses that end a dispute: settled on the call, or a credit or correction agreed. */
export const DISPUTE_SETTLED_STATUSES: readonly string[] = ['resolved', 'credit-agreed'];
const DISPUTE_STATUSES: readonly string[] = ['open', ...DISPUTE_SETTLED_STATUSES];

/** The commitments one call recorded, one of each kind at most. */
export interface CallRecords {
  readonly promise: PromiseRecord | null;
  readonly check: CheckRecord | null;
  readonly dispute: DisputeRecord | null;
}

/**
 * Invoice numbers as a caller writes them in an "Invoices covered" field: separated by commas,
 * semicolons or line breaks, trimmed, each once (the first spelling kept). Numbers are kept as
 * text ("000123" stays "000123").
 */
export function parseInvoiceNumbers(text: string): string[] {
  const numbers: string[] = [];
  const seen = new Set<string>();
  for (const part of text.split(/[,;\n\r]+/)) {
    const number = part.trim();
    const key = invoiceNumberKey(number);
    if (number === '' || seen.has(key)) continue;
    seen.add(key);
    numbers.push(number);
  }
  return numbers;
}

/** Two invoice numbers name the same invoice when they match ignoring case and outer spaces. */
export function invoiceNumberKey(number: string): string {
  return number.trim().toUpperCase();
}

/**
 * What a call recorded for the account memory, from its captured forms (values as stored: money
 * as typed, dates as `YYYY-MM-DD`, choices as option ids). Only a form that holds something gives
 * a record, and then only when it holds what the record cannot do without:
 * - a promise needs a real pay-by date;
 * - a check needs a check number, a mailing date or an amount;
 * - a dispute needs nothing more than having been filled in.
 *
 * Each record dates from the local day the call started. Invoices are the ones the form names,
 * or the call's own invoice when the form names none. Choice labels (method, reason) come from
 * `playbook`, which should be the one the call used; a choice the playbook no longer has is
 * kept as stored. A dispute captured as resolved or with a credit agreed is resolved that day.
 */
export function recordsOfCall(call: Call, playbook: Playbook): CallRecords {
  const day = localDate(call.startedAt);
  const form = (sectionId: string) => {
    const values = call.captures[sectionId];
    return hasCapturedValues(values) ? formReader(values ?? {}, sectionId, playbook) : null;
  };
  const invoicesOf = (reader: FormReader) => {
    const named = parseInvoiceNumbers(reader.text(INVOICES_FIELD));
    return named.length > 0 ? named : parseInvoiceNumbers(call.invoice);
  };

  const promiseForm = form(PROMISE_SECTION);
  const payBy = promiseForm?.date('pay-on') ?? null;
  const promise: PromiseRecord | null =
    promiseForm && payBy !== null
      ? {
          callId: call.id,
          madeOn: day,
          payBy,
          amountCents: promiseForm.money('amount'),
          method: promiseForm.choiceLabel('method'),
          invoiceNumbers: invoicesOf(promiseForm),
        }
      : null;

  const checkForm = form(CHECK_SECTION);
  const checkNumber = checkForm ? normalizeDigitsEntry(checkForm.text('check-number')).value : '';
  const checkAmount = checkForm?.money('amount') ?? null;
  const mailedOn = checkForm?.date('mailed-on') ?? null;
  const check: CheckRecord | null =
    checkForm && (checkNumber !== '' || checkAmount !== null || mailedOn !== null)
      ? {
          callId: call.id,
          saidOn: day,
          checkNumber,
          amountCents: checkAmount,
          mailedOn,
          followUpBy: checkForm.date('follow-up-by'),
          invoiceNumbers: invoicesOf(checkForm),
        }
      : null;

  const disputeForm = form(DISPUTE_SECTION);
  const rawStatus = disputeForm?.text('status') ?? '';
  const status = DISPUTE_STATUSES.includes(rawStatus) ? rawStatus : '';
  const dispute: DisputeRecord | null = disputeForm
    ? {
        callId: call.id,
        openedOn: day,
        reason: disputeForm.choiceLabel('reason'),
        disputedCents: disputeForm.money('disputed-amount'),
        owner: oneLine(disputeForm.text('owner')),
        answerBy: disputeForm.date('answer-by'),
        status,
        resolvedOn: DISPUTE_SETTLED_STATUSES.includes(status) ? day : null,
        invoiceNumbers: invoicesOf(disputeForm),
      }
    : null;

  return { promise, check, dispute };
}

/**
 * Every dispute raised across an account's calls, with what later calls said of each. Calls are
 * read oldest first (by start time); a dispute whose invoices share a number with one already
 * raised is the same dispute (see `mergeDisputes`). `playbookFor` gives each call's playbook,
 * for the labels; a single playbook serves every call.
 */
export function disputeHistory(
  calls: readonly Call[],
  playbookFor: Playbook | ((call: Call) => Playbook),
): DisputeRecord[] {
  const records = calls
    .toSorted((a, b) => a.startedAt - b.startedAt)
    .flatMap((call) => {
      const playbook = typeof playbookFor === 'function' ? playbookFor(call) : playbookFor;
      return recordsOfCall(call, playbook).dispute ?? [];
    });
  return mergeDisputes(records);
}

/**
 * Folds dispute records, given oldest call first, into one record per dispute. Records that
 * share an invoice number are one dispute (a record without invoice numbers stands alone): the
 * oldest call opened it and keeps its id and date; later calls add invoices and replace the
 * reason, amount, owner, answer date and status with what they captured, leaving alone what they
 * left blank. The first later status of resolved or credit agreed sets `resolvedOn` to that
 * call's day; a later 'open' reopens it. A record that joins two disputes already apart merges
 * them into the older one. The result is in the order the disputes were opened.
 */
export function mergeDisputes(records: readonly DisputeRecord[]): DisputeRecord[] {
  let merged: DisputeRecord[] = [];
  for (const record of records) {
    const keys = new Set(record.invoiceNumbers.map(invoiceNumberKey));
    const matches = merged.filter((dispute) =>
      dispute.invoiceNumbers.some((number) => keys.has(invoiceNumberKey(number))),
    );
    const [first, ...others] = matches;
    if (first === undefined) {
      merged.push(record);
      continue;
    }
    const combined = [...others, record].reduce(laterSays, first);
    merged = merged.flatMap((dispute) =>
      dispute === first ? [combined] : matches.includes(dispute) ? [] : [dispute],
    );
  }
  return merged;
}

/** A dispute after a later call's record of it. */
function laterSays(dispute: DisputeRecord, later: DisputeRecord): DisputeRecord {
  const keys = new Set(dispute.invoiceNumbers.map(invoiceNumberKey));
  const added = later.invoiceNumbers.filter((number) => !keys.has(invoiceNumberKey(number)));
  let resolvedOn = dispute.resolvedOn;
  if (later.status === 'open') resolvedOn = null;
  else if (DISPUTE_SETTLED_STATUSES.includes(later.status)) {
    resolvedOn = dispute.resolvedOn ?? later.openedOn;
  }
  return {
    ...dispute,
    reason: later.reason || dispute.reason,
    disputedCents: later.disputedCents ?? dispute.disputedCents,
    owner: later.owner || dispute.owner,
    answerBy: later.answerBy ?? dispute.answerBy,
    status: later.status || dispute.status,
    resolvedOn,
    invoiceNumbers: [...dispute.invoiceNumbers, ...added],
  };
}

/** Reads one captured form's values as the record fields need them. */
function formReader(values: CaptureValues, sectionId: string, playbook: Playbook) {
  const text = (fieldId: string): string => values[fieldId]?.trim() ?? '';
  return {
    text,
    /** A real date, or null. */
    date(fieldId: string): IsoDate | null {
      const value = text(fieldId);
      return isIsoDate(value) ? value : null;
    },
    /** An amount above zero, or null: none of these forms accepts a zero amount. */
    money(fieldId: string): Cents | null {
      const amount = parseMoney(text(fieldId));
      return amount.ok && amount.cents > 0 ? amount.cents : null;
    },
    /** The chosen option's label; for "Other", the words typed after it (or "Other"). */
    choiceLabel(fieldId: string): string {
      const value = text(fieldId);
      if (value === '') return '';
      if (value === OTHER_CHOICE) return oneLine(text(otherDetailKey(fieldId))) || 'Other';
      const section = findSection(playbook, sectionId);
      const field = section ? findField(section, fieldId) : undefined;
      if (field?.type !== 'choice') return value;
      return field.options.find((option) => option.id === value)?.label ?? value;
    },
  };
}

type FormReader = ReturnType<typeof formReader>;

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

import type { PromiseRecord } from './account-file';
import {
  CHECK_SECTION,
  DISPUTE_SECTION,
  PROMISE_SECTION,
  recordsOfCall,
  type CallRecords,
} from './account-records';
import type { IsoDate } from './calendar';
import type { Call } from './call';
import { commitmentsOf } from './closing';
import type { Cents } from './money';
import { findOutcome, type Playbook } from './playbook';
import type { WorkKind } from './worklist';

/** The outcome that means the customer asked to be called back. */
export const CALLBACK_OUTCOME = 'callback-requested';

/** One follow-up an ended call leaves on the worklist. */
export interface CallWork {
  /** The situation it came from; '' for a next action that repeats none of them. */
  readonly sectionId: string;
  readonly kind: WorkKind;
  readonly what: string;
  readonly who: string;
  readonly dueOn: IsoDate;
  /** What it is about in money, when the call captured it. */
  readonly amountCents: Cents | null;
  readonly invoiceNumbers: readonly string[];
}

/** What an ended call leaves to follow through on: its promise to pay and its follow-ups. */
export interface CallWorkload {
  readonly promise: PromiseRecord | null;
  readonly work: readonly CallWork[];
}

// A map, so a section id such as `__proto__` is only ever a key.
const SECTION_KINDS: ReadonlyMap<string, WorkKind> = new Map([
  [PROMISE_SECTION, 'promise'],
  [CHECK_SECTION, 'check'],
  [DISPUTE_SECTION, 'dispute'],
]);

/** What a follow-up of this situation is about in money and invoices, from the call's records. */
function aboutOf(kind: WorkKind, records: CallRecords, call: Call) {
  const record =
    kind === 'promise'
      ? records.promise
      : kind === 'check'
        ? records.check
        : kind === 'dispute'
          ? records.dispute
          : null;
  const amountCents =
    record === null
      ? call.amountDueCents
      : 'disputedCents' in record
        ? record.disputedCents
        : record.amountCents;
  const invoiceNumbers =
    record?.invoiceNumbers ?? (call.invoice.trim() ? [call.invoice.trim()] : []);
  return { amountCents, invoiceNumbers };
}

/**
 * Everything an ended call leaves to follow through on: the promise it took, and one follow-up
 * per commitment of its closing (each situation's due date and the headline next action, once
 * when the headline repeats a situation's). A next action of its own is a call back when the
 * call ended as a callback requested or with a try-again outcome (no answer, voicemail), else an
 * action. `playbook` should be the one the call used. A call not ended leaves nothing.
 */
export function workOfCall(call: Call, playbook: Playbook): CallWorkload {
  const records = recordsOfCall(call, playbook);
  if (call.closing === null) return { promise: null, work: [] };
  const outcome = findOutcome(playbook, call.closing.outcomeId);
  const ownKind: WorkKind =
    call.closing.outcomeId === CALLBACK_OUTCOME || outcome?.kind === 'follow-up'
      ? 'callback'
      : 'action';
  const work = commitmentsOf(call.closing).map((commitment): CallWork => {
    const sectionId = commitment.sectionId ?? '';
    const kind = sectionId === '' ? ownKind : (SECTION_KINDS.get(sectionId) ?? 'action');
    return {
      sectionId,
      kind,
      what: commitment.what,
      who: commitment.who,
      dueOn: commitment.dueOn,
      ...aboutOf(kind, records, call),
    };
  });
  return { promise: records.promise, work };
}

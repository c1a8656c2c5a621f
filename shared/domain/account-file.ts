import type { Account, Invoice } from './accounts';
import type { IsoDate } from './calendar';
import type { Cents } from './money';

/** A promise to pay the customer made on a call (the promise-to-pay form). */
export interface PromiseRecord {
  readonly callId: string;
  /** The day of the call it was made on. */
  readonly madeOn: IsoDate;
  readonly payBy: IsoDate;
  readonly amountCents: Cents | null;
  /** The method's label ("Check", "ACH"), or ''. */
  readonly method: string;
  /** The invoices it covers as the caller wrote them; the call's own invoice when none were. */
  readonly invoiceNumbers: readonly string[];
}

/** A check the customer said is in the mail (the check-in-the-mail form). */
export interface CheckRecord {
  readonly callId: string;
  readonly saidOn: IsoDate;
  readonly checkNumber: string;
  readonly amountCents: Cents | null;
  readonly mailedOn: IsoDate | null;
  readonly followUpBy: IsoDate | null;
  readonly invoiceNumbers: readonly string[];
}

/** A dispute raised on a call (the dispute form), with what later calls said of it. */
export interface DisputeRecord {
  readonly callId: string;
  readonly openedOn: IsoDate;
  /** The reason's label ("Price or rate is wrong"), or ''. */
  readonly reason: string;
  readonly disputedCents: Cents | null;
  readonly owner: string;
  readonly answerBy: IsoDate | null;
  /** The status option's id as last captured: 'open', 'credit-agreed', 'resolved' or ''. */
  readonly status: string;
  /** The day of the call that recorded it as resolved or a credit agreed; null while open. */
  readonly resolvedOn: IsoDate | null;
  readonly invoiceNumbers: readonly string[];
}

/** The last call with this account that ended. */
export interface LastContact {
  readonly callId: string;
  readonly on: IsoDate;
  readonly outcomeLabel: string | null;
  readonly nextAction: { readonly what: string; readonly dueOn: IsoDate } | null;
}

/**
 * Everything Call Coach remembers about one account, as main reads it: the account, every
 * invoice (open and closed), and the commitments its calls recorded. The card, recognition and
 * the account's merge tokens are all worked out from this, for the day of the call.
 */
export interface AccountFile {
  readonly account: Account;
  readonly invoices: readonly Invoice[];
  readonly promises: readonly PromiseRecord[];
  readonly checks: readonly CheckRecord[];
  readonly disputes: readonly DisputeRecord[];
  readonly lastContact: LastContact | null;
  /** Ended calls with this account. */
  readonly callCount: number;
}

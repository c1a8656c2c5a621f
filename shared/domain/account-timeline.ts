import type { IsoDate } from './calendar';
import type { Cents } from './money';

/** What an import did to an invoice. */
export type InvoiceChange = 'listed' | 'changed' | 'closed' | 'reopened';

/** One thing that happened on an account, newest first in its timeline. */
export type TimelineEntry =
  | {
      readonly kind: 'call';
      readonly on: IsoDate;
      /** Epoch milliseconds the call started. */
      readonly at: number;
      readonly callId: string;
      readonly contact: string;
      readonly outcomeLabel: string | null;
      /** The situations the call went into and wrote something down in, by title. */
      readonly situations: readonly string[];
      readonly nextAction: { readonly what: string; readonly dueOn: IsoDate } | null;
    }
  | {
      readonly kind: 'promise';
      readonly on: IsoDate;
      readonly at: number;
      readonly callId: string;
      readonly amountCents: Cents | null;
      readonly payBy: IsoDate;
      readonly invoiceNumbers: readonly string[];
    }
  | {
      readonly kind: 'invoice';
      /** The as-of date of the report that made the change. */
      readonly on: IsoDate;
      readonly number: string;
      readonly change: InvoiceChange;
      /** What was open after the change (before it, for a close). */
      readonly openCents: Cents;
    };

/** How many entries a timeline holds: the newest. */
export const TIMELINE_MAX_ENTRIES = 300;

import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { PromiseRecord } from '../../../../shared/domain/account-file';
import { invoiceNumberKey } from '../../../../shared/domain/account-records';
import { localDate, type IsoDate } from '../../../../shared/domain/calendar';
import type { Call } from '../../../../shared/domain/call';
import { workOfCall } from '../../../../shared/domain/call-work';
import type { Playbook } from '../../../../shared/domain/playbook';
import {
  isInvoiceSettled,
  isRedFlag,
  promiseStatus,
  type PromiseMark,
  type PromiseStatus,
} from '../../../../shared/domain/promises';
import type { WorkItem, WorkKind } from '../../../../shared/domain/worklist';
import { inTransaction } from '../../storage/transaction';
import { createInvoiceLookup } from '../accounts/account-repository';

/** Why a follow-up is no longer on the worklist. */
export type ClosedWhy = 'done' | 'called' | 'paid';

/** Where the promises and follow-ups calls leave live, on main's connection. */
export interface FollowUpRepository {
  /**
   * Stores what an ended call leaves (its promise, its follow-ups) once, and closes the account's
   * follow-ups that this call made: the one it was started from, and every one due by the day
   * of the call. Run inside the transaction that ends the call. `playbook` is the call's own.
   */
  recordCall(call: Call, playbook: Playbook, fromFollowUp: number | null, at: number): void;
  /** Every follow-up not yet closed, with its account's overdue total on `today`. */
  open(today: IsoDate): WorkItem[];
  /** Closes one follow-up; false when there is none open with that id. */
  close(id: number, why: ClosedWhy, at: number): boolean;
  /** Moves one open follow-up to another day, to be told of again then; false when none. */
  moveTo(id: number, dueOn: IsoDate): boolean;
  /** Remembers that these follow-ups were shown as due, so no notice repeats them. */
  markTold(ids: readonly number[], at: number): void;
  /** The open follow-ups a notice already told of (as the worklist's ids). */
  told(): ReadonlySet<string>;
  /** Links a call just started to the follow-up it was started from. */
  startedFrom(callId: string, followUpId: number): void;
  /** The follow-up a call was started from, or null. */
  startedFromOf(callId: string): number | null;
  /**
   * Sets a promise's status by hand, closing its follow-up when it was kept; false when the
   * call took no promise.
   */
  markPromise(callId: string, mark: PromiseMark, at: number): boolean;
  /**
   * Works out again, for `today`, the status of the promises of these accounts (every account
   * when null), and closes their follow-ups whose invoices are all paid.
   */
  refresh(accountIds: readonly number[] | null, today: IsoDate, at: number): void;
}

interface OpenRow {
  id: number;
  call_id: string;
  account_id: number | null;
  customer: string;
  kind: WorkKind;
  what: string;
  who: string;
  due_on: string;
  amount_cents: number | null;
  overdue_cents: number;
  promise_status: string | null;
}

interface PromiseRow {
  call_id: string;
  account_id: number;
  made_on: string;
  pay_by: string;
  amount_cents: number | null;
  method: string;
  invoice_numbers_json: string;
  marked: PromiseMark | null;
}

const numbersOf = (json: string): string[] => JSON.parse(json) as string[];

export function createFollowUpRepository(db: DatabaseSync): FollowUpRepository {
  const invoicesOf = createInvoiceLookup(db);
  const insertPromise = db.prepare(`
    INSERT INTO promises (call_id, account_id, made_on, pay_by, amount_cents, method,
      invoice_numbers_json)
    VALUES (:callId, :accountId, :madeOn, :payBy, :amountCents, :method, :invoiceNumbers)
    ON CONFLICT (call_id) DO NOTHING`);
  const insertFollowUp = db.prepare(`
    INSERT INTO follow_ups (call_id, account_id, section_id, kind, what, who, due_on,
      amount_cents, invoice_numbers_json, created_at)
    VALUES (:callId, :accountId, :sectionId, :kind, :what, :who, :dueOn, :amountCents,
      :invoiceNumbers, :at)
    ON CONFLICT (call_id, section_id) DO NOTHING`);
  const markRecorded = db.prepare('UPDATE calls SET work_recorded = 1 WHERE id = ?');
  const closeStartedFrom = db.prepare(`
    UPDATE follow_ups SET closed_at = :at, closed_why = 'called', closed_by_call = :callId
    WHERE id = :id AND closed_at IS NULL AND call_id <> :callId`);
  const closeCalledFor = db.prepare(`
    UPDATE follow_ups SET closed_at = :at, closed_why = 'called', closed_by_call = :callId
    WHERE account_id = :accountId AND closed_at IS NULL AND due_on <= :day AND call_id <> :callId`);
  const openRows = db.prepare(`
    SELECT follow_ups.id, follow_ups.call_id, follow_ups.account_id,
      coalesce(accounts.name, calls.customer) AS customer, follow_ups.kind, follow_ups.what,
      follow_ups.who, follow_ups.due_on, follow_ups.amount_cents,
      coalesce((SELECT sum(open_cents) FROM invoices
        WHERE invoices.account_id = follow_ups.account_id AND closed_on IS NULL
          AND due_on < :today), 0) AS overdue_cents,
      promises.status AS promise_status
    FROM follow_ups
    JOIN calls ON calls.id = follow_ups.call_id
    LEFT JOIN accounts ON accounts.id = follow_ups.account_id
    LEFT JOIN promises ON promises.call_id = follow_ups.call_id AND follow_ups.kind = 'promise'
    WHERE follow_ups.closed_at IS NULL ORDER BY follow_ups.id`);
  const closeOne = db.prepare(`
    UPDATE follow_ups SET closed_at = :at, closed_why = :why WHERE id = :id AND closed_at IS NULL`);
  const move = db.prepare(`
    UPDATE follow_ups SET due_on = :dueOn, told_at = NULL WHERE id = :id AND closed_at IS NULL`);
  const tell = db.prepare('UPDATE follow_ups SET told_at = :at WHERE id = :id AND told_at IS NULL');
  const toldRows = db.prepare(
    'SELECT id FROM follow_ups WHERE closed_at IS NULL AND told_at IS NOT NULL',
  );
  const link = db.prepare('UPDATE calls SET from_follow_up = :followUpId WHERE id = :callId');
  const linkOf = db.prepare('SELECT from_follow_up FROM calls WHERE id = ?');
  const mark = db.prepare(
    'UPDATE promises SET marked = :mark, marked_at = :at, status = :mark WHERE call_id = :callId',
  );
  const closeKept = db.prepare(`
    UPDATE follow_ups SET closed_at = :at, closed_why = 'paid'
    WHERE call_id = :callId AND kind = 'promise' AND closed_at IS NULL`);
  const promisesOf = db.prepare(`
    SELECT call_id, account_id, made_on, pay_by, amount_cents, method, invoice_numbers_json, marked
    FROM promises WHERE account_id = ?`);
  const accountsWithWork = db.prepare(`
    SELECT account_id FROM promises WHERE account_id IS NOT NULL
    UNION SELECT account_id FROM follow_ups WHERE closed_at IS NULL AND account_id IS NOT NULL`);
  const setStatus = db.prepare(
    'UPDATE promises SET status = :status, status_on = :today WHERE call_id = :callId',
  );
  const openOfAccount = db.prepare(`
    SELECT id, invoice_numbers_json FROM follow_ups
    WHERE account_id = ? AND closed_at IS NULL AND invoice_numbers_json <> '[]'`);

  function refreshAccount(accountId: number, today: IsoDate, at: number): void {
    const invoices = invoicesOf(accountId);
    for (const row of promisesOf.all(accountId) as unknown as PromiseRow[]) {
      const promise: PromiseRecord = {
        callId: row.call_id,
        madeOn: row.made_on,
        payBy: row.pay_by,
        amountCents: row.amount_cents,
        method: row.method,
        invoiceNumbers: numbersOf(row.invoice_numbers_json),
      };
      const status = row.marked ?? promiseStatus(promise, invoices, today).kind;
      setStatus.run({ status, today, callId: row.call_id });
    }
    // A follow-up about invoices that are all paid (or no longer listed) has nothing left to do.
    const settled = new Set(
      invoices.filter(isInvoiceSettled).map((invoice) => invoiceNumberKey(invoice.number)),
    );
    const known = new Set(invoices.map((invoice) => invoiceNumberKey(invoice.number)));
    for (const row of openOfAccount.all(accountId) as {
      id: number;
      invoice_numbers_json: string;
    }[]) {
      const keys = numbersOf(row.invoice_numbers_json).map(invoiceNumberKey);
      // Numbers the account has no invoice for prove nothing either way.
      const found = keys.filter((key) => known.has(key));
      if (found.length > 0 && found.every((key) => settled.has(key))) {
        closeOne.run({ at, why: 'paid', id: row.id });
      }
    }
  }

  return {
    recordCall(call, playbook, fromFollowUp, at) {
      const { promise, work } = workOfCall(call, playbook);
      const accountId = call.accountId;
      if (promise) {
        insertPromise.run({
          ...promise,
          accountId,
          invoiceNumbers: JSON.stringify(promise.invoiceNumbers),
        });
      }
      // Closed before this call's own are stored, so none of those is taken for one it made.
      if (fromFollowUp !== null) closeStartedFrom.run({ at, callId: call.id, id: fromFollowUp });
      if (accountId !== null && call.endedAt !== null) {
        closeCalledFor.run({ at, callId: call.id, accountId, day: localDate(call.startedAt) });
      }
      for (const item of work) {
        insertFollowUp.run({
          callId: call.id,
          accountId,
          sectionId: item.sectionId,
          kind: item.kind,
          what: item.what,
          who: item.who,
          dueOn: item.dueOn,
          amountCents: item.amountCents,
          invoiceNumbers: JSON.stringify(item.invoiceNumbers),
          at,
        });
      }
      markRecorded.run(call.id);
    },

    open(today) {
      return (openRows.all({ today }) as unknown as OpenRow[]).map((row): WorkItem => ({
        id: String(row.id),
        accountId: row.account_id,
        customer: row.customer,
        callId: row.call_id,
        kind: row.kind,
        what: row.what,
        who: row.who,
        dueOn: row.due_on,
        amountCents: row.amount_cents,
        overdueCents: row.overdue_cents,
        isBrokenPromise:
          row.promise_status !== null &&
          isRedFlag({ kind: row.promise_status as PromiseStatus['kind'] }),
      }));
    },

    close: (id, why, at) => closeOne.run({ at, why, id }).changes > 0,
    moveTo: (id, dueOn) => move.run({ dueOn, id }).changes > 0,
    markTold(ids, at) {
      for (const id of ids) tell.run({ at, id });
    },
    told: () => new Set((toldRows.all() as { id: number }[]).map((row) => String(row.id))),
    startedFrom: (callId, followUpId) => void link.run({ callId, followUpId }),
    startedFromOf(callId) {
      const row = linkOf.get(callId) as { from_follow_up: number | null } | undefined;
      return row?.from_follow_up ?? null;
    },
    markPromise(callId, value, at) {
      // One transaction: a kill between the two writes must not leave a promise kept whose
      // follow-up is still open.
      return inTransaction(db, () => {
        if (mark.run({ mark: value, at, callId }).changes === 0) return false;
        // A promise kept leaves nothing to check on; a broken one stays on the list, flagged.
        if (value === 'kept') closeKept.run({ at, callId });
        return true;
      });
    },

    refresh(accountIds, today, at) {
      const ids =
        accountIds ??
        (accountsWithWork.all() as { account_id: number }[]).map((row) => row.account_id);
      for (const accountId of new Set(ids)) refreshAccount(accountId, today, at);
    },
  };
}

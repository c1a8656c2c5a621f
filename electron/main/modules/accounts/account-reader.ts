import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { AccountFile, LastContact } from '../../../../shared/domain/account-file';
import {
  TIMELINE_MAX_ENTRIES,
  type InvoiceChange,
  type TimelineEntry,
} from '../../../../shared/domain/account-timeline';
import { disputeHistory, recordsOfCall } from '../../../../shared/domain/account-records';
import { phoneDigits, type AccountPick } from '../../../../shared/domain/accounts';
import { localDate, type IsoDate } from '../../../../shared/domain/calendar';
import type { Call } from '../../../../shared/domain/call';
import { situationsWorkedIn } from '../../../../shared/domain/follow-ups';
import type { Playbook } from '../../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import type { Logger } from '../../core/logger';
import { CALL_COLUMNS, toCall, type CallRow } from '../calls/call-repository';
import { createAccountLookup, createInvoiceLookup } from './account-repository';
import { toSearchExpression } from '../calls/history-reader';
import { createPlaybookRepository } from '../playbooks/playbook-repository';

/** How many accounts the start form's pick-list offers. */
export const PICK_LIMIT = 8;

/** What the pick-list asks: the text typed, and the day balances are worked out for. */
export interface PickQuery {
  readonly text: string;
  readonly today: IsoDate;
}

/**
 * How many of an account's latest calls its file reads commitments from: years of calls for any
 * real account, and a bound on the work for one called every day.
 */
export const FILE_CALLS_MAX = 400;

/** Reads accounts for the start form; runs on the read worker's own connection. */
export interface AccountReader {
  /** Accounts whose name, number, invoice, contact or phone matches, best first. */
  pick(query: PickQuery): AccountPick[];
  /** Everything remembered about one account; null when there is no such account. */
  file(accountId: number): AccountFile | null;
  /** Every call, promise, situation and invoice change on the account, newest first. */
  timeline(accountId: number): TimelineEntry[] | null;
}

interface InvoiceEventRow {
  on_date: string;
  number: string;
  kind: InvoiceChange;
  open_cents: number;
}

/** A call's entries: the call itself and, when it holds one, its promise. */
function callEntries(call: Call, playbook: Playbook): TimelineEntry[] {
  const on = localDate(call.startedAt);
  const action = call.closing?.action ?? null;
  const entries: TimelineEntry[] = [
    {
      kind: 'call',
      on,
      at: call.startedAt,
      callId: call.id,
      contact: call.contact,
      outcomeLabel: call.closing?.outcomeLabel ?? null,
      situations: situationsWorkedIn(call, playbook).map((branch) => branch.title),
      nextAction: action && { what: action.what, dueOn: action.dueOn },
    },
  ];
  const { promise } = recordsOfCall(call, playbook);
  if (promise) {
    entries.unshift({
      kind: 'promise',
      on,
      at: call.startedAt,
      callId: call.id,
      amountCents: promise.amountCents,
      payBy: promise.payBy,
      invoiceNumbers: promise.invoiceNumbers,
    });
  }
  return entries;
}

function lastContactOf(call: Call | undefined): LastContact | null {
  if (!call) return null;
  const action = call.closing?.action ?? null;
  return {
    callId: call.id,
    on: localDate(call.startedAt),
    outcomeLabel: call.closing?.outcomeLabel ?? null,
    nextAction: action && { what: action.what, dueOn: action.dueOn },
  };
}

interface Hit {
  readonly id: number;
  readonly matched: string | null;
}

/**
 * What the pick-list searches for: the text as typed, less a last word of one letter still being
 * typed ("acme s"), which would match only the word "s" and empty the list mid-name; the words
 * before it keep it showing.
 */
function pickText(text: string): string {
  return text.replace(/(\s)[\p{L}\p{N}]$/u, '$1');
}

/** Typed text that is a phone number being typed: three digits or more, nothing but phone punctuation. */
function phoneQuery(text: string): string | null {
  if (!/^[\d\s()+.\-/]+$/.test(text.trim())) return null;
  const digits = phoneDigits(text);
  return digits.length >= 3 ? `phone_digits : "${digits}"*` : null;
}

/**
 * The account reader over `db`. `log` hears of stored playbooks that can no longer be read; their
 * calls' choices are then labelled from the built-in playbook.
 */
export function createAccountReader(db: DatabaseSync, log: Logger): AccountReader {
  const playbooks = createPlaybookRepository(db, log);
  const account = createAccountLookup(db);
  const invoicesOf = createInvoiceLookup(db);
  const callsOf = db.prepare(`
    SELECT ${CALL_COLUMNS} FROM calls
    WHERE account_id = :id AND ended_at IS NOT NULL ORDER BY seq DESC LIMIT :limit`);
  const invoiceEvents = db.prepare(`
    SELECT invoice_events.on_date, invoices.number, invoice_events.kind, invoice_events.open_cents
    FROM invoice_events JOIN invoices ON invoices.id = invoice_events.invoice_id
    WHERE invoices.account_id = :id ORDER BY invoice_events.on_date DESC, invoice_events.id DESC
    LIMIT :limit`);
  const callCount = db.prepare(
    'SELECT count(*) AS n FROM calls WHERE account_id = ? AND ended_at IS NOT NULL',
  );
  const playbookOf = (call: Call): Playbook =>
    playbooks.get(call.playbookId, call.playbookVersion) ?? defaultArPlaybook;

  // Each index answers its best matches; the pick-list then puts name and number matches first,
  // then phones, invoices and contacts, one line per account. Invoices are not ranked: "INV" is
  // in nearly every number, and scoring them all to keep eight costs a hundred times more than
  // taking the first eight, which are as good.
  const byName = db.prepare(`
    SELECT rowid AS id, NULL AS matched FROM account_search
    WHERE account_search MATCH :match ORDER BY rank LIMIT :limit`);
  const byInvoice = db.prepare(`
    SELECT invoices.account_id AS id, 'Invoice ' || invoices.number AS matched
    FROM invoice_search JOIN invoices ON invoices.id = invoice_search.rowid
    WHERE invoice_search MATCH :match LIMIT :limit`);
  const byContact = db.prepare(`
    SELECT account_contacts.account_id AS id,
      CASE WHEN account_contacts.phone <> '' AND :isPhone THEN account_contacts.name || ' ' || account_contacts.phone
           ELSE account_contacts.name END AS matched
    FROM contact_search JOIN account_contacts ON account_contacts.id = contact_search.rowid
    WHERE contact_search MATCH :match ORDER BY rank LIMIT :limit`);
  const pickRow = db.prepare('SELECT id, name, number FROM accounts WHERE id = ?');
  const balance = db.prepare(`
    SELECT coalesce(sum(open_cents), 0) AS open_cents,
      coalesce(sum(CASE WHEN due_on < :today THEN open_cents ELSE 0 END), 0) AS overdue_cents
    FROM invoices WHERE account_id = :id AND closed_on IS NULL`);

  function hits(text: string): Hit[] {
    const match = toSearchExpression(pickText(text));
    const phone = phoneQuery(text);
    const limit = PICK_LIMIT;
    const found: Hit[] = [];
    if (match !== null) found.push(...(byName.all({ match, limit }) as unknown as Hit[]));
    // A phone being typed is shown with the phone, so it comes before a plain contact match.
    if (phone !== null) {
      found.push(...(byContact.all({ match: phone, limit, isPhone: 1 }) as unknown as Hit[]));
    }
    if (match !== null) {
      found.push(...(byInvoice.all({ match, limit }) as unknown as Hit[]));
      found.push(...(byContact.all({ match, limit, isPhone: 0 }) as unknown as Hit[]));
    }
    return found;
  }

  function endedCalls(accountId: number, limit: number): Call[] {
    return (callsOf.all({ id: accountId, limit }) as unknown as CallRow[]).map(toCall);
  }

  return {
    timeline(accountId) {
      if (!account(accountId)) return null;
      const calls = endedCalls(accountId, TIMELINE_MAX_ENTRIES).flatMap((call) =>
        callEntries(call, playbookOf(call)),
      );
      const invoices = (
        invoiceEvents.all({
          id: accountId,
          limit: TIMELINE_MAX_ENTRIES,
        }) as unknown as InvoiceEventRow[]
      ).map((row): TimelineEntry => ({
        kind: 'invoice',
        on: row.on_date,
        number: row.number,
        change: row.kind,
        openCents: row.open_cents,
      }));
      // Newest day first; within a day, calls newest first and then the day's report, whose
      // date is the day it describes. The sort is stable, so a promise stays above its call.
      const atOf = (entry: TimelineEntry) => ('at' in entry ? entry.at : -1);
      return [...calls, ...invoices]
        .toSorted((a, b) => b.on.localeCompare(a.on) || atOf(b) - atOf(a))
        .slice(0, TIMELINE_MAX_ENTRIES);
    },
    file(accountId) {
      const found = account(accountId);
      if (!found) return null;
      const calls = (
        callsOf.all({ id: accountId, limit: FILE_CALLS_MAX }) as unknown as CallRow[]
      ).map(toCall);
      const records = calls.map((call) => recordsOfCall(call, playbookOf(call)));
      return {
        account: found,
        invoices: invoicesOf(accountId),
        promises: records.flatMap((record) => record.promise ?? []),
        checks: records.flatMap((record) => record.check ?? []),
        disputes: disputeHistory(calls, playbookOf),
        lastContact: lastContactOf(calls[0]),
        callCount: (callCount.get(accountId) as { n: number }).n,
      };
    },
    pick({ text, today }) {
      const seen = new Set<number>();
      const picks: AccountPick[] = [];
      for (const hit of hits(text)) {
        if (seen.has(hit.id) || picks.length === PICK_LIMIT) continue;
        seen.add(hit.id);
        const row = pickRow.get(hit.id) as { id: number; name: string; number: string } | undefined;
        if (!row) continue;
        const money = balance.get({ today, id: hit.id }) as {
          open_cents: number;
          overdue_cents: number;
        };
        picks.push({
          id: row.id,
          name: row.name,
          number: row.number,
          matched: hit.matched,
          openCents: money.open_cents,
          overdueCents: money.overdue_cents,
        });
      }
      return picks;
    },
  };
}

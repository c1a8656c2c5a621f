import type {
  AccountFile,
  CheckRecord,
  DisputeRecord,
  PromiseRecord,
} from '../../shared/domain/account-file';
import type { Account, Invoice } from '../../shared/domain/accounts';
import type { IsoDate } from '../../shared/domain/calendar';
import type { WorkItem } from '../../shared/domain/worklist';

/** An account with one contact, a customer since 2014, and nothing else known. */
export function buildAccount(overrides: Partial<Account> = {}): Account {
  return {
    id: 1,
    name: 'Acme Supplies',
    number: 'AC-1001',
    contacts: [{ name: 'Dana Reyes', role: 'AP clerk', phone: '(555) 010-2030', email: '' }],
    customerSince: '2014',
    terms: 'Net 30',
    note: '',
    ...overrides,
  };
}

/** An open $1,250.00 USD invoice of account 1, due 2026-10-15. */
export function buildInvoice(overrides: Partial<Invoice> = {}): Invoice {
  return {
    id: 1,
    accountId: 1,
    number: 'INV-0042',
    invoiceDate: '2026-09-15',
    dueOn: '2026-10-15',
    amountCents: 125_000,
    openCents: 125_000,
    currency: 'USD',
    closedOn: null,
    seenOn: null,
    job: '',
    ...overrides,
  };
}

/** An invoice paid in full: closed on `closedOn`, nothing left open. */
export function buildPaidInvoice(
  number: string,
  dueOn: IsoDate,
  closedOn: IsoDate,
  overrides: Partial<Invoice> = {},
): Invoice {
  return buildInvoice({ number, dueOn, closedOn, ...overrides });
}

/** A $1,250.00 promise made on 2026-11-16 to pay INV-0042 by check by 2026-11-20. */
export function buildPromise(overrides: Partial<PromiseRecord> = {}): PromiseRecord {
  return {
    callId: 'call-1',
    madeOn: '2026-11-16',
    payBy: '2026-11-20',
    amountCents: 125_000,
    method: 'Check',
    invoiceNumbers: ['INV-0042'],
    ...overrides,
  };
}

/** Check 104522 for $1,250.00 covering INV-0042, mailed 2026-11-02, to follow up by 2026-11-11. */
export function buildCheck(overrides: Partial<CheckRecord> = {}): CheckRecord {
  return {
    callId: 'call-1',
    saidOn: '2026-11-03',
    checkNumber: '104522',
    amountCents: 125_000,
    mailedOn: '2026-11-02',
    followUpBy: '2026-11-11',
    invoiceNumbers: ['INV-0042'],
    ...overrides,
  };
}

/** An open pricing dispute about INV-0042, raised on 2026-11-02. */
export function buildDispute(overrides: Partial<DisputeRecord> = {}): DisputeRecord {
  return {
    callId: 'call-1',
    openedOn: '2026-11-02',
    reason: 'Price or rate is wrong',
    disputedCents: 25_000,
    owner: 'Sam',
    answerBy: null,
    status: 'open',
    resolvedOn: null,
    invoiceNumbers: ['INV-0042'],
    ...overrides,
  };
}

/** The account file of `buildAccount()` with no invoices, commitments or calls. */
export function buildAccountFile(overrides: Partial<AccountFile> = {}): AccountFile {
  return {
    account: buildAccount(),
    invoices: [],
    promises: [],
    checks: [],
    disputes: [],
    lastContact: null,
    callCount: 0,
    ...overrides,
  };
}

/** Epoch milliseconds of a local time of day on `date`, whatever the machine's time zone. */
export function localInstant(date: IsoDate, hour = 10, minute = 0): number {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  return new Date(year, month - 1, day, hour, minute).getTime();
}

/** A call-back for Oakridge Dental, due 2026-11-20, with nothing overdue and no amount. */
export function buildWorkItem(overrides: Partial<WorkItem> = {}): WorkItem {
  return {
    id: 'fu-001',
    accountId: 1,
    customer: 'Oakridge Dental',
    callId: 'call-1',
    kind: 'action',
    what: 'Call back',
    who: 'You',
    dueOn: '2026-11-20',
    amountCents: null,
    overdueCents: 0,
    isBrokenPromise: false,
    ...overrides,
  };
}

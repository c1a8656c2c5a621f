import type {
  ColumnRole,
  DateOrder,
  KnownLayoutId,
  LayoutId,
} from '../../../../../shared/domain/aging-report';

/** A header recognised as a known system's export, with what each of its columns holds. */
export interface LayoutMatch {
  readonly layout: KnownLayoutId;
  /** One role per header cell. */
  readonly roles: readonly ColumnRole[];
}

interface LayoutDefinition {
  readonly id: KnownLayoutId;
  /** Header keys the export always has: at least one of each group. */
  readonly required: readonly (readonly string[])[];
  /** The role of each of its header keys; keys not listed fall back to the common names. */
  readonly columns: Readonly<Record<string, ColumnRole>>;
}

// Header keys are the header cells in lower case with only letters and digits ("P. O. #" is
// "pono"), so spacing and punctuation differences between versions of an export do not matter.

const QUICKBOOKS_ONLINE: LayoutDefinition = {
  id: 'quickbooks-online',
  required: [['date'], ['transactiontype'], ['num'], ['customer'], ['duedate'], ['openbalance']],
  columns: {
    date: 'invoiceDate',
    transactiontype: 'transactionType',
    num: 'invoiceNumber',
    customer: 'customer',
    duedate: 'dueDate',
    amount: 'amount',
    openbalance: 'openBalance',
    pastdue: 'ignore',
    terms: 'terms',
    memodescription: 'ignore',
  },
};

const QUICKBOOKS_DESKTOP: LayoutDefinition = {
  id: 'quickbooks-desktop',
  required: [['type'], ['date'], ['num'], ['name'], ['duedate'], ['openbalance']],
  columns: {
    type: 'transactionType',
    date: 'invoiceDate',
    num: 'invoiceNumber',
    pono: 'ignore',
    name: 'customer',
    terms: 'terms',
    duedate: 'dueDate',
    aging: 'ignore',
    openbalance: 'openBalance',
    amount: 'amount',
    class: 'ignore',
    memo: 'ignore',
  },
};

const XERO: LayoutDefinition = {
  id: 'xero',
  required: [['invoicedate'], ['duedate'], ['invoicenumber'], ['total'], ['1month', '2months']],
  columns: {
    invoicedate: 'invoiceDate',
    duedate: 'dueDate',
    invoicenumber: 'invoiceNumber',
    invoicereference: 'ignore',
    reference: 'ignore',
    contact: 'customer',
    total: 'openBalance',
  },
};

const ERPNEXT: LayoutDefinition = {
  id: 'erpnext',
  required: [['postingdate'], ['party', 'customer'], ['voucherno'], ['outstandingamount']],
  columns: {
    postingdate: 'invoiceDate',
    party: 'customer',
    customer: 'customer',
    customername: 'customer',
    partytype: 'ignore',
    vouchertype: 'transactionType',
    voucherno: 'invoiceNumber',
    duedate: 'dueDate',
    invoicedamount: 'amount',
    paidamount: 'ignore',
    creditnote: 'ignore',
    outstandingamount: 'openBalance',
    agedays: 'ignore',
    currency: 'currency',
    customergroup: 'ignore',
    territory: 'ignore',
    receivableaccount: 'ignore',
    remarks: 'ignore',
  },
};

const ODOO: LayoutDefinition = {
  id: 'odoo',
  required: [['duedate'], ['notdue', 'atdate'], ['older'], ['total']],
  columns: {
    invoicedate: 'invoiceDate',
    duedate: 'dueDate',
    expecteddate: 'ignore',
    reference: 'invoiceNumber',
    journalitemlabel: 'invoiceNumber',
    journalitem: 'invoiceNumber',
    label: 'invoiceNumber',
    partner: 'customer',
    total: 'openBalance',
    amountcurrency: 'ignore',
    currency: 'currency',
    // The general-ledger account (121000 Account Receivable), not the customer's.
    account: 'ignore',
  },
};

const LAYOUTS: readonly LayoutDefinition[] = [
  QUICKBOOKS_ONLINE,
  QUICKBOOKS_DESKTOP,
  XERO,
  ERPNEXT,
  ODOO,
];

/** The common names of each column, by header key, for files from any other system. */
// prettier-ignore
const SYNONYMS: Readonly<Record<Exclude<ColumnRole, 'bucket' | 'ignore'>, readonly string[]>> = {
  customer: [
    'customer', 'customername', 'client', 'clientname', 'debtor', 'debtorname', 'name', 'party',
    'partyname', 'partner', 'contact', 'contactname', 'company', 'companyname', 'accountname',
    'buyer', 'payer', 'billto', 'billtoname', 'soldto',
  ],
  accountNumber: [
    'accountno', 'accountnumber', 'accountid', 'accountcode', 'acct', 'acctno', 'acctnumber',
    'customerid', 'customerno', 'customernumber', 'customercode', 'custno', 'custid', 'clientid',
    'clientno', 'clientnumber', 'clientcode', 'debtorno', 'debtornumber', 'debtorid',
    'debtorcode', 'partyid', 'customeraccount', 'customeraccountno',
  ],
  invoiceNumber: [
    'invoice', 'invoiceno', 'invoicenumber', 'invoiceid', 'invoicenum', 'invno', 'invnumber',
    'inv', 'invoiceref', 'documentno', 'documentnumber', 'docno', 'docnumber', 'document', 'num',
    'transactionno', 'transactionnumber', 'transno', 'billno', 'billnumber', 'voucherno',
    'vouchernumber', 'refno', 'referenceno', 'referencenumber',
  ],
  invoiceDate: [
    'invoicedate', 'date', 'docdate', 'documentdate', 'postingdate', 'transactiondate', 'txndate',
    'issuedate', 'dateissued', 'issued', 'billdate', 'invdate', 'invoiced', 'dateofinvoice',
  ],
  dueDate: [
    'duedate', 'dueon', 'datedue', 'paymentdue', 'paymentduedate', 'netduedate', 'maturitydate',
    'duedt',
  ],
  amount: [
    'amount', 'invoiceamount', 'invoicetotal', 'originalamount', 'invoicedamount', 'grossamount',
    'amountinvoiced', 'invoicevalue', 'origamount',
  ],
  openBalance: [
    'balance', 'openbalance', 'balancedue', 'amountdue', 'outstanding', 'outstandingamount',
    'outstandingbalance', 'due', 'amountoutstanding', 'openamount', 'remaining',
    'remainingamount', 'remainingbalance', 'unpaid', 'unpaidamount', 'unpaidbalance', 'totaldue',
    'amountremaining', 'residual', 'amountresidual', 'balanceamount', 'totaloutstanding',
    'currentbalance', 'open',
  ],
  currency: ['currency', 'curr', 'ccy', 'currencycode', 'cur'],
  terms: ['terms', 'paymentterms', 'term', 'paymentterm', 'termsname', 'creditterms'],
  transactionType: [
    'type', 'transactiontype', 'doctype', 'documenttype', 'vouchertype', 'txntype', 'transtype',
    'entrytype',
  ],
};

const STRONG: ReadonlyMap<string, ColumnRole> = new Map(
  Object.entries(SYNONYMS).flatMap(([role, keys]) =>
    keys.map((key) => [key, role as ColumnRole] as const),
  ),
);

/** Names that may mean one thing or another: tried only after every clearer name has its column. */
const WEAK: ReadonlyMap<string, readonly ColumnRole[]> = new Map<string, readonly ColumnRole[]>([
  ['account', ['customer', 'accountNumber']],
  ['reference', ['invoiceNumber']],
  ['ref', ['invoiceNumber']],
  ['invoicereference', ['invoiceNumber']],
  ['number', ['invoiceNumber']],
  ['no', ['invoiceNumber']],
  ['total', ['openBalance', 'amount']],
]);

/** Roles several columns can hold. */
const SHARED_ROLES: ReadonlySet<ColumnRole> = new Set(['bucket', 'ignore']);

/** The aging periods as headers and section rows name them: Current, 1 - 30, > 90, < 1 Month… */
const BUCKET_LABEL =
  /^(?:current|not (?:yet )?due|older|(?:over|more than|above|>=?)\s*\d+(?:\s*days?)?(?:\s+(?:past due|overdue|old))?|\d+\s*(?:-|–|to)\s*(?:\d+|above|over)(?:\s*days?)?(?:\s+(?:past due|overdue|old))?|\d+\s*\+(?:\s*days?)?|\d+\s+(?:or more|and over|and above|plus)(?:\s*days?)?(?:\s+(?:past due|overdue|old))?|<\s*\d+\s*months?|\d+\s*months?(?:\s+(?:and over|or more))?)$/;

const WHITESPACE = /\s+/g;
const NOT_KEY = /[^a-z0-9]/g;
const DIACRITICS = /\p{M}/gu;

/** A header cell in lower case with single spaces. */
function normalised(cell: string): string {
  return cell.trim().toLowerCase().replace(WHITESPACE, ' ');
}

/** A header cell reduced to letters and digits ("Invoice #" is "invoiceno"). */
export function headerKey(cell: string): string {
  return normalised(cell)
    .normalize('NFD')
    .replace(DIACRITICS, '')
    .replaceAll('#', 'no')
    .replace(NOT_KEY, '');
}

/**
 * The header row as one string, the same for every export of one layout whatever its spacer
 * columns, case and spacing: the key a column mapping is remembered by.
 */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map(normalised)
    .filter((cell) => cell !== '')
    .join('|');
}

/** True for an aging period's name ("Current", "1 - 30 days past due", "> 90", "Older"). */
export function isBucketLabel(text: string): boolean {
  return BUCKET_LABEL.test(normalised(text));
}

function isNameKey(key: string): boolean {
  return key.endsWith('name');
}

/** Gives each column a role: the layout's own names first, then the common ones, then the vaguer ones. */
function assignRoles(
  headers: readonly string[],
  layoutColumns: Readonly<Record<string, ColumnRole>>,
): ColumnRole[] {
  const keys = headers.map(headerKey);
  const roles: ColumnRole[] = keys.map(() => 'ignore');
  const holders = new Map<ColumnRole, number>();
  const claim = (index: number, role: ColumnRole): void => {
    const holder = holders.get(role);
    if (SHARED_ROLES.has(role)) {
      roles[index] = role;
    } else if (holder === undefined) {
      roles[index] = role;
      holders.set(role, index);
    } else if (
      role === 'customer' &&
      isNameKey(keys[index] ?? '') &&
      !isNameKey(keys[holder] ?? '')
    ) {
      // "Party" and "Customer Name": the name is the customer, the other most likely its number.
      roles[index] = 'customer';
      holders.set('customer', index);
      const isNumberFree = !holders.has('accountNumber');
      roles[holder] = isNumberFree ? 'accountNumber' : 'ignore';
      if (isNumberFree) holders.set('accountNumber', holder);
    }
  };
  const unclaimed: number[] = [];
  keys.forEach((key, index) => {
    if (key === '') return; // a spacer column
    const ownRole = Object.hasOwn(layoutColumns, key) ? layoutColumns[key] : undefined;
    const role = ownRole ?? (isBucketLabel(headers[index] ?? '') ? 'bucket' : STRONG.get(key));
    if (role === undefined) unclaimed.push(index);
    else claim(index, role);
  });
  for (const index of unclaimed) {
    const free = WEAK.get(keys[index] ?? '')?.find((role) => !holders.has(role));
    if (free) claim(index, free);
  }
  return roles;
}

function matchesLayout(keys: ReadonlySet<string>, layout: LayoutDefinition): boolean {
  return layout.required.every((group) => group.some((key) => keys.has(key)));
}

/** The known system whose export has this header row, with its columns' roles; null for any other. */
export function recogniseLayout(headers: readonly string[]): LayoutMatch | null {
  const keys = new Set(headers.map(headerKey));
  const matches = LAYOUTS.filter((layout) => matchesLayout(keys, layout));
  // The most specific wins when a header happens to satisfy two.
  const layout = matches.sort((a, b) => b.required.length - a.required.length)[0];
  if (!layout) return null;
  const roles = assignRoles(headers, layout.columns);
  // Odoo names each line in a first column without a header: the invoice's number.
  if (
    layout.id === 'odoo' &&
    !roles.includes('invoiceNumber') &&
    headerKey(headers[0] ?? '') === ''
  ) {
    roles[0] = 'invoiceNumber';
  }
  return { layout: layout.id, roles };
}

/** A mapping guessed from the header cells' common names, for a file of no known layout. */
export function guessRoles(headers: readonly string[]): ColumnRole[] {
  return assignRoles(headers, {});
}

/** True when at least two header cells name columns of an aging report. */
export function looksLikeHeader(cells: readonly string[]): boolean {
  const roles = new Set(guessRoles(cells));
  roles.delete('ignore');
  roles.delete('bucket');
  return roles.size >= 2;
}

/** Layouts whose customers are group rows above their invoices rather than a column. */
const GROUPED_LAYOUTS: ReadonlySet<LayoutId> = new Set(['xero', 'odoo', 'mapped']);

/**
 * The roles a report cannot be read without: an invoice number, an open balance (or aging
 * periods to add up) and, unless the layout names customers in group rows, a customer.
 */
export function missingRoles(roles: readonly ColumnRole[], layout: LayoutId): ColumnRole[] {
  const present = new Set(roles);
  const missing: ColumnRole[] = [];
  if (!present.has('customer') && !GROUPED_LAYOUTS.has(layout)) missing.push('customer');
  if (!present.has('invoiceNumber')) missing.push('invoiceNumber');
  if (!present.has('openBalance') && !present.has('bucket')) missing.push('openBalance');
  return missing;
}

/** How a layout writes numeric dates when its file does not show it: QuickBooks is American. */
export function layoutDateOrder(layout: LayoutId): DateOrder | null {
  if (layout === 'quickbooks-online' || layout === 'quickbooks-desktop') return 'month-first';
  if (layout === 'xero') return 'day-first';
  return null;
}

import type { IsoDate } from './calendar';
import type { Cents } from './money';

/** The accounting systems whose aging exports are recognised by their headers. */
export type KnownLayoutId =
  'quickbooks-online' | 'quickbooks-desktop' | 'xero' | 'erpnext' | 'odoo';

/**
 * A known layout, one the caller mapped themselves, one guessed from the header's column names
 * (`guessed`), or none yet.
 */
export type LayoutId = KnownLayoutId | 'mapped' | 'guessed' | 'unknown';

export const LAYOUT_LABELS: Readonly<Record<LayoutId, string>> = {
  'quickbooks-online': 'QuickBooks Online',
  'quickbooks-desktop': 'QuickBooks Desktop',
  xero: 'Xero',
  erpnext: 'ERPNext',
  odoo: 'Odoo',
  mapped: 'Your column mapping',
  guessed: 'Recognised by its column names',
  unknown: 'Not recognised',
};

/** What a column of the report holds. */
export type ColumnRole =
  | 'customer'
  | 'accountNumber'
  | 'invoiceNumber'
  | 'invoiceDate'
  | 'dueDate'
  | 'amount'
  | 'openBalance'
  /** A per-period column (Current, 1 - 30, Older…): summed into the open balance when no Open balance column is mapped. */
  | 'bucket'
  | 'currency'
  | 'terms'
  | 'transactionType'
  | 'ignore';

export const COLUMN_ROLE_LABELS: Readonly<Record<ColumnRole, string>> = {
  customer: 'Customer',
  accountNumber: 'Account number',
  invoiceNumber: 'Invoice number',
  invoiceDate: 'Invoice date',
  dueDate: 'Due date',
  amount: 'Invoice amount',
  openBalance: 'Open balance',
  bucket: 'Aging period (added up)',
  currency: 'Currency',
  terms: 'Terms',
  transactionType: 'Transaction type',
  ignore: 'Not used',
};

/** How the report writes dates whose order cannot be told from the date alone (03/04/2026). */
export type DateOrder = 'month-first' | 'day-first';

/** How the report writes the decimal point: 1,234.56 or 1.234,56. */
export type DecimalMark = '.' | ',';

/**
 * How to read a report: which line is the header, what each column holds, and the two
 * conventions that cannot always be told from the values. Remembered per header layout.
 */
export interface ColumnMapping {
  /** 1-based line number of the header row in the file. */
  readonly headerLine: number;
  /** One role per column, in column order. */
  readonly roles: readonly ColumnRole[];
  readonly dateOrder: DateOrder;
  readonly decimalMark: DecimalMark;
}

/** An invoice line read from the report. */
export interface ReportInvoice {
  /** 1-based line number in the file. */
  readonly line: number;
  /** The customer (for `Customer:Job`, the part before the colon). */
  readonly customer: string;
  readonly accountNumber: string;
  /** For `Customer:Job`, the job; otherwise ''. */
  readonly job: string;
  readonly invoiceNumber: string;
  readonly invoiceDate: IsoDate | null;
  readonly dueOn: IsoDate | null;
  readonly amountCents: Cents | null;
  readonly openCents: Cents;
  readonly currency: string;
  readonly terms: string;
}

/** A row that holds data but cannot be used, and why, in the caller's words. */
export interface RowProblem {
  readonly line: number;
  readonly reason: string;
}

/** A total row of the report, against the sum of the invoice lines it covers. */
export interface TotalCheck {
  readonly line: number;
  /** As the report labels it ("Total for Acme Supply", "TOTAL"). */
  readonly label: string;
  readonly statedCents: Cents;
  readonly readCents: Cents;
}

/** What reading a report found: everything the preview shows except what storing it would change. */
export interface AgingReport {
  readonly layout: LayoutId;
  /** The mapping used (the detected one, or the caller's). */
  readonly mapping: ColumnMapping;
  /** The header row's cells, as written. */
  readonly headers: readonly string[];
  /** The first data rows as written, for the mapping preview. */
  readonly sample: readonly { readonly line: number; readonly cells: readonly string[] }[];
  /** The report's "As of" date when its title block gives one. */
  readonly asOf: IsoDate | null;
  readonly invoices: readonly ReportInvoice[];
  readonly problems: readonly RowProblem[];
  readonly totals: readonly TotalCheck[];
  /** Things worth knowing that are not a row's fault (dates read day-first, no header found…). */
  readonly warnings: readonly string[];
  /** Lines in the file. */
  readonly lineCount: number;
}

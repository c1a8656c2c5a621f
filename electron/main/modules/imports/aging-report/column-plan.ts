import type { ColumnRole } from '../../../../../shared/domain/aging-report';

/** Where each role's cell is in a row: a column index, or -1 when the report has no such column. */
export interface ColumnPlan {
  readonly customer: number;
  readonly accountNumber: number;
  readonly invoiceNumber: number;
  readonly invoiceDate: number;
  readonly dueDate: number;
  readonly amount: number;
  readonly openBalance: number;
  readonly currency: number;
  readonly terms: number;
  readonly transactionType: number;
  /** The aging periods' columns, in column order. */
  readonly buckets: readonly number[];
  /** The columns holding dates (invoice and due date). */
  readonly dates: readonly number[];
  /** The columns holding amounts (amount, open balance, periods). */
  readonly amounts: readonly number[];
}

/** Looks each role up once, so reading a row is indexing, not searching. */
export function planColumns(roles: readonly ColumnRole[]): ColumnPlan {
  const at = (role: ColumnRole): number => roles.indexOf(role);
  const all = (wanted: readonly ColumnRole[]): number[] =>
    roles.flatMap((role, index) => (wanted.includes(role) ? [index] : []));
  return {
    customer: at('customer'),
    accountNumber: at('accountNumber'),
    invoiceNumber: at('invoiceNumber'),
    invoiceDate: at('invoiceDate'),
    dueDate: at('dueDate'),
    amount: at('amount'),
    openBalance: at('openBalance'),
    currency: at('currency'),
    terms: at('terms'),
    transactionType: at('transactionType'),
    buckets: all(['bucket']),
    dates: all(['invoiceDate', 'dueDate']),
    amounts: all(['amount', 'openBalance', 'bucket']),
  };
}

/** The cell of a column, '' when the report has no such column or the row stops short of it. */
export function cellAt(cells: readonly string[], index: number): string {
  return index < 0 ? '' : (cells[index] ?? '');
}

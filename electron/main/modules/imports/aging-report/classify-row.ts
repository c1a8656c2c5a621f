import { cellAt, type ColumnPlan } from './column-plan';
import { isBucketLabel } from './layouts';

/** What a row below the header is, judged by which of its cells are filled. */
export type RowKind =
  | { readonly kind: 'blank' }
  | { readonly kind: 'footer' }
  /** An aging period's heading ("1 - 30 days past due") over the invoices in it. */
  | { readonly kind: 'section'; readonly label: string }
  /** A customer's name over its invoices; with the customer's totals beside it in Odoo. */
  | { readonly kind: 'group'; readonly label: string; readonly hasTotals: boolean }
  /** "Total for X", "Total X", "TOTAL": `scope` is the X, '' for the grand total. */
  | { readonly kind: 'total'; readonly label: string; readonly scope: string }
  | { readonly kind: 'invoice' };

const BLANK: RowKind = { kind: 'blank' };
const FOOTER: RowKind = { kind: 'footer' };
const INVOICE: RowKind = { kind: 'invoice' };

const TOTAL_LABEL = /^(?:grand\s+|report\s+)?totals?\b\s*[:\-–]?\s*(for\s+|of\s+)?(.*)$/i;
const FOOTER_LINE =
  /^(?:(?:accrual|cash)\s+basis\b|page\s+\d+(?:\s+of\s+\d+)?$|(?:printed|generated|run|created)\s+(?:on|at|by)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\S+\s+\d)/i;
const HAS_LETTER = /\p{L}/u;
/** ERPNext writes its total row's label in single quotes: 'Total'. */
const SINGLE_QUOTED = /^'(.*)'$/;

function totalOf(label: string, hasAmount: boolean): RowKind | null {
  const match = TOTAL_LABEL.exec(label.replace(SINGLE_QUOTED, '$1'));
  if (!match) return null;
  const scope = (match[2] ?? '').trim();
  // "Total Hardware Ltd" with no amount beside it is more likely a customer than a total.
  const isSurelyTotal = hasAmount || scope === '' || match[1] !== undefined;
  return isSurelyTotal ? { kind: 'total', label, scope } : null;
}

/**
 * Tells invoice lines from the rest of a report: blank rows, footers, section and group rows
 * (a label alone, or in Odoo a name with totals), and total rows. `groupRowsHaveTotals` is true
 * when customers can only come from group rows, so a name with amounts and no dates is one.
 */
export function classifyRow(
  cells: readonly string[],
  plan: ColumnPlan,
  groupRowsHaveTotals: boolean,
): RowKind {
  let labelIndex = -1;
  let filled = 0;
  for (let index = 0; index < cells.length; index += 1) {
    if (cells[index] === '') continue;
    filled += 1;
    if (labelIndex < 0) labelIndex = index;
  }
  if (filled === 0) return BLANK;
  const label = cells[labelIndex] ?? '';
  if (filled === 1 && isBucketLabel(label)) return { kind: 'section', label };
  // Unquoted, a footer's date splits it over cells ("Accrual Basis Tuesday", " December 1"…).
  if (FOOTER_LINE.test(label)) return FOOTER;
  const isFilledBesideLabel = (index: number): boolean =>
    index !== labelIndex && cellAt(cells, index) !== '';
  if (plan.dates.some(isFilledBesideLabel) || isFilledBesideLabel(plan.invoiceNumber)) {
    return INVOICE;
  }
  const hasAmount = plan.amounts.some(isFilledBesideLabel);
  const total = totalOf(label, hasAmount);
  if (total) return total;
  // A lone amount or date is an invoice line missing its other cells, not a customer's name.
  if (!HAS_LETTER.test(label)) return INVOICE;
  if (filled === 1) return { kind: 'group', label, hasTotals: false };
  if (groupRowsHaveTotals && hasAmount) return { kind: 'group', label, hasTotals: true };
  return INVOICE;
}

import type { TotalCheck } from '../../../../../shared/domain/aging-report';
import type { Cents } from '../../../../../shared/domain/money';
import { splitCustomerJob } from './invoice-row';

/** What a total row closed: a customer's group, an aging period's section, or the whole report. */
export type TotalScope = 'group' | 'section' | 'report';

interface OpenScope {
  readonly key: string;
  /** The running sum when the scope opened. */
  readonly fromCents: Cents;
}

interface OpenGroup extends OpenScope {
  readonly line: number;
  readonly label: string;
  /** The customer's total on its own row (Odoo), checked when the group ends. */
  readonly statedCents: Cents | null;
}

/**
 * Follows a report's groups, sections and totals as its rows are read, and checks each total
 * against the invoice lines it covers: a customer's total covers its lines since its group row,
 * a period's total its section, the grand total everything.
 */
export interface TotalTracker {
  addInvoice(openCents: Cents): void;
  startSection(label: string): void;
  startGroup(line: number, label: string, statedCents: Cents | null): void;
  /** A total row; `statedCents` null when it states no amount (it still closes its scope). */
  total(line: number, label: string, scope: string, statedCents: Cents | null): TotalScope;
  /** Every check, in line order. */
  finish(): TotalCheck[];
}

function keyOf(label: string): string {
  return label.trim().toLowerCase().replace(/\s+/g, ' ');
}

export function createTotalTracker(): TotalTracker {
  const checks: TotalCheck[] = [];
  let runningCents = 0;
  let section: OpenScope | null = null;
  let group: OpenGroup | null = null;

  const check = (line: number, label: string, statedCents: Cents | null, fromCents: Cents) => {
    if (statedCents !== null) {
      checks.push({ line, label, statedCents, readCents: runningCents - fromCents });
    }
  };
  const closeGroup = (): void => {
    if (group) check(group.line, group.label, group.statedCents, group.fromCents);
    group = null;
  };
  const scopeOf = (key: string): TotalScope => {
    if (key === '') return 'report';
    if (group && (key === group.key || key === keyOf(splitCustomerJob(group.label).customer))) {
      return 'group';
    }
    if (section && key === section.key) return 'section';
    // A total naming something not open: the innermost open scope.
    if (group) return 'group';
    return section ? 'section' : 'report';
  };

  return {
    addInvoice(openCents) {
      runningCents += openCents;
    },
    startSection(label) {
      section = { key: keyOf(label), fromCents: runningCents };
    },
    startGroup(line, label, statedCents) {
      closeGroup();
      group = { key: keyOf(label), fromCents: runningCents, line, label, statedCents };
    },
    total(line, label, scope, statedCents) {
      const closed = scopeOf(keyOf(scope));
      if (closed === 'group' && group) {
        check(line, label, statedCents, group.fromCents);
        closeGroup();
      } else if (closed === 'section' && section) {
        check(line, label, statedCents, section.fromCents);
        section = null;
      } else {
        closeGroup();
        check(line, label, statedCents, 0);
        section = null;
      }
      return closed;
    },
    finish() {
      closeGroup();
      return [...checks].sort((a, b) => a.line - b.line);
    },
  };
}

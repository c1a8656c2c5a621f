import type { TestApi } from '../../../support/test-api';

/** One line of an aging report, as the test writes it. */
export interface AgingLine {
  readonly customer: string;
  readonly accountNumber?: string;
  readonly invoice: string;
  readonly invoiceDate?: string;
  readonly dueOn: string;
  readonly amount: string;
  readonly open?: string;
}

/** Acme Supplies' INV-0042: $1,250.00, due 15 October 2026, so overdue on the test clock's today. */
export const ACME_OVERDUE: AgingLine = {
  customer: 'Acme Supplies',
  accountNumber: 'AC-1001',
  invoice: 'INV-0042',
  invoiceDate: '2026-09-15',
  dueOn: '2026-10-15',
  amount: '1250.00',
};

/** Acme Supplies' INV-0050: $300.00, due 15 December 2026, not yet due. */
export const ACME_NOT_DUE: AgingLine = {
  customer: 'Acme Supplies',
  accountNumber: 'AC-1001',
  invoice: 'INV-0050',
  invoiceDate: '2026-11-15',
  dueOn: '2026-12-15',
  amount: '300.00',
};

/** An aging report as a simple CSV export: one invoice per line. */
export function agingCsv(lines: readonly AgingLine[]): string {
  const header = 'Customer,Account number,Invoice number,Invoice date,Due date,Amount,Open balance';
  const rows = lines.map((line) =>
    [
      line.customer,
      line.accountNumber ?? '',
      line.invoice,
      line.invoiceDate ?? '',
      line.dueOn,
      line.amount,
      line.open ?? line.amount,
    ].join(','),
  );
  return [header, ...rows].join('\n');
}

/** Imports the report through main's own import (read, then apply); throws when main refuses. */
export async function importAging(testApi: TestApi, lines: readonly AgingLine[]): Promise<void> {
  const { api } = testApi;
  const preview = await api.imports.read(
    { name: 'aging.csv', bytesBase64: Buffer.from(agingCsv(lines)).toString('base64') },
    { mapping: null, isFullReport: true },
  );
  if (!preview.ok) throw new Error(`Main refused the report: ${preview.error.message}`);
  const applied = await api.imports.apply(preview.value.importId);
  if (!applied.ok) throw new Error(`Main did not store the report: ${applied.error.message}`);
}

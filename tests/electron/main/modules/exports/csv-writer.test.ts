import { parse } from 'csv-parse/sync';
import { createCsvWriter } from '../../../../../electron/main/modules/exports/csv-writer';
import {
  EXPORT_COLUMNS,
  toExportRow,
  type ExportCall,
} from '../../../../../electron/main/modules/exports/export-rows';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';

const STARTED = Date.UTC(2026, 10, 20, 14, 30);

const call = (overrides: Partial<ExportCall> = {}): ExportCall => ({
  id: 'call-1',
  startedAt: STARTED,
  endedAt: STARTED + 300_000,
  customer: 'Acme, "Inc"',
  accountNumber: 'A-100',
  contact: 'Dana 🙂 דנה',
  invoice: '00042',
  amountDueCents: 125_000,
  captures: { 'promise-to-pay': { amount: '1,000', 'pay-on': '2026-11-27' } },
  notes: 'line one\r\nline two',
  closing: null,
  ...overrides,
});

describe('toExportRow', () => {
  it('writes times in UTC, amounts as decimals and situations by title', () => {
    const row = toExportRow(call(), defaultArPlaybook);
    expect(row.started_at).toBe('2026-11-20T14:30:00.000Z');
    expect(row.amount_due).toBe('1250.00');
    expect(row.promise_amount).toBe('1000.00');
    expect(row.promise_date).toBe('2026-11-27');
    expect(row.situations).not.toBe('');
  });

  it('leaves unknown values empty', () => {
    const row = toExportRow(call({ amountDueCents: null, endedAt: null }), defaultArPlaybook);
    expect(row.amount_due).toBe('');
    expect(row.ended_at).toBe('');
  });
});

describe('createCsvWriter', () => {
  const writer = createCsvWriter(EXPORT_COLUMNS);

  it('starts with a BOM and ends lines with CRLF', () => {
    const text = writer.header();
    expect(text.startsWith('\uFEFFcall_id,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
  });

  it('reads back exactly the values written, guard prefix aside', () => {
    const rows = [
      toExportRow(call(), defaultArPlaybook),
      toExportRow(call({ customer: '=HYPERLINK("x")', notes: '-12.50' }), defaultArPlaybook),
    ];
    const text = writer.header() + writer.rows(rows);
    const parsed = parse<Record<string, string>>(text, { bom: true, columns: true });
    expect(parsed[0]).toEqual(rows[0]);
    expect(parsed[1]?.customer).toBe(`'=HYPERLINK("x")`);
    expect(parsed[1]?.notes).toBe('-12.50');
  });

  it('guards cells starting with + - @ that are not plain numbers', () => {
    const text = writer.rows([
      toExportRow(call({ customer: '+cmd', contact: '@SUM(1)', notes: '-x' }), defaultArPlaybook),
    ]);
    const [row] = parse(text);
    expect(row?.[3]).toBe("'+cmd");
    expect(row?.[5]).toBe("'@SUM(1)");
    expect(row?.[15]).toBe("'-x");
  });

  it('guards cells starting with a tab or a carriage return', () => {
    const text = writer.rows([
      toExportRow(call({ customer: '\tcmd', contact: '\r=1+1' }), defaultArPlaybook),
    ]);
    const [row] = parse(text);
    expect(row?.[3]).toBe("'\tcmd");
    expect(row?.[5]).toBe("'\r=1+1");
  });

  it('leaves plain signed numbers as they are', () => {
    const text = writer.rows([
      toExportRow(call({ customer: '+12', contact: '-0.5', notes: '-12.50' }), defaultArPlaybook),
    ]);
    const [row] = parse(text);
    expect([row?.[3], row?.[5], row?.[15]]).toEqual(['+12', '-0.5', '-12.50']);
  });

  it('quotes commas, quotes and line breaks so they read back whole', () => {
    const text = writer.rows([toExportRow(call(), defaultArPlaybook)]);
    expect(text).toContain('"Acme, ""Inc"""');
    expect(text).toContain('"line one\r\nline two"');
  });

  it('gives the same text in chunks as in one go', () => {
    const rows = [call(), call({ id: 'call-2' })].map((c) => toExportRow(c, defaultArPlaybook));
    expect(writer.rows(rows)).toBe(writer.rows(rows.slice(0, 1)) + writer.rows(rows.slice(1)));
  });
});

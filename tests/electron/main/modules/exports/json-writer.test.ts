import { createJsonWriter } from '../../../../../electron/main/modules/exports/json-writer';

const COLUMNS = ['call_id', 'customer', 'amount_due'] as const;
type Row = Readonly<Record<(typeof COLUMNS)[number], string>>;

const rows: Row[] = [
  { call_id: 'call-1', customer: 'Acme, "Inc"', amount_due: '1250.00' },
  { call_id: 'call-2', customer: 'Dana 🙂\nדנה', amount_due: '' },
];

function written(batches: readonly (readonly Row[])[]): string {
  const writer = createJsonWriter(COLUMNS);
  return writer.header() + batches.map((batch) => writer.rows(batch)).join('') + writer.footer();
}

describe('createJsonWriter', () => {
  it('writes an array that reads back as the rows, amounts as decimal strings', () => {
    expect(JSON.parse(written([rows]))).toEqual(rows);
  });

  it('writes keys in column order whatever order the row was built in', () => {
    const shuffled = { amount_due: '1.00', customer: 'A', call_id: 'c' } as Row;
    const [object] = JSON.parse(written([[shuffled]])) as Record<string, string>[];
    expect(Object.keys(object!)).toEqual([...COLUMNS]);
  });

  it('writes an empty array when there are no rows', () => {
    expect(JSON.parse(written([]))).toEqual([]);
  });

  it('gives the same text in batches as in one go', () => {
    expect(written([rows.slice(0, 1), [], rows.slice(1)])).toBe(written([rows]));
  });
});

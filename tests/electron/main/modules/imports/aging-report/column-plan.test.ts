import {
  cellAt,
  planColumns,
} from '../../../../../../electron/main/modules/imports/aging-report/column-plan';

describe('planColumns', () => {
  it('finds each role once and collects the date and amount columns', () => {
    const plan = planColumns([
      'customer',
      'invoiceNumber',
      'dueDate',
      'bucket',
      'bucket',
      'openBalance',
      'ignore',
    ]);

    expect(plan).toMatchObject({
      customer: 0,
      invoiceNumber: 1,
      dueDate: 2,
      invoiceDate: -1,
      openBalance: 5,
      accountNumber: -1,
      buckets: [3, 4],
      dates: [2],
      amounts: [3, 4, 5],
    });
  });
});

describe('cellAt', () => {
  it('gives the cell, or nothing for a missing column or a short row', () => {
    expect(cellAt(['a', 'b'], 1)).toBe('b');
    expect(cellAt(['a', 'b'], -1)).toBe('');
    expect(cellAt(['a', 'b'], 5)).toBe('');
  });
});

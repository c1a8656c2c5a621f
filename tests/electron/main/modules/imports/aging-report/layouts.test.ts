import {
  guessRoles,
  headerKey,
  headerSignature,
  isBucketLabel,
  layoutDateOrder,
  looksLikeHeader,
  missingRoles,
  recogniseLayout,
} from '../../../../../../electron/main/modules/imports/aging-report/layouts';

describe('headerKey', () => {
  it.each([
    ['P. O. #', 'pono'],
    ['Invoice #', 'invoiceno'],
    ['  Open   Balance ', 'openbalance'],
    ['Age (Days)', 'agedays'],
    ['Fällig', 'fallig'],
  ])('reduces %j to %j', (cell, key) => {
    expect(headerKey(cell)).toBe(key);
  });
});

describe('headerSignature', () => {
  it('ignores case, spacing and spacer columns', () => {
    expect(headerSignature(['', 'Type', '', 'Open  Balance', ''])).toBe(
      headerSignature(['TYPE', ' open balance']),
    );
    expect(headerSignature(['', 'Type', '', 'Open  Balance'])).toBe('type|open balance');
  });

  it('tells different headers apart', () => {
    expect(headerSignature(['Customer', 'Balance'])).not.toBe(
      headerSignature(['Balance', 'Customer']),
    );
  });
});

describe('recogniseLayout', () => {
  it('recognises QuickBooks Online, with its past-due column ignored', () => {
    const headers = [
      '',
      'Date',
      'Transaction type',
      'Num',
      'Customer',
      'Due date',
      'Past due',
      'Amount',
      'Open balance',
    ];

    expect(recogniseLayout(headers)).toEqual({
      layout: 'quickbooks-online',
      roles: [
        'ignore',
        'invoiceDate',
        'transactionType',
        'invoiceNumber',
        'customer',
        'dueDate',
        'ignore',
        'amount',
        'openBalance',
      ],
    });
  });

  it('recognises QuickBooks Desktop between its spacer columns', () => {
    const headers = [
      '',
      '',
      'Type',
      '',
      'Date',
      '',
      'Num',
      '',
      'P. O. #',
      '',
      'Name',
      '',
      'Terms',
      '',
      'Due Date',
      '',
      'Aging',
      '',
      'Open Balance',
    ];

    expect(recogniseLayout(headers)).toEqual({
      layout: 'quickbooks-desktop',
      roles: [
        'ignore',
        'ignore',
        'transactionType',
        'ignore',
        'invoiceDate',
        'ignore',
        'invoiceNumber',
        'ignore',
        'ignore',
        'ignore',
        'customer',
        'ignore',
        'terms',
        'ignore',
        'dueDate',
        'ignore',
        'ignore',
        'ignore',
        'openBalance',
      ],
    });
  });

  it('recognises Xero, whose periods add up to its Total column', () => {
    const headers = [
      'Invoice Date',
      'Due Date',
      'Invoice Number',
      'Invoice Reference',
      'Current',
      '< 1 Month',
      '1 Month',
      '2 Months',
      '3 Months',
      'Older',
      'Total',
    ];

    expect(recogniseLayout(headers)).toEqual({
      layout: 'xero',
      roles: [
        'invoiceDate',
        'dueDate',
        'invoiceNumber',
        'ignore',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'openBalance',
      ],
    });
  });

  it('recognises ERPNext, reading the party as the account number beside a customer name', () => {
    const headers = [
      'Posting Date',
      'Party',
      'Customer Name',
      'Voucher Type',
      'Voucher No',
      'Due Date',
      'Invoiced Amount',
      'Paid Amount',
      'Credit Note',
      'Outstanding Amount',
      'Age (Days)',
      '0-30',
      '31-60',
      '61-90',
      '91-120',
      '121-Above',
      'Currency',
      'Customer Group',
      'Territory',
    ];

    expect(recogniseLayout(headers)).toEqual({
      layout: 'erpnext',
      roles: [
        'invoiceDate',
        'accountNumber',
        'customer',
        'transactionType',
        'invoiceNumber',
        'dueDate',
        'amount',
        'ignore',
        'ignore',
        'openBalance',
        'ignore',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'currency',
        'ignore',
        'ignore',
      ],
    });
  });

  it('recognises ERPNext with the party as the customer when it has no customer name', () => {
    const match = recogniseLayout([
      'Posting Date',
      'Party',
      'Voucher No',
      'Due Date',
      'Outstanding Amount',
    ]);

    expect(match?.roles).toEqual([
      'invoiceDate',
      'customer',
      'invoiceNumber',
      'dueDate',
      'openBalance',
    ]);
  });

  it('recognises Odoo, reading its unnamed first column as the invoice number', () => {
    const headers = [
      '',
      'Invoice Date',
      'Due Date',
      'Not due',
      '1 - 30',
      '31 - 60',
      '61 - 90',
      '91 - 120',
      'Older',
      'Total',
    ];

    expect(recogniseLayout(headers)).toEqual({
      layout: 'odoo',
      roles: [
        'invoiceNumber',
        'invoiceDate',
        'dueDate',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'bucket',
        'openBalance',
      ],
    });
  });

  it('recognises Odoo with a named reference column and its ledger account ignored', () => {
    const headers = [
      'Invoice Date',
      'Journal item label',
      'Due Date',
      'Account',
      'Not due',
      '1 - 30',
      'Older',
      'Total',
    ];

    expect(recogniseLayout(headers)?.roles).toEqual([
      'invoiceDate',
      'invoiceNumber',
      'dueDate',
      'ignore',
      'bucket',
      'bucket',
      'bucket',
      'openBalance',
    ]);
  });

  it('recognises no layout in a header of another system', () => {
    expect(recogniseLayout(['Customer Name', 'Invoice #', 'Balance'])).toBeNull();
  });
});

describe('guessRoles', () => {
  it.each([
    ['Customer Name', 'customer'],
    ['Client', 'customer'],
    ['Debtor', 'customer'],
    ['Account No', 'accountNumber'],
    ['Customer ID', 'accountNumber'],
    ['Invoice #', 'invoiceNumber'],
    ['Inv No', 'invoiceNumber'],
    ['Document No', 'invoiceNumber'],
    ['Invoice Date', 'invoiceDate'],
    ['Date', 'invoiceDate'],
    ['Due Date', 'dueDate'],
    ['Balance', 'openBalance'],
    ['Amount Due', 'openBalance'],
    ['Outstanding', 'openBalance'],
    ['Due', 'openBalance'],
    ['Invoice Amount', 'amount'],
    ['Currency', 'currency'],
    ['Payment Terms', 'terms'],
    ['Type', 'transactionType'],
    ['Over 90', 'bucket'],
    ['1-30 Days', 'bucket'],
    ['90+', 'bucket'],
    ['Salesperson', 'ignore'],
    ['', 'ignore'],
  ])('reads a %j column as %s', (header, role) => {
    expect(guessRoles([header])).toEqual([role]);
  });

  it('reads "Account" as the customer when no other column names one', () => {
    expect(guessRoles(['Account', 'Invoice', 'Balance'])).toEqual([
      'customer',
      'invoiceNumber',
      'openBalance',
    ]);
  });

  it('reads "Account" as the account number beside a customer column', () => {
    expect(guessRoles(['Account', 'Customer', 'Invoice', 'Balance'])[0]).toBe('accountNumber');
  });

  it('reads "Total" as the open balance only when no other column is one', () => {
    expect(guessRoles(['Customer', 'Invoice', 'Total'])[2]).toBe('openBalance');
    expect(guessRoles(['Customer', 'Invoice', 'Total', 'Balance'])[2]).toBe('amount');
  });

  it('gives a role to one column only', () => {
    expect(guessRoles(['Customer', 'Client', 'Balance', 'Outstanding'])).toEqual([
      'customer',
      'ignore',
      'openBalance',
      'ignore',
    ]);
  });

  it('is not fooled by header cells named like object properties', () => {
    expect(guessRoles(['constructor', 'toString'])).toEqual(['ignore', 'ignore']);
  });
});

describe('looksLikeHeader', () => {
  it('accepts a row that names two report columns', () => {
    expect(looksLikeHeader(['Client', 'Inv No', 'Notes'])).toBe(true);
  });

  it('refuses a title line and a data row', () => {
    expect(looksLikeHeader(['A/R Aging Detail'])).toBe(false);
    expect(looksLikeHeader(['Oak Street Cafe', '01042', '2026-11-20', '1,250.00'])).toBe(false);
  });
});

describe('isBucketLabel', () => {
  it.each([
    'Current',
    'Not due',
    '1 - 30',
    '1 - 30 days past due',
    '91 or more days past due',
    '> 90',
    '121-Above',
    '< 1 Month',
    '3 Months',
    'Older',
  ])('knows %j as an aging period', (label) => {
    expect(isBucketLabel(label)).toBe(true);
  });

  it.each(['24-7 Plumbing', 'Current Electric Ltd', 'Total', 'Oak Street Cafe', '1042'])(
    'does not take %j for one',
    (label) => {
      expect(isBucketLabel(label)).toBe(false);
    },
  );
});

describe('missingRoles', () => {
  it('names what a guessed mapping lacks', () => {
    expect(missingRoles(['invoiceDate', 'amount'], 'guessed')).toEqual([
      'customer',
      'invoiceNumber',
      'openBalance',
    ]);
  });

  it('accepts aging periods in place of an open balance', () => {
    expect(missingRoles(['customer', 'invoiceNumber', 'bucket'], 'unknown')).toEqual([]);
  });

  it('does not ask for a customer column where customers are group rows', () => {
    expect(missingRoles(['invoiceNumber', 'openBalance'], 'xero')).toEqual([]);
    expect(missingRoles(['invoiceNumber', 'openBalance'], 'mapped')).toEqual([]);
  });
});

describe('layoutDateOrder', () => {
  it('knows QuickBooks writes the month first and Xero the day', () => {
    expect(layoutDateOrder('quickbooks-online')).toBe('month-first');
    expect(layoutDateOrder('quickbooks-desktop')).toBe('month-first');
    expect(layoutDateOrder('xero')).toBe('day-first');
    expect(layoutDateOrder('erpnext')).toBeNull();
  });
});

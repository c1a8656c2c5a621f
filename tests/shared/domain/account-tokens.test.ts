import { accountTokenValues } from '../../../shared/domain/account-tokens';
import { fillPhrase, tokenValues } from '../../../shared/domain/merge-tokens';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildAccountFile, buildInvoice, buildPromise } from '../../support/account-builders';
import { buildCall } from '../../support/builders';

const TODAY = '2026-11-30';

describe('accountTokenValues', () => {
  it('holds nothing for an account the memory knows nothing about', () => {
    expect(accountTokenValues(buildAccountFile(), TODAY, 'en-US')).toEqual({});
  });

  it('gives the total overdue and the oldest overdue invoice', () => {
    const file = buildAccountFile({
      invoices: [
        buildInvoice({ id: 1, number: 'INV-9', dueOn: '2026-11-01', openCents: 30_000 }),
        buildInvoice({ id: 2, number: 'INV-3', dueOn: '2026-09-01', openCents: 20_000 }),
        buildInvoice({ id: 3, number: 'INV-12', dueOn: '2026-12-15', openCents: 99_000 }),
      ],
    });

    expect(accountTokenValues(file, TODAY, 'en-US')).toEqual({
      totalOverdue: '$500.00',
      oldestInvoice: 'INV-3',
    });
  });

  it('names the oldest open invoice, and no overdue total, when nothing is late yet', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice({ number: 'INV-12', dueOn: '2026-12-15' })],
    });

    expect(accountTokenValues(file, TODAY, 'en-US')).toEqual({ oldestInvoice: 'INV-12' });
  });

  it('gives the newest promise still worth raising, and none once it was kept', () => {
    const open = buildInvoice({ number: 'INV-0042', dueOn: '2026-10-15' });
    const promise = buildPromise({ payBy: '2026-11-20', amountCents: 125_000 });

    expect(
      accountTokenValues(
        buildAccountFile({ invoices: [open], promises: [promise] }),
        TODAY,
        'en-US',
      ).lastPromise,
    ).toBe('$1,250.00 by Fri, Nov 20, 2026');
    const paid = { ...open, closedOn: '2026-11-18', openCents: 0 };
    expect(
      accountTokenValues(
        buildAccountFile({ invoices: [paid], promises: [promise] }),
        TODAY,
        'en-US',
      ).lastPromise,
    ).toBeUndefined();
  });

  it('fills the playbook’s phrases, the call’s own facts taking precedence', () => {
    const file = buildAccountFile({
      invoices: [buildInvoice({ number: 'INV-3', dueOn: '2026-09-01', openCents: 20_000 })],
    });
    const values = tokenValues(
      buildCall(),
      defaultArPlaybook,
      TODAY,
      accountTokenValues(file, TODAY, 'en-US'),
    );

    expect(
      fillPhrase(
        'Right now {totalOverdue} is past due on the account[, the oldest being invoice {oldestInvoice}].',
        values,
      ),
    ).toBe('Right now $200.00 is past due on the account, the oldest being invoice INV-3.');
  });
});

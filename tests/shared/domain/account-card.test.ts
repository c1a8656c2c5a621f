import { accountCard, checkExpectedBy } from '../../../shared/domain/account-card';
import type { AccountFile } from '../../../shared/domain/account-file';
import {
  buildAccount,
  buildAccountFile,
  buildCheck,
  buildDispute,
  buildInvoice,
  buildPaidInvoice,
  buildPromise,
} from '../../support/account-builders';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

const cardOf = (overrides: Partial<AccountFile>) =>
  accountCard(
    buildAccountFile({ account: buildAccount({ customerSince: '' }), ...overrides }),
    TODAY,
    'en-US',
  );
const flagTexts = (overrides: Partial<AccountFile>) =>
  cardOf(overrides).redFlags.map((flag) => flag.text);

describe('accountCard', () => {
  describe('promise red flags', () => {
    it('flags a broken promise with its amount, date and invoice', () => {
      const card = cardOf({ invoices: [buildInvoice()], promises: [buildPromise()] });
      expect(card.redFlags).toHaveLength(1);
      expect(card.redFlags[0]).toMatchObject({ kind: 'broken-promise' });
      expect(card.redFlags[0]?.text).toBe(
        'Broken promise: $1,250.00 by Nov 20, 2026 for INV-0042, still open.',
      );
    });

    it('flags a partly kept promise and names what is still open', () => {
      const texts = flagTexts({
        invoices: [
          buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-19' }),
          buildInvoice({ id: 2, number: 'INV-2' }),
        ],
        promises: [buildPromise({ amountCents: 200_000, invoiceNumbers: ['INV-1', 'INV-2'] })],
      });
      expect(texts).toEqual([
        'Promise only partly kept: $2,000.00 by Nov 20, 2026 for INV-1 and INV-2; INV-2 still open.',
      ]);
    });

    it('says a broken promise was paid late once its invoice closed after the date', () => {
      const texts = flagTexts({
        invoices: [buildInvoice({ closedOn: '2026-11-22', seenOn: '2026-11-21' })],
        promises: [buildPromise({ amountCents: null })],
      });
      expect(texts).toEqual(['Broken promise: a payment by Nov 20, 2026 for INV-0042, paid late.']);
    });

    it('separates the invoices paid late from those still open', () => {
      const texts = flagTexts({
        invoices: [
          buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-22', seenOn: '2026-11-21' }),
          buildInvoice({ id: 2, number: 'INV-2' }),
        ],
        promises: [buildPromise({ invoiceNumbers: ['INV-1', 'INV-2'] })],
      });
      expect(texts).toEqual([
        'Broken promise: $1,250.00 by Nov 20, 2026 for INV-1 and INV-2; INV-2 still open, INV-1 paid late.',
      ]);
    });

    it('drops a broken promise paid late more than 90 days ago', () => {
      const card = cardOf({
        invoices: [buildInvoice({ closedOn: '2026-08-01', seenOn: '2026-07-31' })],
        promises: [buildPromise({ payBy: '2026-07-20' })],
      });
      expect(card.redFlags).toEqual([]);
    });

    it('does not flag a promise on its date, and lists it as pending', () => {
      const pending = buildPromise({ payBy: TODAY });
      const card = cardOf({ invoices: [buildInvoice()], promises: [pending] });
      expect(card.redFlags).toEqual([]);
      expect(card.pendingPromises).toEqual([pending]);
    });

    it('neither flags nor lists a kept or unverifiable promise', () => {
      const card = cardOf({
        invoices: [buildInvoice({ closedOn: '2026-11-19' })],
        promises: [buildPromise(), buildPromise({ callId: 'call-2', invoiceNumbers: ['INV-404'] })],
      });
      expect(card.redFlags).toEqual([]);
      expect(card.pendingPromises).toEqual([]);
    });

    it('formats amounts in the account currency', () => {
      const texts = flagTexts({
        invoices: [buildInvoice({ currency: 'EUR' })],
        promises: [buildPromise()],
      });
      expect(texts[0]).toMatch(/^Broken promise: €1,250\.00 by/);
    });
  });

  describe('checks in the mail', () => {
    it('flags a check not arrived after its follow-up date with its invoices open', () => {
      const card = cardOf({ invoices: [buildInvoice()], checks: [buildCheck()] });
      expect(card.redFlags).toEqual([
        {
          kind: 'check-not-arrived',
          check: buildCheck(),
          expectedBy: '2026-11-11',
          openNumbers: ['INV-0042'],
          text: 'Check not arrived: check 104522 for $1,250.00, mailed Nov 2, 2026, not received by Nov 11, 2026; INV-0042 still open.',
        },
      ]);
      expect(card.checksInMail).toEqual([]);
    });

    it('lists a check whose follow-up date has not passed', () => {
      const check = buildCheck({ followUpBy: TODAY });
      const card = cardOf({ invoices: [buildInvoice()], checks: [check] });
      expect(card.redFlags).toEqual([]);
      expect(card.checksInMail).toEqual([{ check, expectedBy: TODAY }]);
    });

    it('expects a check 10 days after mailing without a follow-up date', () => {
      expect(checkExpectedBy(buildCheck({ followUpBy: null, mailedOn: '2026-11-25' }))).toBe(
        '2026-12-05',
      );
    });

    it('expects a check 10 days after the call without a mailing date', () => {
      const check = buildCheck({ followUpBy: null, mailedOn: null, saidOn: '2026-11-10' });
      expect(checkExpectedBy(check)).toBe('2026-11-20');
      expect(flagTexts({ invoices: [buildInvoice()], checks: [check] })).toEqual([
        'Check not arrived: check 104522 for $1,250.00, said to be in the mail on Nov 10, 2026, not received by Nov 20, 2026; INV-0042 still open.',
      ]);
    });

    it('forgets a check whose invoices are all settled', () => {
      const card = cardOf({
        invoices: [buildInvoice({ closedOn: '2026-11-09' })],
        checks: [buildCheck()],
      });
      expect(card.redFlags).toEqual([]);
      expect(card.checksInMail).toEqual([]);
    });

    it('names only the invoices still open when others have been paid', () => {
      const texts = flagTexts({
        invoices: [
          buildInvoice({ id: 1, number: 'INV-1', closedOn: '2026-11-09' }),
          buildInvoice({ id: 2, number: 'INV-2' }),
        ],
        checks: [
          buildCheck({ checkNumber: '', amountCents: null, invoiceNumbers: ['INV-1', 'INV-2'] }),
        ],
      });
      expect(texts).toEqual([
        'Check not arrived: the check, mailed Nov 2, 2026, not received by Nov 11, 2026; INV-2 still open.',
      ]);
    });

    it('lists a check for unknown invoices while expected, then drops it', () => {
      const check = buildCheck({ invoiceNumbers: ['INV-404'] });
      const invoices = [buildInvoice()];
      expect(
        cardOf({ invoices, checks: [{ ...check, followUpBy: '2026-11-30' }] }).checksInMail,
      ).toHaveLength(1);
      const late = cardOf({ invoices, checks: [check] });
      expect(late.redFlags).toEqual([]);
      expect(late.checksInMail).toEqual([]);
    });
  });

  it('orders red flags: broken promises, partly kept ones, then checks, recent first', () => {
    const card = cardOf({
      invoices: [
        buildInvoice({ id: 1, number: 'INV-1' }),
        buildInvoice({ id: 2, number: 'INV-2', closedOn: '2026-10-01' }),
        buildInvoice({ id: 3, number: 'INV-3' }),
      ],
      promises: [
        buildPromise({ callId: 'partly', payBy: '2026-11-15', invoiceNumbers: ['INV-2', 'INV-3'] }),
        buildPromise({ callId: 'older', payBy: '2026-10-20', invoiceNumbers: ['INV-1'] }),
        buildPromise({ callId: 'newer', payBy: '2026-11-10', invoiceNumbers: ['INV-1'] }),
      ],
      checks: [buildCheck({ callId: 'check', invoiceNumbers: ['INV-3'] })],
    });
    expect(
      card.redFlags.map((flag) =>
        flag.kind === 'check-not-arrived' ? flag.check.callId : flag.promise.callId,
      ),
    ).toEqual(['newer', 'older', 'partly', 'check']);
  });

  it('lists open disputes oldest first, leaving out settled ones', () => {
    const older = buildDispute({ callId: 'a', openedOn: '2026-10-01' });
    const newer = buildDispute({ callId: 'b', openedOn: '2026-11-01', status: '' });
    const settled = buildDispute({
      callId: 'c',
      status: 'credit-agreed',
      resolvedOn: '2026-11-05',
    });
    expect(cardOf({ disputes: [newer, settled, older] }).openDisputes).toEqual([older, newer]);
  });

  it('lists pending promises soonest first', () => {
    const later = buildPromise({ callId: 'later', payBy: '2026-12-04' });
    const sooner = buildPromise({ callId: 'sooner', payBy: '2026-11-27' });
    const card = cardOf({ invoices: [buildInvoice()], promises: [later, sooner] });
    expect(card.pendingPromises).toEqual([sooner, later]);
  });

  it('suggests the invoice overdue longest', () => {
    const card = cardOf({
      invoices: [
        buildInvoice({ id: 1, number: 'INV-NEW', dueOn: '2026-11-01' }),
        buildInvoice({ id: 2, number: 'INV-OLD', dueOn: '2026-09-01' }),
      ],
    });
    expect(card.suggestedInvoices).toEqual(['INV-OLD']);
    expect(card.oldestOpen?.number).toBe('INV-OLD');
  });

  it('suggests the oldest open invoice when none is overdue', () => {
    const card = cardOf({
      invoices: [
        buildInvoice({ id: 1, number: 'INV-B', dueOn: '2026-12-20' }),
        buildInvoice({ id: 2, number: 'INV-A', dueOn: '2026-12-01' }),
      ],
    });
    expect(card.suggestedInvoices).toEqual(['INV-A']);
  });

  it('suggests nothing when nothing is open', () => {
    const card = cardOf({ invoices: [buildInvoice({ closedOn: '2026-11-01' })] });
    expect(card.suggestedInvoices).toEqual([]);
    expect(card.oldestOpen).toBeNull();
  });

  it('carries the balance, the last contact and the recognition', () => {
    const lastContact = {
      callId: 'call-9',
      on: '2026-11-16',
      outcomeLabel: 'Promise to pay',
      nextAction: null,
    };
    const invoices = [
      buildInvoice({ id: 1, dueOn: '2026-11-01', openCents: 40_000 }),
      buildPaidInvoice('INV-1', '2026-08-15', '2026-08-10', { id: 2 }),
      buildPaidInvoice('INV-2', '2026-09-15', '2026-09-10', { id: 3 }),
      buildPaidInvoice('INV-3', '2026-10-15', '2026-10-10', { id: 4 }),
    ];
    const card = cardOf({ invoices, lastContact });
    expect(card.balance).toMatchObject({ openCents: 40_000, overdueCents: 40_000 });
    expect(card.lastContact).toEqual(lastContact);
    expect(card.recognition.map((recognition) => recognition.id)).toEqual(['paid-on-time']);
  });

  it('is empty for an account with no history', () => {
    expect(cardOf({})).toMatchObject({
      redFlags: [],
      openDisputes: [],
      pendingPromises: [],
      checksInMail: [],
      oldestOpen: null,
      suggestedInvoices: [],
      lastContact: null,
      recognition: [],
    });
  });
});

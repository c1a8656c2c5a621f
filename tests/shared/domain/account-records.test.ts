import type { CaptureValues } from '../../../shared/domain/capture';
import type { Call } from '../../../shared/domain/call';
import {
  disputeHistory,
  mergeDisputes,
  parseInvoiceNumbers,
  recordsOfCall,
} from '../../../shared/domain/account-records';
import type { Playbook } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildDispute, localInstant } from '../../support/account-builders';
import { buildCall } from '../../support/builders';

/** A call started at 10:00 local time on Friday 20 November 2026. */
function callOn(
  captures: Readonly<Record<string, CaptureValues>>,
  overrides: Partial<Call> = {},
): Call {
  return buildCall({
    startedAt: localInstant('2026-11-20'),
    invoice: 'INV-0042',
    captures,
    ...overrides,
  });
}

const records = (call: Call, playbook: Playbook = defaultArPlaybook) =>
  recordsOfCall(call, playbook);

describe('parseInvoiceNumbers', () => {
  it('splits on commas, semicolons and line breaks and trims each number', () => {
    expect(parseInvoiceNumbers(' INV-1, INV-2;INV-3\nINV-4 ')).toEqual([
      'INV-1',
      'INV-2',
      'INV-3',
      'INV-4',
    ]);
  });

  it('keeps leading zeros and drops empty parts and repeats', () => {
    expect(parseInvoiceNumbers('000123, , 000123, inv-9, INV-9')).toEqual(['000123', 'inv-9']);
  });
});

describe('recordsOfCall', () => {
  it('has no records when nothing was captured', () => {
    expect(records(callOn({}))).toEqual({ promise: null, check: null, dispute: null });
  });

  it('ignores forms that hold only blanks', () => {
    const call = callOn({
      'promise-to-pay': { amount: ' ', 'pay-on': '' },
      'check-in-mail': { 'check-number': '' },
      dispute: { owner: '  ' },
    });
    expect(records(call)).toEqual({ promise: null, check: null, dispute: null });
  });

  it('reads a promise with its amount, date, method label and invoices', () => {
    const call = callOn({
      'promise-to-pay': {
        amount: '1,250.00',
        'pay-on': '2026-11-27',
        method: 'ach',
        invoices: 'INV-0042, INV-0043',
      },
    });
    expect(records(call).promise).toEqual({
      callId: 'call-1',
      madeOn: '2026-11-20',
      payBy: '2026-11-27',
      amountCents: 125_000,
      method: 'ACH',
      invoiceNumbers: ['INV-0042', 'INV-0043'],
    });
  });

  it('dates records from the local day the call started', () => {
    const call = callOn(
      { 'promise-to-pay': { 'pay-on': '2026-11-27' } },
      { startedAt: localInstant('2026-11-20', 23, 50) },
    );
    expect(records(call).promise?.madeOn).toBe('2026-11-20');
  });

  it('has no promise without a real pay-by date', () => {
    const call = callOn({ 'promise-to-pay': { amount: '500', 'pay-on': '2026-11-31' } });
    expect(records(call).promise).toBeNull();
  });

  it('keeps a promise whose amount and method were not captured', () => {
    const call = callOn({ 'promise-to-pay': { amount: 'about 500', 'pay-on': '2026-11-27' } });
    expect(records(call).promise).toMatchObject({ amountCents: null, method: '' });
  });

  it("falls back to the call's invoice when the form names none", () => {
    const call = callOn({ 'promise-to-pay': { 'pay-on': '2026-11-27', invoices: ' , ' } });
    expect(records(call).promise?.invoiceNumbers).toEqual(['INV-0042']);
  });

  it('names no invoices when neither the form nor the call has one', () => {
    const call = callOn({ 'promise-to-pay': { 'pay-on': '2026-11-27' } }, { invoice: ' ' });
    expect(records(call).promise?.invoiceNumbers).toEqual([]);
  });

  it('keeps a choice the playbook does not know as stored', () => {
    const call = callOn({ 'promise-to-pay': { 'pay-on': '2026-11-27', method: 'crypto' } });
    expect(records(call).promise?.method).toBe('crypto');
  });

  it('reads labels from the playbook it is given', () => {
    const renamed: Playbook = {
      ...defaultArPlaybook,
      branches: defaultArPlaybook.branches.map((branch) =>
        branch.id !== 'promise-to-pay'
          ? branch
          : {
              ...branch,
              fields: branch.fields.map((field) =>
                field.type === 'choice' && field.id === 'method'
                  ? { ...field, options: [{ id: 'ach', label: 'Bank transfer' }] }
                  : field,
              ),
            },
      ),
    };
    const call = callOn({ 'promise-to-pay': { 'pay-on': '2026-11-27', method: 'ach' } });
    expect(records(call, renamed).promise?.method).toBe('Bank transfer');
  });

  it('reads a check given only its number, tidied to digits', () => {
    const call = callOn({ 'check-in-mail': { 'check-number': '#104-522' } });
    expect(records(call).check).toEqual({
      callId: 'call-1',
      saidOn: '2026-11-20',
      checkNumber: '104522',
      amountCents: null,
      mailedOn: null,
      followUpBy: null,
      invoiceNumbers: ['INV-0042'],
    });
  });

  it('reads a check given only its mailing date', () => {
    const call = callOn({ 'check-in-mail': { 'mailed-on': '2026-11-18' } });
    expect(records(call).check).toMatchObject({ mailedOn: '2026-11-18', checkNumber: '' });
  });

  it('reads a check given only its amount', () => {
    const call = callOn({ 'check-in-mail': { amount: '$980.50' } });
    expect(records(call).check).toMatchObject({ amountCents: 98_050 });
  });

  it('has no check with neither number, mailing date nor amount', () => {
    const call = callOn({
      'check-in-mail': { 'mailed-to': 'lockbox', 'follow-up-by': '2026-11-30', amount: '0' },
    });
    expect(records(call).check).toBeNull();
  });

  it('reads a full check with its follow-up date and invoices', () => {
    const call = callOn({
      'check-in-mail': {
        'mailed-on': '2026-11-18',
        'check-number': '104522',
        amount: '1,250',
        invoices: 'INV-0040; INV-0041',
        'follow-up-by': '2026-11-27',
      },
    });
    expect(records(call).check).toMatchObject({
      followUpBy: '2026-11-27',
      invoiceNumbers: ['INV-0040', 'INV-0041'],
      amountCents: 125_000,
    });
  });

  it('reads a dispute with its reason label, amount, owner and answer date', () => {
    const call = callOn({
      dispute: {
        reason: 'pricing',
        'disputed-amount': '250.00',
        owner: ' Sam  Lee ',
        'answer-by': '2026-11-30',
        status: 'open',
      },
    });
    expect(records(call).dispute).toEqual({
      callId: 'call-1',
      openedOn: '2026-11-20',
      reason: 'Price or rate is wrong',
      disputedCents: 25_000,
      owner: 'Sam Lee',
      answerBy: '2026-11-30',
      status: 'open',
      resolvedOn: null,
      invoiceNumbers: ['INV-0042'],
    });
  });

  it('takes the words typed after Other as the reason', () => {
    const call = callOn({ dispute: { reason: 'other', 'reason:other': 'Wrong  PO number' } });
    expect(records(call).dispute?.reason).toBe('Wrong PO number');
  });

  it('says Other when nothing was typed after it', () => {
    const call = callOn({ dispute: { reason: 'other' } });
    expect(records(call).dispute?.reason).toBe('Other');
  });

  it.each(['resolved', 'credit-agreed'])('resolves a dispute captured as %s that day', (status) => {
    const call = callOn({ dispute: { status } });
    expect(records(call).dispute).toMatchObject({ status, resolvedOn: '2026-11-20' });
  });

  it('keeps a dispute with only its documents noted, with no status', () => {
    const call = callOn({ dispute: { documents: 'Signed delivery note' } });
    expect(records(call).dispute).toMatchObject({ status: '', resolvedOn: null, reason: '' });
  });

  it('reads an unknown status as none', () => {
    const call = callOn({ dispute: { status: 'escalated' } });
    expect(records(call).dispute?.status).toBe('');
  });

  it('reads each form of a call that went through several situations', () => {
    const call = callOn({
      'promise-to-pay': { 'pay-on': '2026-11-27' },
      dispute: { reason: 'quantity', invoices: 'INV-0050' },
    });
    const result = records(call);
    expect(result.promise?.invoiceNumbers).toEqual(['INV-0042']);
    expect(result.check).toBeNull();
    expect(result.dispute?.invoiceNumbers).toEqual(['INV-0050']);
  });
});

describe('disputeHistory', () => {
  const disputeCall = (id: string, day: string, values: CaptureValues) =>
    callOn({ dispute: values }, { id, startedAt: localInstant(day) });

  it('keeps the first call as the opener and resolves it on a later call', () => {
    const history = disputeHistory(
      [
        disputeCall('call-2', '2026-11-10', { status: 'resolved' }),
        disputeCall('call-1', '2026-11-02', { reason: 'pricing', status: 'open', owner: 'Sam' }),
      ],
      defaultArPlaybook,
    );
    expect(history).toEqual([
      {
        callId: 'call-1',
        openedOn: '2026-11-02',
        reason: 'Price or rate is wrong',
        disputedCents: null,
        owner: 'Sam',
        answerBy: null,
        status: 'resolved',
        resolvedOn: '2026-11-10',
        invoiceNumbers: ['INV-0042'],
      },
    ]);
  });

  it('keeps disputes about different invoices apart, in the order they were opened', () => {
    const history = disputeHistory(
      [
        disputeCall('call-1', '2026-11-02', { reason: 'pricing', invoices: 'INV-1' }),
        disputeCall('call-2', '2026-11-05', { reason: 'quantity', invoices: 'INV-2' }),
      ],
      () => defaultArPlaybook,
    );
    expect(history.map((dispute) => [dispute.callId, dispute.invoiceNumbers])).toEqual([
      ['call-1', ['INV-1']],
      ['call-2', ['INV-2']],
    ]);
  });

  it('ignores calls without a dispute', () => {
    const history = disputeHistory(
      [callOn({ 'promise-to-pay': { 'pay-on': '2026-11-27' } })],
      defaultArPlaybook,
    );
    expect(history).toEqual([]);
  });
});

describe('mergeDisputes', () => {
  it('merges a later record that shares an invoice, adding its other invoices', () => {
    const [merged, ...rest] = mergeDisputes([
      buildDispute({ invoiceNumbers: ['INV-1', 'INV-2'] }),
      buildDispute({
        callId: 'call-2',
        openedOn: '2026-11-09',
        invoiceNumbers: ['inv-2', 'INV-3'],
      }),
    ]);
    expect(rest).toEqual([]);
    expect(merged?.invoiceNumbers).toEqual(['INV-1', 'INV-2', 'INV-3']);
    expect(merged?.callId).toBe('call-1');
  });

  it('keeps what a later call left blank and takes what it captured', () => {
    const [merged] = mergeDisputes([
      buildDispute({ reason: 'Quantity is wrong', owner: 'Sam', disputedCents: 25_000 }),
      buildDispute({
        callId: 'call-2',
        openedOn: '2026-11-09',
        reason: '',
        owner: 'Lee',
        disputedCents: null,
        answerBy: '2026-11-20',
        status: '',
      }),
    ]);
    expect(merged).toMatchObject({
      reason: 'Quantity is wrong',
      owner: 'Lee',
      disputedCents: 25_000,
      answerBy: '2026-11-20',
      status: 'open',
      resolvedOn: null,
    });
  });

  it('keeps the first day a dispute was settled', () => {
    const [merged] = mergeDisputes([
      buildDispute(),
      buildDispute({ openedOn: '2026-11-06', status: 'credit-agreed', resolvedOn: '2026-11-06' }),
      buildDispute({ openedOn: '2026-11-12', status: 'resolved', resolvedOn: '2026-11-12' }),
    ]);
    expect(merged).toMatchObject({ status: 'resolved', resolvedOn: '2026-11-06' });
  });

  it('reopens a settled dispute a later call records as open', () => {
    const [merged] = mergeDisputes([
      buildDispute({ status: 'resolved', resolvedOn: '2026-11-02' }),
      buildDispute({ openedOn: '2026-11-12', status: 'open' }),
    ]);
    expect(merged).toMatchObject({ status: 'open', resolvedOn: null });
  });

  it('keeps records without invoice numbers apart', () => {
    const merged = mergeDisputes([
      buildDispute({ invoiceNumbers: [] }),
      buildDispute({ callId: 'call-2', invoiceNumbers: [] }),
    ]);
    expect(merged).toHaveLength(2);
  });

  it('joins two disputes a later record links, into the older one', () => {
    const merged = mergeDisputes([
      buildDispute({ callId: 'call-1', invoiceNumbers: ['INV-1'] }),
      buildDispute({ callId: 'call-2', openedOn: '2026-11-05', invoiceNumbers: ['INV-2'] }),
      buildDispute({
        callId: 'call-3',
        openedOn: '2026-11-09',
        invoiceNumbers: ['INV-1', 'INV-2'],
      }),
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]).toMatchObject({
      callId: 'call-1',
      openedOn: '2026-11-02',
      invoiceNumbers: ['INV-1', 'INV-2'],
    });
  });
});

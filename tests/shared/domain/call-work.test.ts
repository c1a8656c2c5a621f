import type { Closing } from '../../../shared/domain/closing';
import { workOfCall } from '../../../shared/domain/call-work';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildEndedCall, noAnswerClosing } from '../../support/builders';

const promiseCaptures = {
  'promise-to-pay': { amount: '800.00', 'pay-on': '2023-11-24', invoices: 'INV-40, INV-41' },
};

function closing(overrides: Partial<Closing>): Closing {
  return {
    outcomeId: 'promise-to-pay',
    outcomeLabel: 'Promise to pay',
    action: null,
    followUps: [],
    ...overrides,
  };
}

describe('workOfCall', () => {
  it('leaves nothing for a call that has not ended', () => {
    const call = buildEndedCall('open', 0, { endedAt: null, captures: promiseCaptures });
    expect(workOfCall(call, defaultArPlaybook)).toEqual({ promise: null, work: [] });
  });

  it('takes the promise and one follow-up for its date, about its amount and invoices', () => {
    const followUp = {
      sectionId: 'promise-to-pay',
      what: 'Confirm the promised payment has arrived',
      who: 'You',
      dueOn: '2023-11-24',
    };
    const call = buildEndedCall('promise', 0, {
      captures: promiseCaptures,
      // The headline repeats the situation's follow-up, so it is listed once.
      closing: closing({
        action: { what: followUp.what, dueOn: followUp.dueOn },
        followUps: [followUp],
      }),
    });

    const { promise, work } = workOfCall(call, defaultArPlaybook);

    expect(promise).toMatchObject({
      callId: 'promise',
      payBy: '2023-11-24',
      amountCents: 80_000,
      invoiceNumbers: ['INV-40', 'INV-41'],
    });
    expect(work).toEqual([
      { ...followUp, kind: 'promise', amountCents: 80_000, invoiceNumbers: ['INV-40', 'INV-41'] },
    ]);
  });

  it('lists a next action of its own first, about the call invoice', () => {
    const call = buildEndedCall('mixed', 0, {
      captures: { 'check-in-mail': { 'check-number': '104233', amount: '1,250.00' } },
      closing: closing({
        outcomeId: 'check-in-mail',
        outcomeLabel: 'Check in the mail',
        action: { what: 'Send the invoice copy', dueOn: '2023-11-15' },
        followUps: [
          { sectionId: 'check-in-mail', what: 'Check it arrived', who: 'You', dueOn: '2023-11-21' },
        ],
      }),
    });

    const { work } = workOfCall(call, defaultArPlaybook);

    expect(
      work.map(({ sectionId, kind, amountCents, invoiceNumbers }) => ({
        sectionId,
        kind,
        amountCents,
        invoiceNumbers,
      })),
    ).toEqual([
      { sectionId: '', kind: 'action', amountCents: 125_000, invoiceNumbers: ['INV-42'] },
      {
        sectionId: 'check-in-mail',
        kind: 'check',
        amountCents: 125_000,
        invoiceNumbers: ['INV-42'],
      },
    ]);
  });

  it.each(['no-answer', 'voicemail', 'callback-requested'])(
    'reads the next action of a %s call as a call back',
    (outcomeId) => {
      const call = buildEndedCall('again', 0, {
        closing: { ...noAnswerClosing('2023-11-15'), outcomeId },
      });
      expect(workOfCall(call, defaultArPlaybook).work).toMatchObject([
        { sectionId: '', kind: 'callback', what: 'Call again', dueOn: '2023-11-15' },
      ]);
    },
  );

  it('takes a dispute with its disputed amount, and any other situation as an action', () => {
    const call = buildEndedCall('dispute', 0, {
      captures: { dispute: { 'disputed-amount': '300', owner: 'Priya' } },
      closing: closing({
        outcomeId: 'dispute',
        outcomeLabel: 'Dispute',
        followUps: [
          { sectionId: 'dispute', what: 'Answer the dispute', who: 'Priya', dueOn: '2023-11-20' },
          { sectionId: 'hardship', what: 'Send the plan', who: 'You', dueOn: '2023-11-22' },
        ],
      }),
    });

    expect(workOfCall(call, defaultArPlaybook).work).toMatchObject([
      { kind: 'dispute', who: 'Priya', amountCents: 30_000 },
      { kind: 'action', sectionId: 'hardship' },
    ]);
  });

  it('leaves nothing to do for a call that ended without a next action', () => {
    const call = buildEndedCall('none', 0, { closing: closing({ outcomeId: 'refused' }) });
    expect(workOfCall(call, defaultArPlaybook).work).toEqual([]);
  });
});

import { addDays, format, parseISO } from 'date-fns';
import { daysBetween } from '../../../shared/domain/calendar';
import {
  ACTION_MAX_LENGTH,
  checkClosing,
  closingErrorMessages,
  closingFromStored,
  commitmentsOf,
  DEFAULT_FOLLOW_UP,
  draftOf,
  quickClosing,
  suggestClosing,
  type Closing,
  type ClosingDraft,
  type ClosingSource,
} from '../../../shared/domain/closing';
import { followUpsOf, type FollowUp } from '../../../shared/domain/follow-ups';
import type { PlaybookBranch } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildPlaybook } from '../../support/builders';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

function draft(overrides: Partial<ClosingDraft> = {}): ClosingDraft {
  return {
    outcomeId: '',
    what: '',
    dueOn: '',
    isNoActionConfirmed: false,
    followUps: [],
    ...overrides,
  };
}

const check = (overrides: Partial<ClosingDraft>) =>
  checkClosing(draft(overrides), defaultArPlaybook, TODAY);

function source(
  branchIds: readonly string[],
  captures: ClosingSource['captures'] = {},
): ClosingSource {
  return { branches: branchIds.map((branchId) => ({ branchId })), captures };
}

describe('checkClosing', () => {
  it('asks for an outcome when none is chosen', () => {
    expect(check({ what: 'Pay', dueOn: '2026-11-27' })).toEqual({
      ok: false,
      errors: { outcomeId: 'Choose how the call ended.' },
      needsNoActionConfirmation: false,
    });
  });

  it('refuses an outcome the playbook does not list', () => {
    expect(check({ outcomeId: 'lost-in-post', what: 'Pay', dueOn: '2026-11-27' })).toEqual({
      ok: false,
      errors: { outcomeId: 'Choose one of the outcomes listed.' },
      needsNoActionConfirmation: false,
    });
  });

  it('accepts an action outcome with what to do and by when', () => {
    expect(
      check({ outcomeId: 'promise-to-pay', what: 'Send $1,250 by ACH', dueOn: '2026-11-27' }),
    ).toEqual({
      ok: true,
      closing: {
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: 'Send $1,250 by ACH', dueOn: '2026-11-27' },
        followUps: [],
      },
    });
  });

  it('accepts an action due today', () => {
    expect(check({ outcomeId: 'dispute', what: 'Call back', dueOn: TODAY }).ok).toBe(true);
  });

  it('trims what to do and the due date', () => {
    const result = check({ outcomeId: 'dispute', what: '  Call back  ', dueOn: ' 2026-11-24 ' });

    expect(result.ok && result.closing.action).toEqual({ what: 'Call back', dueOn: '2026-11-24' });
  });

  it('keeps the outcome’s label with the closing', () => {
    const result = check({ outcomeId: 'hardship', what: 'Approve plan', dueOn: '2026-11-30' });

    expect(result.ok && result.closing.outcomeLabel).toBe('Hardship / payment plan');
  });

  it('asks for a due date when there is something to do but no date', () => {
    expect(check({ outcomeId: 'promise-to-pay', what: 'Send payment' })).toEqual({
      ok: false,
      errors: { dueOn: 'Add a due date, so the action can be followed up.' },
      needsNoActionConfirmation: false,
    });
  });

  it('asks what should happen when there is a date but nothing to do', () => {
    expect(check({ outcomeId: 'promise-to-pay', what: '   ', dueOn: '2026-11-27' })).toEqual({
      ok: false,
      errors: { what: 'Say what should happen by then, or clear the date.' },
      needsNoActionConfirmation: false,
    });
  });

  it('refuses a due date that has passed', () => {
    expect(check({ outcomeId: 'promise-to-pay', what: 'Pay', dueOn: '2026-11-20' })).toEqual({
      ok: false,
      errors: { dueOn: 'That date has passed. Choose today or a later date.' },
      needsNoActionConfirmation: false,
    });
  });

  it('refuses a due date that is not a real date', () => {
    expect(check({ outcomeId: 'promise-to-pay', what: 'Pay', dueOn: '2026-11-31' })).toEqual({
      ok: false,
      errors: { dueOn: 'Enter a real date.' },
      needsNoActionConfirmation: false,
    });
  });

  it('refuses an action text over the limit', () => {
    const what = 'x'.repeat(ACTION_MAX_LENGTH + 1);

    expect(check({ outcomeId: 'dispute', what, dueOn: '2026-11-27' })).toEqual({
      ok: false,
      errors: { what: `Keep this under ${ACTION_MAX_LENGTH} characters.` },
      needsNoActionConfirmation: false,
    });
  });

  it('asks to confirm there is no action when an action outcome has none', () => {
    expect(check({ outcomeId: 'refused' })).toEqual({
      ok: false,
      errors: {},
      needsNoActionConfirmation: true,
    });
  });

  it('ends without an action once the caller confirmed there is none', () => {
    expect(check({ outcomeId: 'refused', isNoActionConfirmed: true })).toEqual({
      ok: true,
      closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] },
    });
  });

  it('keeps an action that was filled in even after confirming there is none', () => {
    const result = check({
      outcomeId: 'refused',
      what: 'Pass to team lead',
      dueOn: '2026-11-24',
      isNoActionConfirmed: true,
    });

    expect(result.ok && result.closing.action).toEqual({
      what: 'Pass to team lead',
      dueOn: '2026-11-24',
    });
  });

  it.each(['no-answer', 'voicemail', 'wrong-contact'])(
    'asks when to try again after %s',
    (outcomeId) => {
      expect(check({ outcomeId })).toEqual({
        ok: false,
        errors: { dueOn: 'Choose when to try again.' },
        needsNoActionConfirmation: false,
      });
    },
  );

  it.each([
    ['no-answer', 'No answer'],
    ['voicemail', 'Voicemail'],
    ['wrong-contact', 'Wrong contact'],
  ])('needs only a date after %s, and plans to call again', (outcomeId, outcomeLabel) => {
    expect(check({ outcomeId, dueOn: '2026-11-24' })).toEqual({
      ok: true,
      closing: {
        outcomeId,
        outcomeLabel,
        action: { what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' },
        followUps: [],
      },
    });
  });

  it('plans to "Call again" by default after nobody answered', () => {
    expect(DEFAULT_FOLLOW_UP).toBe('Call again');
  });

  it('keeps what the caller wrote for a follow-up', () => {
    const result = check({ outcomeId: 'voicemail', what: 'Try the AP line', dueOn: TODAY });

    expect(result.ok && result.closing.action?.what).toBe('Try the AP line');
  });

  it('refuses a follow-up date that has passed', () => {
    expect(check({ outcomeId: 'no-answer', dueOn: '2026-11-22' })).toEqual({
      ok: false,
      errors: { dueOn: 'That date has passed. Choose today or a later date.' },
      needsNoActionConfirmation: false,
    });
  });
});

describe('draftOf', () => {
  it.each<[string, Closing]>([
    [
      'an action',
      {
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: 'Send payment', dueOn: '2026-11-27' },
        followUps: [],
      },
    ],
    ['no action', { outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] }],
    [
      'a follow-up',
      {
        outcomeId: 'voicemail',
        outcomeLabel: 'Voicemail',
        action: { what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' },
        followUps: [],
      },
    ],
    [
      'several follow-ups',
      {
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: 'Send payment', dueOn: '2026-11-27' },
        followUps: [
          { sectionId: 'dispute', what: 'Answer the dispute', who: 'Sam', dueOn: '2026-11-25' },
          { sectionId: 'promise-to-pay', what: 'Send payment', who: 'You', dueOn: '2026-11-27' },
        ],
      },
    ],
  ])('gives back a draft that checks to the same closing (%s)', (_, closing) => {
    expect(checkClosing(draftOf(closing), defaultArPlaybook, TODAY)).toEqual({ ok: true, closing });
  });

  it('fills the form from the action', () => {
    expect(
      draftOf({
        outcomeId: 'dispute',
        outcomeLabel: 'Dispute',
        action: { what: 'Call back', dueOn: '2026-11-30' },
        followUps: [],
      }),
    ).toEqual({
      outcomeId: 'dispute',
      what: 'Call back',
      dueOn: '2026-11-30',
      isNoActionConfirmed: false,
      followUps: [],
    });
  });

  it('marks a closing without an action as confirmed', () => {
    expect(
      draftOf({ outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] }),
    ).toEqual({
      outcomeId: 'refused',
      what: '',
      dueOn: '',
      isNoActionConfirmed: true,
      followUps: [],
    });
  });
});

describe('suggestClosing', () => {
  it('suggests nothing when the call went into no branch', () => {
    expect(suggestClosing(source([]), defaultArPlaybook, TODAY)).toEqual(draft());
  });

  it('suggests the outcome, action and due date of the open branch', () => {
    const call = source(['promise-to-pay'], { 'promise-to-pay': { 'pay-on': '2026-11-27' } });

    expect(suggestClosing(call, defaultArPlaybook, TODAY)).toEqual({
      outcomeId: 'promise-to-pay',
      what: 'Confirm the promised payment has arrived',
      dueOn: '2026-11-27',
      isNoActionConfirmed: false,
      followUps: [
        {
          sectionId: 'promise-to-pay',
          what: 'Confirm the promised payment has arrived',
          who: 'You',
          dueOn: '2026-11-27',
        },
      ],
    });
  });

  it('follows the latest branch the call went into', () => {
    const call = source(['dispute', 'check-in-mail'], {
      dispute: { 'answer-by': '2026-11-25' },
      'check-in-mail': { 'follow-up-by': '2026-12-01' },
    });

    expect(suggestClosing(call, defaultArPlaybook, TODAY)).toMatchObject({
      outcomeId: 'check-in-mail',
      dueOn: '2026-12-01',
    });
  });

  it('maps a branch to an outcome with another id', () => {
    expect(suggestClosing(source(['already-paid']), defaultArPlaybook, TODAY)).toEqual({
      outcomeId: 'paid-already',
      what: 'Find the payment and confirm it is applied',
      dueOn: '',
      isNoActionConfirmed: false,
      followUps: [],
    });
  });

  it('leaves the due date empty when the branch’s date was not captured', () => {
    expect(suggestClosing(source(['hardship']), defaultArPlaybook, TODAY).dueOn).toBe('');
  });

  it('ignores a captured date that has passed', () => {
    const call = source(['promise-to-pay'], { 'promise-to-pay': { 'pay-on': '2026-11-20' } });

    expect(suggestClosing(call, defaultArPlaybook, TODAY).dueOn).toBe('');
  });

  it('ignores a captured value that is not a date', () => {
    const call = source(['promise-to-pay'], { 'promise-to-pay': { 'pay-on': 'Friday' } });

    expect(suggestClosing(call, defaultArPlaybook, TODAY).dueOn).toBe('');
  });

  it('takes a captured date of today', () => {
    const call = source(['dispute'], { dispute: { 'answer-by': ` ${TODAY} ` } });

    expect(suggestClosing(call, defaultArPlaybook, TODAY).dueOn).toBe(TODAY);
  });

  it('suggests nothing for a branch the playbook does not have', () => {
    expect(suggestClosing(source(['retired-branch']), defaultArPlaybook, TODAY)).toEqual(draft());
  });

  it('gives a suggestion that passes the check once dated', () => {
    const call = source(['promise-to-pay'], { 'promise-to-pay': { 'pay-on': '2026-11-27' } });

    expect(
      checkClosing(suggestClosing(call, defaultArPlaybook, TODAY), defaultArPlaybook, TODAY),
    ).toMatchObject({ ok: true });
  });
});

const section = { phrases: [], questions: [], donts: [], prompt: 'Do it.', why: 'Because.' };

function branch(overrides: Partial<PlaybookBranch> & Pick<PlaybookBranch, 'id' | 'key'>) {
  return { ...section, title: overrides.id, fields: [], outcome: 'other', ...overrides };
}

/** A playbook with the situations and outcomes of a partial dispute, in words of its own. */
const playbook = buildPlaybook({
  branches: [
    branch({
      id: 'dispute',
      key: 'D',
      outcome: 'disputed',
      fields: [
        { id: 'owner', label: 'Owner', type: 'text' },
        { id: 'answer-by', label: 'Answer by', type: 'date', allow: 'future' },
      ],
      action: { what: 'Answer the dispute', dueField: 'answer-by', whoField: 'owner' },
    }),
    branch({
      id: 'promise',
      key: 'P',
      outcome: 'promised',
      fields: [{ id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' }],
      action: { what: 'See the payment arrived', dueField: 'pay-on' },
    }),
    branch({
      id: 'wrong',
      key: 'W',
      outcome: 'wrong-contact',
      fields: [
        { id: 'right-contact', label: 'Right contact', type: 'text' },
        { id: 'reach-at', label: 'Phone or e-mail', type: 'text' },
      ],
      action: { what: 'Call the right person' },
    }),
  ],
  outcomes: [
    { id: 'promised', label: 'Promised', kind: 'action' },
    { id: 'disputed', label: 'Disputed', kind: 'action' },
    { id: 'no-answer', label: 'Nobody there', kind: 'follow-up', key: 'N' },
    { id: 'voicemail', label: 'Left a message', kind: 'follow-up', key: 'V' },
    { id: 'wrong-contact', label: 'Wrong person', kind: 'follow-up', key: 'X' },
  ],
});

const disputeFollowUp: FollowUp = {
  sectionId: 'dispute',
  what: 'Answer the dispute',
  who: 'Sam in Sales',
  dueOn: '2026-11-25',
};
const promiseFollowUp: FollowUp = {
  sectionId: 'promise',
  what: 'See the payment arrived',
  who: 'You',
  dueOn: '2026-11-27',
};

/** A dispute on part of the invoice, and a promise to pay the rest. */
const partialDispute = source(['dispute', 'promise'], {
  dispute: { owner: 'Sam in Sales', 'answer-by': '2026-11-25' },
  promise: { 'pay-on': '2026-11-27' },
});

const checkWith = (overrides: Partial<ClosingDraft>) =>
  checkClosing(draft(overrides), playbook, TODAY);

describe('checkClosing with follow-ups', () => {
  it('keeps every follow-up next to the headline', () => {
    const result = checkWith({
      outcomeId: 'promised',
      what: 'See the payment arrived',
      dueOn: '2026-11-27',
      followUps: [disputeFollowUp, promiseFollowUp],
    });

    expect(result).toEqual({
      ok: true,
      closing: {
        outcomeId: 'promised',
        outcomeLabel: 'Promised',
        action: { what: 'See the payment arrived', dueOn: '2026-11-27' },
        followUps: [disputeFollowUp, promiseFollowUp],
      },
    });
  });

  it('makes the earliest follow-up the headline when the next action is left blank', () => {
    const result = checkWith({
      outcomeId: 'promised',
      followUps: [promiseFollowUp, disputeFollowUp],
    });

    expect(result.ok && result.closing.action).toEqual({
      what: 'Answer the dispute',
      dueOn: '2026-11-25',
    });
  });

  it('does not ask to confirm there is no action when follow-ups are left', () => {
    const result = checkWith({ outcomeId: 'promised', followUps: [promiseFollowUp] });

    expect(result.ok).toBe(true);
  });

  it('keeps the follow-ups of a call that ended with nobody reached', () => {
    const result = checkWith({
      outcomeId: 'voicemail',
      dueOn: '2026-11-24',
      followUps: [promiseFollowUp],
    });

    expect(result.ok && result.closing).toEqual({
      outcomeId: 'voicemail',
      outcomeLabel: 'Left a message',
      action: { what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' },
      followUps: [promiseFollowUp],
    });
  });

  it('refuses a follow-up whose date was cleared, saying which one', () => {
    expect(
      checkWith({
        outcomeId: 'promised',
        what: 'See the payment arrived',
        dueOn: '2026-11-27',
        followUps: [{ ...disputeFollowUp, dueOn: '' }, promiseFollowUp],
      }),
    ).toEqual({
      ok: false,
      errors: { followUps: { dispute: { dueOn: 'Choose a date, or remove this follow-up.' } } },
      needsNoActionConfirmation: false,
    });
  });

  it('reports the headline’s problems and the follow-ups’ together', () => {
    const result = checkWith({
      outcomeId: 'promised',
      what: 'Pay',
      dueOn: '2026-11-20',
      followUps: [{ ...promiseFollowUp, what: '' }],
    });

    expect(result).toEqual({
      ok: false,
      errors: {
        dueOn: 'That date has passed. Choose today or a later date.',
        followUps: { promise: { what: 'Say what should happen.' } },
      },
      needsNoActionConfirmation: false,
    });
  });

  it('asks for the outcome first, before looking at anything else', () => {
    expect(checkWith({ followUps: [{ ...promiseFollowUp, dueOn: 'soon' }] })).toEqual({
      ok: false,
      errors: { outcomeId: 'Choose how the call ended.' },
      needsNoActionConfirmation: false,
    });
  });
});

describe('closingErrorMessages', () => {
  it('lists the wrap-up’s own fields in form order, then each follow-up’s problems', () => {
    expect(
      closingErrorMessages({
        dueOn: 'Date problem.',
        what: 'Words problem.',
        followUps: {
          dispute: { dueOn: 'Dispute date.', what: 'Dispute words.' },
          promise: { sectionId: 'Unknown.' },
        },
      }),
    ).toEqual(['Words problem.', 'Date problem.', 'Dispute words.', 'Dispute date.', 'Unknown.']);
  });

  it('is empty when nothing is wrong', () => {
    expect(closingErrorMessages({})).toEqual([]);
  });
});

describe('closingFromStored', () => {
  it('reads a closing stored before follow-ups existed as having none', () => {
    expect(
      closingFromStored({
        outcomeId: 'promised',
        outcomeLabel: 'Promised',
        action: { what: 'See it', dueOn: '2026-11-27' },
      }),
    ).toEqual({
      outcomeId: 'promised',
      outcomeLabel: 'Promised',
      action: { what: 'See it', dueOn: '2026-11-27' },
      followUps: [],
    });
  });

  it('keeps the follow-ups of a closing stored with them', () => {
    const closing: Closing = {
      outcomeId: 'promised',
      outcomeLabel: 'Promised',
      action: null,
      followUps: [promiseFollowUp],
    };

    expect(closingFromStored(closing)).toEqual(closing);
  });
});

describe('draftOf with follow-ups', () => {
  it('reads a closing sent without follow-ups as having none', () => {
    expect(
      draftOf({ outcomeId: 'voicemail', outcomeLabel: 'Voicemail', action: null }).followUps,
    ).toEqual([]);
  });

  it('gives back each follow-up as a row of the form', () => {
    const closing: Closing = {
      outcomeId: 'promised',
      outcomeLabel: 'Promised',
      action: { what: 'See the payment arrived', dueOn: '2026-11-27' },
      followUps: [disputeFollowUp, promiseFollowUp],
    };

    expect(draftOf(closing).followUps).toEqual([disputeFollowUp, promiseFollowUp]);
    expect(checkClosing(draftOf(closing), playbook, TODAY)).toEqual({ ok: true, closing });
  });
});

describe('suggestClosing with several situations', () => {
  it('keeps both dates of a partial dispute: the headline from the promise, both listed', () => {
    expect(suggestClosing(partialDispute, playbook, TODAY)).toEqual({
      outcomeId: 'promised',
      what: 'See the payment arrived',
      dueOn: '2026-11-27',
      isNoActionConfirmed: false,
      followUps: [disputeFollowUp, promiseFollowUp],
    });
  });

  it('lists the follow-ups even when the latest situation suggests nothing', () => {
    const call = source(['retired'], { promise: { 'pay-on': '2026-11-27' } });

    expect(suggestClosing(call, playbook, TODAY)).toEqual(draft({ followUps: [promiseFollowUp] }));
  });

  it('gives a suggestion that ends the call as it stands', () => {
    const result = checkClosing(suggestClosing(partialDispute, playbook, TODAY), playbook, TODAY);

    expect(result.ok && result.closing.followUps).toEqual([disputeFollowUp, promiseFollowUp]);
  });
});

describe('quickClosing', () => {
  it('ends a call nobody answered to call again the next business day', () => {
    expect(quickClosing('no-answer', playbook, source([]), TODAY)).toEqual({
      outcomeId: 'no-answer',
      outcomeLabel: 'Nobody there',
      action: { what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' },
      followUps: [],
    });
  });

  it.each([
    ['Friday', '2026-11-27'],
    ['Saturday', '2026-11-28'],
    ['Sunday', '2026-11-29'],
  ])('tries again on Monday after a %s', (_, today) => {
    expect(quickClosing('voicemail', playbook, source([]), today)?.action?.dueOn).toBe(
      '2026-11-30',
    );
  });

  it('keeps every follow-up the call’s situations hold', () => {
    const closing = quickClosing('voicemail', playbook, partialDispute, TODAY);

    expect(closing?.followUps).toEqual([disputeFollowUp, promiseFollowUp]);
    expect(closing?.action).toEqual({ what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' });
  });

  it('says whom to call and how after reaching the wrong person', () => {
    const call = source(['wrong'], {
      wrong: { 'right-contact': ' Dana Reyes ', 'reach-at': '555-0142' },
    });

    expect(quickClosing('wrong-contact', playbook, call, TODAY)?.action?.what).toBe(
      'Call Dana Reyes at 555-0142',
    );
  });

  it('says whom to call when only the name was captured', () => {
    const call = source([], { wrong: { 'right-contact': 'Dana Reyes', 'reach-at': '  ' } });

    expect(quickClosing('wrong-contact', playbook, call, TODAY)?.action?.what).toBe(
      'Call Dana Reyes',
    );
  });

  it('calls again when the right contact was not captured', () => {
    const call = source(['wrong'], { wrong: { 'reach-at': '555-0142' } });

    expect(quickClosing('wrong-contact', playbook, call, TODAY)?.action?.what).toBe(
      DEFAULT_FOLLOW_UP,
    );
  });

  it('names the right contact only after reaching the wrong one', () => {
    const call = source(['wrong'], { wrong: { 'right-contact': 'Dana Reyes' } });

    expect(quickClosing('voicemail', playbook, call, TODAY)?.action?.what).toBe(DEFAULT_FOLLOW_UP);
  });

  it('cuts a very long contact so the closing still passes', () => {
    const call = source(['wrong'], {
      wrong: { 'right-contact': 'D'.repeat(2_000), 'reach-at': '5'.repeat(2_000) },
    });

    const closing = quickClosing('wrong-contact', playbook, call, TODAY)!;

    expect(closing.action?.what).toHaveLength(ACTION_MAX_LENGTH);
    expect(checkClosing(draftOf(closing), playbook, TODAY)).toEqual({ ok: true, closing });
  });

  it.each(['promised', 'retired'])('gives nothing for %s, which is no follow-up outcome', (id) => {
    expect(quickClosing(id, playbook, partialDispute, TODAY)).toBeNull();
  });

  it('gives a closing main accepts, on every day of a fortnight', () => {
    for (let day = 0; day < 14; day += 1) {
      const date = format(addDays(parseISO(TODAY), day), 'yyyy-MM-dd');
      for (const outcomeId of ['no-answer', 'voicemail', 'wrong-contact']) {
        const closing = quickClosing(outcomeId, playbook, partialDispute, date)!;

        expect(checkClosing(draftOf(closing), playbook, date)).toEqual({ ok: true, closing });
        const wait = daysBetween(date, closing.action!.dueOn);
        expect(wait).toBeGreaterThanOrEqual(1);
        expect(wait).toBeLessThanOrEqual(3);
        expect(closing.followUps).toEqual(followUpsOf(partialDispute, playbook, date));
      }
    }
  });
});

describe('commitmentsOf', () => {
  const closing = (action: Closing['action'], followUps: readonly FollowUp[]): Closing => ({
    outcomeId: 'promised',
    outcomeLabel: 'Promised',
    action,
    followUps,
  });

  it('marks the follow-up the headline repeats', () => {
    expect(
      commitmentsOf(
        closing({ what: 'See the payment arrived', dueOn: '2026-11-27' }, [
          disputeFollowUp,
          promiseFollowUp,
        ]),
      ),
    ).toEqual([
      { ...disputeFollowUp, isHeadline: false },
      { ...promiseFollowUp, isHeadline: true },
    ]);
  });

  it('puts a headline that repeats no follow-up first, done by the caller', () => {
    expect(
      commitmentsOf(closing({ what: 'Call again', dueOn: '2026-11-24' }, [promiseFollowUp])),
    ).toEqual([
      { sectionId: null, what: 'Call again', who: 'You', dueOn: '2026-11-24', isHeadline: true },
      { ...promiseFollowUp, isHeadline: false },
    ]);
  });

  it('does not take a follow-up with the same words but another date for the headline', () => {
    const list = commitmentsOf(
      closing({ what: 'See the payment arrived', dueOn: '2026-11-30' }, [promiseFollowUp]),
    );

    expect(list.map((commitment) => commitment.isHeadline)).toEqual([true, false]);
  });

  it('lists nothing for a call that ended without an action', () => {
    expect(commitmentsOf(closing(null, []))).toEqual([]);
  });

  it('lists only the headline of a closing stored before follow-ups existed', () => {
    const stored = closingFromStored({
      outcomeId: 'no-answer',
      outcomeLabel: 'No answer',
      action: { what: 'Call again', dueOn: '2026-11-24' },
    });

    expect(commitmentsOf(stored)).toEqual([
      { sectionId: null, what: 'Call again', who: 'You', dueOn: '2026-11-24', isHeadline: true },
    ]);
  });
});

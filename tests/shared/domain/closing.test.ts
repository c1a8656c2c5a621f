import {
  ACTION_MAX_LENGTH,
  checkClosing,
  DEFAULT_FOLLOW_UP,
  draftOf,
  suggestClosing,
  type Closing,
  type ClosingDraft,
  type ClosingSource,
} from '../../../shared/domain/closing';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

function draft(overrides: Partial<ClosingDraft> = {}): ClosingDraft {
  return { outcomeId: '', what: '', dueOn: '', isNoActionConfirmed: false, ...overrides };
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
      closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null },
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
      },
    ],
    ['no action', { outcomeId: 'refused', outcomeLabel: 'Refused', action: null }],
    [
      'a follow-up',
      {
        outcomeId: 'voicemail',
        outcomeLabel: 'Voicemail',
        action: { what: DEFAULT_FOLLOW_UP, dueOn: '2026-11-24' },
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
      }),
    ).toEqual({
      outcomeId: 'dispute',
      what: 'Call back',
      dueOn: '2026-11-30',
      isNoActionConfirmed: false,
    });
  });

  it('marks a closing without an action as confirmed', () => {
    expect(draftOf({ outcomeId: 'refused', outcomeLabel: 'Refused', action: null })).toEqual({
      outcomeId: 'refused',
      what: '',
      dueOn: '',
      isNoActionConfirmed: true,
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

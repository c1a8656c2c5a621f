import { addBusinessDaysTo } from '../../../shared/domain/calendar';
import {
  checkFollowUps,
  clipText,
  earliestFollowUp,
  FOLLOW_UP_BY_CALLER,
  FOLLOW_UP_WHAT_MAX_LENGTH,
  FOLLOW_UP_WHO_MAX_LENGTH,
  followUpDrafts,
  followUpsOf,
  situationsWorkedIn,
  type FollowUp,
  type FollowUpDraft,
  type FollowUpSource,
} from '../../../shared/domain/follow-ups';
import type { PlaybookBranch } from '../../../shared/domain/playbook';
import { buildPlaybook } from '../../support/builders';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';

const section = { phrases: [], questions: [], donts: [], prompt: 'Do it.', why: 'Because.' };

function branch(overrides: Partial<PlaybookBranch> & Pick<PlaybookBranch, 'id' | 'key'>) {
  return { ...section, title: overrides.id, fields: [], outcome: 'other', ...overrides };
}

/** Situations shaped like the default playbook's, in words of their own. */
const playbook = buildPlaybook({
  branches: [
    branch({
      id: 'dispute',
      key: 'D',
      fields: [
        { id: 'reason', label: 'Reason', type: 'text' },
        { id: 'owner', label: 'Owner', type: 'text' },
        { id: 'answer-by', label: 'Answer by', type: 'date', allow: 'future' },
      ],
      action: { what: 'Answer the dispute', dueField: 'answer-by', whoField: 'owner' },
    }),
    branch({
      id: 'promise',
      key: 'P',
      fields: [{ id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' }],
      action: { what: 'See the payment arrived', dueField: 'pay-on' },
    }),
    branch({
      id: 'mailed',
      key: 'M',
      fields: [
        { id: 'mailed-on', label: 'Mailed on', type: 'date', allow: 'past' },
        { id: 'follow-up-by', label: 'Follow up by', type: 'date', notBefore: 'mailed-on' },
      ],
      action: { what: 'See the check arrived', dueField: 'follow-up-by' },
    }),
    branch({
      id: 'resend',
      key: 'R',
      fields: [{ id: 'resent-to', label: 'Resent to', type: 'text' }],
      action: { what: 'Confirm the copy arrived' },
    }),
    branch({
      id: 'aside',
      key: 'O',
      fields: [{ id: 'when', label: 'When', type: 'date' }],
    }),
    branch({
      id: 'pointed',
      key: 'Q',
      fields: [{ id: 'note', label: 'Note', type: 'text' }],
      // A due field that is not a date field: nothing to read a date from.
      action: { what: 'Do the thing', dueField: 'note' },
    }),
  ],
});

function source(
  branchIds: readonly string[],
  captures: FollowUpSource['captures'] = {},
): FollowUpSource {
  return { branches: branchIds.map((branchId) => ({ branchId })), captures };
}

const partialDispute = source(['dispute', 'promise'], {
  dispute: { reason: 'Two pallets short', owner: 'Sam in Sales', 'answer-by': '2026-11-25' },
  promise: { 'pay-on': '2026-11-27' },
});

describe('followUpsOf', () => {
  it('keeps both dates of a partial dispute with a promise on the rest', () => {
    expect(followUpsOf(partialDispute, playbook, TODAY)).toEqual([
      {
        sectionId: 'dispute',
        what: 'Answer the dispute',
        who: 'Sam in Sales',
        dueOn: '2026-11-25',
      },
      { sectionId: 'promise', what: 'See the payment arrived', who: 'You', dueOn: '2026-11-27' },
    ]);
  });

  it('gives none for a call that went into no situation', () => {
    expect(followUpsOf(source([]), playbook, TODAY)).toEqual([]);
  });

  it('gives none for a situation opened but left empty', () => {
    expect(
      followUpsOf(source(['promise'], { promise: { 'pay-on': ' ' } }), playbook, TODAY),
    ).toEqual([]);
  });

  it('keeps the follow-up of a situation closed again during the call', () => {
    const call = source([], { promise: { 'pay-on': '2026-11-27' } });

    expect(followUpsOf(call, playbook, TODAY)).toEqual([
      { sectionId: 'promise', what: 'See the payment arrived', who: 'You', dueOn: '2026-11-27' },
    ]);
  });

  it('lists situations closed again first, then the open ones in the order they were opened', () => {
    const call = source(['mailed', 'promise'], {
      promise: { 'pay-on': '2026-11-27' },
      dispute: { 'answer-by': '2026-11-30' },
      mailed: { 'follow-up-by': '2026-12-01' },
    });

    expect(followUpsOf(call, playbook, TODAY).map((followUp) => followUp.sectionId)).toEqual([
      'dispute',
      'mailed',
      'promise',
    ]);
  });

  it('takes a date of today', () => {
    const call = source(['promise'], { promise: { 'pay-on': ` ${TODAY} ` } });

    expect(followUpsOf(call, playbook, TODAY)[0]?.dueOn).toBe(TODAY);
  });

  it.each([
    ['a date that has passed', '2026-11-20'],
    ['a date that does not exist', '2026-11-31'],
    ['words instead of a date', 'Friday'],
  ])('gives none for %s', (_, value) => {
    const call = source(['promise'], { promise: { 'pay-on': value } });

    expect(followUpsOf(call, playbook, TODAY)).toEqual([]);
  });

  it('gives none for a date its own field refuses (a follow-up before the mailing)', () => {
    const call = source(['mailed'], {
      mailed: { 'mailed-on': TODAY, 'follow-up-by': '2026-11-23' },
    });
    const early = source(['mailed'], {
      mailed: { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-11-19' },
    });

    expect(followUpsOf(call, playbook, TODAY)).toHaveLength(1);
    expect(followUpsOf(early, playbook, TODAY)).toEqual([]);
  });

  it('gives none for a situation without a due field, or without an action', () => {
    const call = source(['resend', 'aside'], {
      resend: { 'resent-to': 'ap@example.test' },
      aside: { when: '2026-11-27' },
    });

    expect(followUpsOf(call, playbook, TODAY)).toEqual([]);
  });

  it('gives none when the due field is not a date field', () => {
    const call = source(['pointed'], { pointed: { note: '2026-11-27' } });

    expect(followUpsOf(call, playbook, TODAY)).toEqual([]);
  });

  it('ignores a situation the playbook does not have, and a step’s form', () => {
    const call = source(['retired'], {
      retired: { 'pay-on': '2026-11-27' },
      first: { 'pay-on': '2026-11-27' },
    });

    expect(followUpsOf(call, playbook, TODAY)).toEqual([]);
  });

  it('names the caller when the who-field is empty', () => {
    const call = source(['dispute'], { dispute: { owner: '  ', 'answer-by': '2026-11-25' } });

    expect(followUpsOf(call, playbook, TODAY)[0]?.who).toBe(FOLLOW_UP_BY_CALLER);
  });

  it('reads a who spread over lines as one line', () => {
    const call = source(['dispute'], {
      dispute: { owner: ' Sam\n  in Sales ', 'answer-by': '2026-11-25' },
    });

    expect(followUpsOf(call, playbook, TODAY)[0]?.who).toBe('Sam in Sales');
  });

  it('cuts a who longer than a follow-up may hold, so the closing still passes', () => {
    const call = source(['dispute'], {
      dispute: { owner: 'x'.repeat(2_000), 'answer-by': '2026-11-25' },
    });

    const [followUp] = followUpsOf(call, playbook, TODAY);

    expect(followUp?.who).toHaveLength(FOLLOW_UP_WHO_MAX_LENGTH);
    expect(followUp?.who.endsWith('…')).toBe(true);
    expect(checkFollowUps(followUpDrafts([followUp!]), playbook, TODAY).ok).toBe(true);
  });

  it('gives follow-ups that always pass the check, whatever dates were captured', () => {
    const dates = ['2026-11-20', TODAY, '2026-11-24', '2026-11-31', '2027-12-01', 'soon', ''];
    for (const answerBy of dates) {
      for (const payOn of dates) {
        const call = source(['dispute', 'promise'], {
          dispute: { owner: 'Sam', 'answer-by': answerBy },
          promise: { 'pay-on': payOn },
        });
        const followUps = followUpsOf(call, playbook, TODAY);

        expect(checkFollowUps(followUpDrafts(followUps), playbook, TODAY)).toEqual({
          ok: true,
          followUps,
        });
      }
    }
  });
});

describe('situationsWorkedIn', () => {
  it('leaves out situations where nothing was written down', () => {
    const call = source(['dispute', 'promise'], { promise: { 'pay-on': TODAY } });

    expect(situationsWorkedIn(call, playbook).map((worked) => worked.id)).toEqual(['promise']);
  });
});

function draft(overrides: Partial<FollowUpDraft> = {}): FollowUpDraft {
  return { sectionId: 'promise', what: 'See it arrived', who: 'You', dueOn: TODAY, ...overrides };
}

describe('checkFollowUps', () => {
  it('accepts none', () => {
    expect(checkFollowUps([], playbook, TODAY)).toEqual({ ok: true, followUps: [] });
  });

  it('gives back the follow-ups trimmed, in the order given', () => {
    const drafts = [
      draft({ sectionId: 'promise', what: '  See it arrived ', dueOn: ' 2026-11-27 ' }),
      draft({ sectionId: 'dispute', who: ' Sam ', dueOn: '2026-11-24' }),
    ];

    expect(checkFollowUps(drafts, playbook, TODAY)).toEqual({
      ok: true,
      followUps: [
        { sectionId: 'promise', what: 'See it arrived', who: 'You', dueOn: '2026-11-27' },
        { sectionId: 'dispute', what: 'See it arrived', who: 'Sam', dueOn: '2026-11-24' },
      ],
    });
  });

  it('names the caller when nobody is named', () => {
    const result = checkFollowUps([draft({ who: '   ' })], playbook, TODAY);

    expect(result.ok && result.followUps[0]?.who).toBe('You');
  });

  it('accepts words and a who exactly at their limits', () => {
    const drafts = [
      draft({
        what: 'w'.repeat(FOLLOW_UP_WHAT_MAX_LENGTH),
        who: 'p'.repeat(FOLLOW_UP_WHO_MAX_LENGTH),
      }),
    ];

    expect(checkFollowUps(drafts, playbook, TODAY).ok).toBe(true);
  });

  it.each<[string, Partial<FollowUpDraft>, Record<string, string>]>([
    ['no words', { what: '  ' }, { what: 'Say what should happen.' }],
    [
      'words over the limit',
      { what: 'w'.repeat(FOLLOW_UP_WHAT_MAX_LENGTH + 1) },
      { what: `Keep this under ${FOLLOW_UP_WHAT_MAX_LENGTH} characters.` },
    ],
    [
      'a who over the limit',
      { who: 'p'.repeat(FOLLOW_UP_WHO_MAX_LENGTH + 1) },
      { who: `Keep this under ${FOLLOW_UP_WHO_MAX_LENGTH} characters.` },
    ],
    ['no date', { dueOn: ' ' }, { dueOn: 'Choose a date, or remove this follow-up.' }],
    ['a date that does not exist', { dueOn: '2026-02-30' }, { dueOn: 'Enter a real date.' }],
    ['a date in another format', { dueOn: '11/27/2026' }, { dueOn: 'Enter a real date.' }],
    [
      'a date that has passed',
      { dueOn: '2026-11-22' },
      { dueOn: 'That date has passed. Choose today or a later date.' },
    ],
  ])('refuses a follow-up with %s', (_, overrides, errors) => {
    expect(checkFollowUps([draft(overrides)], playbook, TODAY)).toEqual({
      ok: false,
      errors: { promise: errors },
    });
  });

  it('refuses a situation the playbook does not have, or a step', () => {
    expect(
      checkFollowUps(
        [draft({ sectionId: 'retired' }), draft({ sectionId: 'first' })],
        playbook,
        TODAY,
      ),
    ).toEqual({
      ok: false,
      errors: {
        retired: { sectionId: 'That situation is not in this playbook.' },
        first: { sectionId: 'That situation is not in this playbook.' },
      },
    });
  });

  it('refuses a second follow-up for the same situation', () => {
    expect(checkFollowUps([draft(), draft({ dueOn: '2026-11-30' })], playbook, TODAY)).toEqual({
      ok: false,
      errors: { promise: { sectionId: 'That situation already has a follow-up.' } },
    });
  });

  it('keeps an id such as __proto__ as a plain key of the errors', () => {
    const result = checkFollowUps([draft({ sectionId: '__proto__' })], playbook, TODAY);

    expect(result.ok).toBe(false);
    expect(!result.ok && Object.keys(result.errors)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(result.ok ? null : result.errors)).toBe(Object.prototype);
  });

  it('reports every follow-up in error, not only the first', () => {
    const result = checkFollowUps(
      [draft({ dueOn: '' }), draft({ sectionId: 'dispute', what: '' })],
      playbook,
      TODAY,
    );

    expect(!result.ok && Object.keys(result.errors)).toEqual(['promise', 'dispute']);
  });
});

describe('earliestFollowUp', () => {
  const followUp = (sectionId: string, dueOn: string): FollowUp => ({
    sectionId,
    what: sectionId,
    who: 'You',
    dueOn,
  });

  it('is undefined for none', () => {
    expect(earliestFollowUp([])).toBeUndefined();
  });

  it('picks the earliest date, across months and years', () => {
    const list = [
      followUp('a', '2027-01-04'),
      followUp('b', '2026-12-31'),
      followUp('c', '2026-11-30'),
    ];

    expect(earliestFollowUp(list)?.sectionId).toBe('c');
  });

  it('picks the first listed of those due the same day', () => {
    const list = [followUp('a', '2026-11-30'), followUp('b', '2026-11-30')];

    expect(earliestFollowUp(list)?.sectionId).toBe('a');
  });
});

describe('clipText', () => {
  it('leaves text within the limit as it is', () => {
    expect(clipText('Call Dana', 9)).toBe('Call Dana');
  });

  it('cuts longer text to the limit, ending in an ellipsis', () => {
    expect(clipText('Call Dana Reyes', 9)).toBe('Call Dan…');
  });

  it('never cuts a character in half', () => {
    expect(clipText('📞📞📞', 2)).toBe('📞…');
  });
});

describe('the next business day', () => {
  it.each([
    ['Monday', '2026-11-23', '2026-11-24'],
    ['Friday', '2026-11-27', '2026-11-30'],
    ['Saturday', '2026-11-28', '2026-11-30'],
    ['Sunday', '2026-11-29', '2026-11-30'],
  ])('after a %s is a weekday', (_, today, next) => {
    expect(addBusinessDaysTo(today, 1)).toBe(next);
  });
});

import { formatIsoDate } from '../../../shared/domain/calendar';
import {
  CAPTURE_VALUE_MAX_LENGTH,
  checkField,
  fieldsInError,
  followingDefaults,
  formatCapturedValue,
  hasCapturedValues,
  normalizeDigitsEntry,
  otherDetailKey,
  type CaptureValues,
  type FieldContext,
} from '../../../shared/domain/capture';
import {
  findBranch,
  type CaptureField,
  type NumberFieldSpec,
  type PlaybookBranch,
} from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';

/** The caller's today in these tests: Monday 23 November 2026. */
const TODAY = '2026-11-23';
const OWED = 125_000;

const BRANCH_IDS = [
  'check-in-mail',
  'promise-to-pay',
  'dispute',
  'invoice-not-received',
  'already-paid',
  'hardship',
] as const;
type BranchId = (typeof BRANCH_IDS)[number];

function branch(branchId: BranchId): PlaybookBranch {
  const found = findBranch(defaultArPlaybook, branchId);
  if (!found) throw new Error(`The default playbook has no ${branchId} branch`);
  return found;
}

function field(branchId: BranchId, fieldId: string): CaptureField {
  const found = branch(branchId).fields.find((candidate) => candidate.id === fieldId);
  if (!found) throw new Error(`${branchId} has no ${fieldId} field`);
  return found;
}

function context(
  branchId: BranchId,
  values: CaptureValues = {},
  amountDueCents: number | null = OWED,
): FieldContext {
  return { today: TODAY, amountDueCents, section: branch(branchId), values };
}

/** Checks one value of a default-playbook field as the call view would. */
function check(
  branchId: BranchId,
  fieldId: string,
  value: string,
  values: CaptureValues = {},
  amountDueCents: number | null = OWED,
) {
  return checkField(field(branchId, fieldId), value, context(branchId, values, amountDueCents));
}

const error = (message: string) => ({ level: 'error', message });
const warning = (message: string) => ({ level: 'warning', message });

const everyField = BRANCH_IDS.flatMap((branchId) =>
  branch(branchId).fields.map((spec) => ({ branchId, fieldId: spec.id })),
);

describe('checkField', () => {
  describe('on any field', () => {
    it.each(everyField)('accepts $branchId/$fieldId left empty', ({ branchId, fieldId }) => {
      expect(check(branchId, fieldId, '')).toBeNull();
    });

    it.each(everyField)('accepts $branchId/$fieldId left blank', ({ branchId, fieldId }) => {
      expect(check(branchId, fieldId, '  \t ')).toBeNull();
    });

    it('refuses a value over the length cap', () => {
      expect(check('dispute', 'documents', 'x'.repeat(CAPTURE_VALUE_MAX_LENGTH + 1))).toEqual(
        error('Keep this under 2,000 characters.'),
      );
    });

    it('accepts a value exactly at the length cap', () => {
      expect(check('dispute', 'documents', 'x'.repeat(CAPTURE_VALUE_MAX_LENGTH))).toBeNull();
    });

    it('measures the length after trimming', () => {
      const padded = `  ${'x'.repeat(CAPTURE_VALUE_MAX_LENGTH)}  `;

      expect(check('hardship', 'plan', padded)).toBeNull();
    });

    it('applies the length cap before the type’s own rules', () => {
      expect(check('check-in-mail', 'check-number', '1'.repeat(2_001))).toEqual(
        error('Keep this under 2,000 characters.'),
      );
    });
  });

  describe('on a text field', () => {
    it('accepts digits in a digits-only field (check number)', () => {
      expect(check('check-in-mail', 'check-number', '104522')).toBeNull();
    });

    it('accepts digits with spaces around them', () => {
      expect(check('check-in-mail', 'check-number', ' 104522 ')).toBeNull();
    });

    it.each(['10-4522', '#104522', '1045 22', 'No. 104 522', '10/45.22', '1.5'])(
      'accepts %j in a digits-only field, whose separators the input takes out',
      (value) => {
        expect(check('check-in-mail', 'check-number', value)).toBeNull();
      },
    );

    it.each(['ck104522', '104522a', 'ck-104522', '#', '--', 'No.', '10,4522', '+104522'])(
      'refuses %j in a digits-only field',
      (value) => {
        expect(check('check-in-mail', 'check-number', value)).toEqual(
          error('Use digits only, for example 104522.'),
        );
      },
    );

    it.each([
      ['check-in-mail', 'tracking', '1Z 999 AA1 0123'],
      ['check-in-mail', 'invoices', 'INV-42, INV-43'],
      ['dispute', 'owner', 'Pat in billing'],
      ['invoice-not-received', 'confirmed-address', 'ap@acme.example'],
      ['already-paid', 'reference', 'ACH-7781/B'],
      ['hardship', 'plan', '$500 now,\n$250 a month'],
    ] as const)('accepts any text in %s/%s', (branchId, fieldId, value) => {
      expect(check(branchId, fieldId, value)).toBeNull();
    });
  });

  describe('on a date field', () => {
    it.each(['2026-11-31', '2026-2-3', 'Friday', '11/20/2026'])('refuses %j', (value) => {
      expect(check('check-in-mail', 'mailed-on', value)).toEqual(error('Enter a real date.'));
    });

    it.each([
      ['check-in-mail', 'mailed-on'],
      ['invoice-not-received', 'resent-on'],
      ['already-paid', 'paid-on'],
    ] as const)('refuses a future date in %s/%s, which can only have happened', (b, f) => {
      expect(check(b, f, '2026-11-24')).toEqual(
        error('That date is still to come. It can only be today or earlier.'),
      );
    });

    it.each([
      ['check-in-mail', 'mailed-on'],
      ['invoice-not-received', 'resent-on'],
      ['already-paid', 'paid-on'],
    ] as const)('accepts today and earlier days in %s/%s', (b, f) => {
      expect(check(b, f, TODAY)).toBeNull();
      expect(check(b, f, '2026-11-16')).toBeNull();
    });

    it.each([
      ['promise-to-pay', 'pay-on'],
      ['dispute', 'answer-by'],
      ['hardship', 'first-payment-on'],
    ] as const)('refuses a past date in %s/%s, which is still to come', (b, f) => {
      expect(check(b, f, '2026-11-22')).toEqual(
        error('That date has passed. Choose today or a later date.'),
      );
    });

    it.each([
      ['promise-to-pay', 'pay-on'],
      ['dispute', 'answer-by'],
      ['hardship', 'first-payment-on'],
    ] as const)('accepts today and later days in %s/%s', (b, f) => {
      expect(check(b, f, TODAY)).toBeNull();
      expect(check(b, f, '2026-12-04')).toBeNull();
    });

    it('warns when a past date is more than a year ago', () => {
      expect(check('already-paid', 'paid-on', '2025-10-01')).toEqual(
        warning('That is more than a year ago. Is the year right?'),
      );
    });

    it('warns when a future date is more than a year away', () => {
      expect(check('promise-to-pay', 'pay-on', '2028-01-01')).toEqual(
        warning('That is more than a year away. Is the year right?'),
      );
    });

    it('does not warn about a date just under a year away', () => {
      expect(check('promise-to-pay', 'pay-on', '2027-11-23')).toBeNull();
    });

    it('refuses a date before the field it must not precede (follow-up before mailing)', () => {
      const values = { 'mailed-on': '2026-11-20' };

      expect(check('check-in-mail', 'follow-up-by', '2026-11-19', values)).toEqual(
        error(`This can’t be before mailed on (${formatIsoDate('2026-11-20')}).`),
      );
    });

    it('accepts a date after the field it must not precede', () => {
      const values = { 'mailed-on': '2026-11-20' };

      expect(check('check-in-mail', 'follow-up-by', '2026-12-01', values)).toBeNull();
    });

    it('ignores the earlier field while it holds no date', () => {
      expect(check('check-in-mail', 'follow-up-by', '2026-12-01', { 'mailed-on': '' })).toBeNull();
    });

    it('ignores the earlier field while it holds something that is not a date', () => {
      const values = { 'mailed-on': 'last week' };

      expect(check('check-in-mail', 'follow-up-by', '2026-11-24', values)).toBeNull();
    });

    it('warns that a date open to any day has already passed', () => {
      const values = { 'mailed-on': '2026-11-16' };

      expect(check('check-in-mail', 'follow-up-by', '2026-11-20', values)).toEqual(
        warning('That date has already passed.'),
      );
    });

    it('does not warn about a date open to any day that is today', () => {
      expect(check('check-in-mail', 'follow-up-by', TODAY)).toBeNull();
    });

    it('gives the year warning, not the passed warning, for a date long past', () => {
      expect(check('check-in-mail', 'follow-up-by', '2025-01-15')).toEqual(
        warning('That is more than a year ago. Is the year right?'),
      );
    });
  });

  describe('on a money field', () => {
    const moneyFields = [
      ['check-in-mail', 'amount'],
      ['promise-to-pay', 'amount'],
      ['dispute', 'disputed-amount'],
      ['dispute', 'undisputed-amount'],
      ['already-paid', 'amount'],
      ['hardship', 'pay-now'],
    ] as const;

    it.each(moneyFields)('refuses something that is not an amount in %s/%s', (b, f) => {
      expect(check(b, f, 'twelve hundred')).toEqual(error('Enter an amount like 1,250.00.'));
    });

    it.each(moneyFields)('refuses a negative amount in %s/%s', (b, f) => {
      expect(check(b, f, '-50')).toEqual(error('Amount can’t be negative.'));
    });

    it.each(moneyFields)('accepts an amount below what is owed in %s/%s', (b, f) => {
      expect(check(b, f, '$1,000.50')).toBeNull();
    });

    it.each(moneyFields)('accepts exactly what is owed in %s/%s', (b, f) => {
      expect(check(b, f, '1,250.00')).toBeNull();
    });

    it.each(moneyFields)('warns about an amount above what is owed in %s/%s', (b, f) => {
      expect(check(b, f, '1,250.01')).toEqual(
        warning('That is more than the $1,250.00 owed. Keep it if it’s right.'),
      );
    });

    it.each(moneyFields)('does not warn when what is owed is unknown in %s/%s', (b, f) => {
      expect(check(b, f, '99,999', {}, null)).toBeNull();
    });

    it.each([
      ['check-in-mail', 'amount'],
      ['promise-to-pay', 'amount'],
      ['dispute', 'disputed-amount'],
      ['already-paid', 'amount'],
    ] as const)('refuses zero in %s/%s', (b, f) => {
      expect(check(b, f, '0.00')).toEqual(error('Enter an amount above zero.'));
    });

    it.each([
      ['dispute', 'undisputed-amount'],
      ['hardship', 'pay-now'],
    ] as const)('accepts zero in %s/%s, which may be nothing', (b, f) => {
      expect(check(b, f, '0')).toBeNull();
    });

    it('does not warn about an amount above what is owed on a field that does not ask to', () => {
      const spec: CaptureField = { id: 'fee', label: 'Fee', type: 'money' };

      expect(checkField(spec, '5,000', context('dispute'))).toBeNull();
    });
  });

  describe('on a number field', () => {
    const numberField = (limits: Pick<NumberFieldSpec, 'min' | 'max'>): NumberFieldSpec => ({
      id: 'instalments',
      label: 'Instalments',
      type: 'number',
      ...limits,
    });
    const checkNumber = (limits: Pick<NumberFieldSpec, 'min' | 'max'>, value: string) =>
      checkField(numberField(limits), value, context('hardship'));

    it.each(['1.5', 'six', '6 months', '1e3'])('refuses %j, which is not a whole number', (v) => {
      expect(checkNumber({}, v)).toEqual(error('Enter a whole number.'));
    });

    it('accepts a whole number when there are no limits', () => {
      expect(checkNumber({}, '-4')).toBeNull();
    });

    it('accepts the limits themselves', () => {
      expect(checkNumber({ min: 1, max: 12 }, '1')).toBeNull();
      expect(checkNumber({ min: 1, max: 12 }, '12')).toBeNull();
    });

    it.each(['0', '13'])('gives the range when %j is outside both limits', (value) => {
      expect(checkNumber({ min: 1, max: 12 }, value)).toEqual(
        error('Enter a number from 1 to 12.'),
      );
    });

    it('names the minimum when only a minimum is set', () => {
      expect(checkNumber({ min: 1 }, '0')).toEqual(error('Enter 1 or more.'));
    });

    it('names the maximum when only a maximum is set', () => {
      expect(checkNumber({ max: 10 }, '11')).toEqual(error('Enter 10 or less.'));
    });
  });

  describe('on a choice field', () => {
    it.each([
      ['check-in-mail', 'mailed-to', 'lockbox'],
      ['check-in-mail', 'method', 'certified'],
      ['promise-to-pay', 'method', 'ach'],
      ['dispute', 'reason', 'pricing'],
      ['already-paid', 'method', 'portal'],
    ] as const)('accepts an option id in %s/%s', (b, f, value) => {
      expect(check(b, f, value)).toBeNull();
    });

    it('refuses an option’s label in place of its id', () => {
      expect(check('check-in-mail', 'mailed-to', 'Our lockbox')).toEqual(
        error('Choose one of the options.'),
      );
    });

    it.each([
      ['promise-to-pay', 'method', 'cash'],
      ['already-paid', 'method', 'barter'],
      ['dispute', 'reason', 'vibes'],
    ] as const)('refuses a value that is not an option in %s/%s', (b, f, value) => {
      expect(check(b, f, value)).toEqual(error('Choose one of the options.'));
    });

    it.each([
      ['check-in-mail', 'mailed-to'],
      ['dispute', 'reason'],
    ] as const)('accepts "other" in %s/%s, which allows it', (b, f) => {
      expect(check(b, f, 'other')).toBeNull();
    });

    it.each([
      ['check-in-mail', 'method'],
      ['promise-to-pay', 'method'],
      ['already-paid', 'method'],
    ] as const)('refuses "other" in %s/%s, which does not allow it', (b, f) => {
      expect(check(b, f, 'other')).toEqual(error('Choose one of the options.'));
    });
  });
});

describe('normalizeDigitsEntry', () => {
  it.each([
    ['104-233', '104233', 'Took out the dash: 104233.'],
    ['104–233', '104233', 'Took out the dash: 104233.'],
    ['10-42-33', '104233', 'Took out the dashes: 104233.'],
    ['104 233', '104233', 'Took out the space: 104233.'],
    ['1 04 233', '104233', 'Took out the spaces: 104233.'],
    ['104\u00a0233', '104233', 'Took out the space: 104233.'],
    ['104.233', '104233', 'Took out the dot: 104233.'],
    ['104/233', '104233', 'Took out the slash: 104233.'],
    ['#104233', '104233', 'Took out the #: 104233.'],
    ['# 104233', '104233', 'Took out the #: 104233.'],
    ['No. 104233', '104233', 'Took out the No.: 104233.'],
    ['no.104233', '104233', 'Took out the No.: 104233.'],
    ['#104-233', '104233', 'Took out the # and the dash: 104233.'],
    ['No. 10 42-33', '104233', 'Took out the No., the space and the dash: 104233.'],
    ['1 04-2.3/3', '104233', 'Took out the space, the dash, the dot and the slash: 104233.'],
  ])('takes the separators out of %j, saying which', (raw, value, note) => {
    expect(normalizeDigitsEntry(raw)).toEqual({ value, note });
  });

  it.each(['104233', '', '007'])('leaves %j alone, with no note', (raw) => {
    expect(normalizeDigitsEntry(raw)).toEqual({ value: raw, note: null });
  });

  it('trims without a note, as every field is trimmed', () => {
    expect(normalizeDigitsEntry('  104233 ')).toEqual({ value: '104233', note: null });
  });

  it.each(['ck104-233', '104-233a', 'No 104233', '104#233', '10,4233', '#', '- -'])(
    'leaves %j as typed, trimmed, for the check to refuse',
    (raw) => {
      expect(normalizeDigitsEntry(` ${raw} `)).toEqual({ value: raw, note: null });
    },
  );

  it('gives a value the check accepts whenever it leaves a note', () => {
    const field = { id: 'n', label: 'Check number', type: 'text', format: 'digits' } as const;
    for (const raw of ['#1 2-3', 'No. 4.5/6', '7 - 8']) {
      const tidied = normalizeDigitsEntry(raw);

      expect(tidied.note).not.toBeNull();
      expect(checkField(field, tidied.value, context('check-in-mail'))).toBeNull();
      expect(tidied.value).toMatch(/^\d+$/);
    }
  });
});

describe('followingDefaults', () => {
  const mail = () => branch('check-in-mail');

  it('fills the follow-up date 7 business days after the mailing date', () => {
    expect(followingDefaults(mail(), {}, 'mailed-on', '2026-11-20')).toEqual([
      { fieldId: 'follow-up-by', value: '2026-12-01' },
    ]);
  });

  it('moves the follow-up date when the mailing date changes', () => {
    const values = { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-12-01' };

    expect(followingDefaults(mail(), values, 'mailed-on', '2026-11-23')).toEqual([
      { fieldId: 'follow-up-by', value: '2026-12-02' },
    ]);
  });

  it('leaves alone a follow-up date the caller changed', () => {
    const values = { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-12-10' };

    expect(followingDefaults(mail(), values, 'mailed-on', '2026-11-23')).toEqual([]);
  });

  it('leaves alone a follow-up date the caller set before any mailing date', () => {
    expect(
      followingDefaults(mail(), { 'follow-up-by': '2026-12-10' }, 'mailed-on', '2026-11-20'),
    ).toEqual([]);
  });

  it('clears the follow-up date when the mailing date is cleared', () => {
    const values = { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-12-01' };

    expect(followingDefaults(mail(), values, 'mailed-on', '')).toEqual([
      { fieldId: 'follow-up-by', value: '' },
    ]);
  });

  it('changes nothing when the mailing date is set to the same day', () => {
    const values = { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-12-01' };

    expect(followingDefaults(mail(), values, 'mailed-on', '2026-11-20')).toEqual([]);
  });

  it('changes nothing when a field no date follows is changed', () => {
    const values = { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-12-01' };

    expect(followingDefaults(mail(), values, 'amount', '500')).toEqual([]);
  });

  it('changes nothing in a form without following dates', () => {
    expect(followingDefaults(branch('promise-to-pay'), {}, 'pay-on', '2026-11-27')).toEqual([]);
  });
});

describe('formatCapturedValue', () => {
  const values: CaptureValues = {
    'mailed-on': '2026-11-20',
    amount: '1250.5',
    'check-number': ' 104522 ',
    method: 'certified',
    'mailed-to': 'lockbox',
  };
  const format = (branchId: BranchId, fieldId: string, from: CaptureValues = values) =>
    formatCapturedValue(field(branchId, fieldId), from);

  it('formats money as currency', () => {
    expect(format('check-in-mail', 'amount')).toBe('$1,250.50');
  });

  it('returns an amount it cannot read as typed', () => {
    expect(format('check-in-mail', 'amount', { amount: 'about 1k' })).toBe('about 1k');
  });

  it('formats a date as the caller reads it', () => {
    expect(format('check-in-mail', 'mailed-on')).toBe(formatIsoDate('2026-11-20'));
  });

  it('returns a date it cannot read as typed', () => {
    expect(format('check-in-mail', 'mailed-on', { 'mailed-on': 'last Tuesday' })).toBe(
      'last Tuesday',
    );
  });

  it('shows a choice by its label', () => {
    expect(format('check-in-mail', 'method')).toBe('Certified mail');
  });

  it('shows "Other" with what the caller typed', () => {
    const withOther = { 'mailed-to': 'other', [otherDetailKey('mailed-to')]: ' FedEx depot ' };

    expect(format('check-in-mail', 'mailed-to', withOther)).toBe('Other: FedEx depot');
  });

  it('shows "Other" alone when nothing was typed after it', () => {
    expect(format('dispute', 'reason', { reason: 'other' })).toBe('Other');
  });

  it('returns a choice that is not an option as typed', () => {
    expect(format('dispute', 'reason', { reason: 'retired-reason' })).toBe('retired-reason');
  });

  it('returns text trimmed', () => {
    expect(format('check-in-mail', 'check-number')).toBe('104522');
  });

  it('returns a number as typed', () => {
    const spec: CaptureField = { id: 'weeks', label: 'Weeks', type: 'number' };

    expect(formatCapturedValue(spec, { weeks: ' 6 ' })).toBe('6');
  });

  it('returns an empty string for a field with no value', () => {
    expect(format('check-in-mail', 'tracking')).toBe('');
  });

  it('returns an empty string for a blank value', () => {
    expect(format('check-in-mail', 'amount', { amount: '   ' })).toBe('');
  });
});

describe('otherDetailKey', () => {
  it('keys the words typed after "Other" by the field id', () => {
    expect(otherDetailKey('mailed-to')).toBe('mailed-to:other');
  });
});

describe('hasCapturedValues', () => {
  it('is false for a form never touched', () => {
    expect(hasCapturedValues(undefined)).toBe(false);
  });

  it('is false when every value is blank', () => {
    expect(hasCapturedValues({ amount: '', tracking: '  ' })).toBe(false);
  });

  it('is true when any value holds something', () => {
    expect(hasCapturedValues({ amount: '', tracking: '1Z99' })).toBe(true);
  });
});

describe('fieldsInError', () => {
  const today = '2026-11-20';

  it('names each captured value its check refuses, by situation and label, in playbook order', () => {
    const call = {
      amountDueCents: 10_000,
      captures: {
        dispute: { 'disputed-amount': 'lots' },
        'check-in-mail': { 'check-number': '12A', 'mailed-on': '2026-11-19' },
      },
    };

    expect(fieldsInError(call, defaultArPlaybook, today)).toEqual([
      { sectionTitle: 'Check in the mail', fieldLabel: 'Check number' },
      { sectionTitle: 'Dispute', fieldLabel: 'Disputed amount' },
    ]);
  });

  it('leaves out warnings and empty fields', () => {
    const call = {
      amountDueCents: 10_000,
      captures: { 'check-in-mail': { amount: '500', tracking: '' } },
    };

    expect(fieldsInError(call, defaultArPlaybook, today)).toEqual([]);
  });
});

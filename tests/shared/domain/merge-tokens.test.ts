import { createCall } from '../../../shared/domain/call';
import {
  fillPhrase,
  MERGE_TOKENS,
  phraseVersionProblems,
  tokenValues,
  type TokenSource,
  type TokenValues,
} from '../../../shared/domain/merge-tokens';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';

/** Monday 23 November 2026, 10:00 in the test machine's own time zone. */
const MONDAY_MORNING = new Date(2026, 10, 23, 10, 0).getTime();

function source(overrides: Partial<TokenSource> = {}): TokenSource {
  return {
    contact: 'Dana Reyes',
    customer: 'Acme Supplies',
    invoice: 'INV-42',
    amountDueCents: 125_000,
    dueOn: '2026-11-13',
    customerSince: '2014',
    startedAt: MONDAY_MORNING,
    ...overrides,
  };
}

const ALL_VALUES: TokenValues = {
  contact: 'Dana',
  customer: 'Acme Supplies',
  invoice: 'INV-42',
  amount: '$1,250.00',
  daysPastDue: '10',
  customerSince: '2014',
};

describe('tokenValues', () => {
  it('gives every token a value when the call knows everything', () => {
    expect(tokenValues(source())).toEqual({
      contact: 'Dana Reyes',
      customer: 'Acme Supplies',
      invoice: 'INV-42',
      amount: '$1,250.00',
      daysPastDue: '10',
      customerSince: '2014',
    });
  });

  it('formats the amount as money', () => {
    expect(tokenValues(source({ amountDueCents: 9_876_543 })).amount).toBe('$98,765.43');
  });

  it('leaves the amount out when it is unknown', () => {
    expect(tokenValues(source({ amountDueCents: null }))).not.toHaveProperty('amount');
  });

  it('leaves days past due out when the invoice falls due on the day of the call', () => {
    expect(tokenValues(source({ dueOn: '2026-11-23' }))).not.toHaveProperty('daysPastDue');
  });

  it('leaves days past due out when the invoice is not due yet', () => {
    expect(tokenValues(source({ dueOn: '2026-12-01' }))).not.toHaveProperty('daysPastDue');
  });

  it('leaves days past due out when the due date is unknown', () => {
    expect(tokenValues(source({ dueOn: null }))).not.toHaveProperty('daysPastDue');
  });

  it('counts one day past due on the day after the due date', () => {
    expect(tokenValues(source({ dueOn: '2026-11-22' })).daysPastDue).toBe('1');
  });

  it('counts days past due from the day the call started', () => {
    const earlierCall = new Date(2026, 10, 16, 17, 30).getTime();

    expect(tokenValues(source({ startedAt: earlierCall })).daysPastDue).toBe('3');
  });

  it('counts days past due across a month end', () => {
    expect(tokenValues(source({ dueOn: '2026-10-31' })).daysPastDue).toBe('23');
  });

  it('leaves blank details out', () => {
    const values = tokenValues(
      source({ contact: '   ', customer: '', invoice: '\t', customerSince: '' }),
    );

    expect(values).toEqual({ amount: '$1,250.00', daysPastDue: '10' });
  });

  it('trims the details it keeps', () => {
    expect(tokenValues(source({ contact: '  Dana  ', invoice: ' INV-42 ' }))).toMatchObject({
      contact: 'Dana',
      invoice: 'INV-42',
    });
  });

  it('reads a call directly', () => {
    const call = createCall(
      'call-1',
      {
        playbookId: defaultArPlaybook.id,
        customer: 'Acme Supplies',
        accountNumber: 'AC-1001',
        invoice: 'INV-42',
        amountDueCents: 50_000,
        contact: '',
        customerSince: '2019',
        dueOn: '2026-11-20',
      },
      defaultArPlaybook,
      MONDAY_MORNING,
    );

    expect(tokenValues(call)).toEqual({
      customer: 'Acme Supplies',
      invoice: 'INV-42',
      amount: '$500.00',
      daysPastDue: '3',
      customerSince: '2019',
    });
  });
});

describe('fillPhrase', () => {
  it('returns a phrase without tokens as it is', () => {
    expect(fillPhrase('Take your time.', {})).toBe('Take your time.');
  });

  it('fills every token when all have values', () => {
    expect(fillPhrase('Invoice {invoice} is {daysPastDue} days late, {contact}.', ALL_VALUES)).toBe(
      'Invoice INV-42 is 10 days late, Dana.',
    );
  });

  it('keeps an optional part whose tokens have values', () => {
    expect(fillPhrase('About invoice {invoice}[ for {amount}].', ALL_VALUES)).toBe(
      'About invoice INV-42 for $1,250.00.',
    );
  });

  it('drops an optional part when a token inside it has no value', () => {
    expect(fillPhrase('About invoice {invoice}[ for {amount}].', { invoice: 'INV-42' })).toBe(
      'About invoice INV-42.',
    );
  });

  it('drops only the optional parts that miss a value', () => {
    const phrase = 'Thanks[, {contact}]. About {invoice}[ for {amount}].';

    expect(fillPhrase(phrase, { invoice: 'INV-42', amount: '$10.00' })).toBe(
      'Thanks. About INV-42 for $10.00.',
    );
  });

  it('keeps an optional part without tokens', () => {
    expect(fillPhrase('Thanks[ again].', {})).toBe('Thanks again.');
  });

  it('leaves no space before punctuation after dropping a part', () => {
    expect(fillPhrase('Hello [{contact}], how are you?', {})).toBe('Hello, how are you?');
  });

  it('leaves no double space after dropping a part', () => {
    expect(fillPhrase('Thanks [{contact}] for calling.', {})).toBe('Thanks for calling.');
  });

  it('leaves no space at either end after dropping a part', () => {
    expect(fillPhrase('[{contact}, ]thanks for calling.[ ({customer})]', {})).toBe(
      'thanks for calling.',
    );
  });

  it('uses the first version when all its tokens have values', () => {
    const versions = ['Invoice {invoice} is late.', 'This invoice is late.'];

    expect(fillPhrase(versions, ALL_VALUES)).toBe('Invoice INV-42 is late.');
  });

  it('falls to the next version when the first needs a missing value', () => {
    const versions = ['Invoice {invoice} is late.', 'This invoice is late.'];

    expect(fillPhrase(versions, { contact: 'Dana' })).toBe('This invoice is late.');
  });

  it('skips every version that needs a missing value', () => {
    const versions = ['{contact}, {invoice} is late.', '{contact}, it is late.', 'It is late.'];

    expect(fillPhrase(versions, { invoice: 'INV-42' })).toBe('It is late.');
  });

  it('returns null when no version reads without the missing values', () => {
    expect(fillPhrase(['Hi {contact}.', 'About {invoice}.'], {})).toBeNull();
  });

  it('treats a token that is not a merge token as missing', () => {
    expect(fillPhrase(['Hi {name}.', 'Hi.'], ALL_VALUES)).toBe('Hi.');
  });

  it('inserts a value literally, even one that looks like a replacement pattern', () => {
    expect(fillPhrase('Owed: {amount}.', { amount: "$&$'" })).toBe("Owed: $&$'.");
  });

  it('never shows a brace or bracket for any of the default playbook’s phrases, whatever values are known', () => {
    const phrases = [...defaultArPlaybook.steps, ...defaultArPlaybook.branches].flatMap(
      (section) => section.phrases,
    );
    const leftovers: string[] = [];

    for (let mask = 0; mask < 2 ** MERGE_TOKENS.length; mask += 1) {
      const values: TokenValues = Object.fromEntries(
        MERGE_TOKENS.filter((_, bit) => (mask & (1 << bit)) !== 0).map((token) => [
          token,
          ALL_VALUES[token],
        ]),
      );
      for (const phrase of phrases) {
        const filled = fillPhrase(phrase, values);
        if (filled === null || /[{}[\]]|\s{2}|^\s|\s$|\s[,.?!]/.test(filled)) {
          leftovers.push(`${JSON.stringify(filled)} from ${JSON.stringify(phrase)}`);
        }
      }
    }

    expect(leftovers).toEqual([]);
  });
});

describe('phraseVersionProblems', () => {
  it('finds nothing wrong with a version using known tokens', () => {
    expect(phraseVersionProblems('Thanks[, {contact}]. About invoice {invoice}.', false)).toEqual(
      [],
    );
  });

  it('finds nothing wrong with a last version whose tokens are all optional', () => {
    expect(phraseVersionProblems('Thanks[, {contact}].', true)).toEqual([]);
  });

  it('allows a version that is not the last to need values', () => {
    expect(phraseVersionProblems('Hi {contact}.', false)).toEqual([]);
  });

  it('names an unknown token and lists the known ones', () => {
    expect(phraseVersionProblems('Hi {name}.', false)).toEqual([
      'unknown token {name}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}',
    ]);
  });

  it('treats token names as case-sensitive', () => {
    expect(phraseVersionProblems('Hi {Contact}.', false)).toEqual([
      'unknown token {Contact}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}',
    ]);
  });

  it('names an unknown token inside an optional part', () => {
    expect(phraseVersionProblems('Hi[ {name}].', true)).toHaveLength(1);
  });

  it('names each unknown token', () => {
    expect(phraseVersionProblems('{first} and {last}', false)).toEqual([
      expect.stringMatching(/^unknown token \{first\}/),
      expect.stringMatching(/^unknown token \{last\}/),
    ]);
  });

  it.each(['Thanks { for calling.', 'Thanks } for calling.', 'Hi {{contact}}.'])(
    'refuses a brace that is not part of a token in %j',
    (version) => {
      expect(phraseVersionProblems(version, false)).toEqual([
        'a { or } that is not part of a {token}',
      ]);
    },
  );

  it.each(['Thanks [for calling.', 'Thanks] for calling.', ']Thanks[', 'Thanks [for [calling]].'])(
    'refuses brackets that do not pair up, or nest, in %j',
    (version) => {
      expect(phraseVersionProblems(version, false)).toEqual([
        'square brackets must come in pairs and not be nested',
      ]);
    },
  );

  it('requires the last version to read without any values', () => {
    expect(phraseVersionProblems('Hi {contact}.', true)).toEqual([
      'the last version must read without any values: put its tokens inside [ ] or add a version without them',
    ]);
  });

  it('does not add the last-version rule on top of an unknown token', () => {
    expect(phraseVersionProblems('Hi {name}.', true)).toEqual([
      expect.stringMatching(/^unknown token \{name\}/),
    ]);
  });

  it('refuses a last version that reads as nothing without values', () => {
    expect(phraseVersionProblems('[{contact}]', true)).not.toEqual([]);
  });
});

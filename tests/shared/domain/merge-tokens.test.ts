import { formatIsoDate } from '../../../shared/domain/calendar';
import { createCall } from '../../../shared/domain/call';
import { otherDetailKey } from '../../../shared/domain/capture';
import {
  ACCOUNT_FACTS,
  callTokenValues,
  capturedTokensOf,
  daysPastDue,
  factsHeld,
  fillPhrase,
  MERGE_TOKENS,
  NO_FACTS,
  phraseVersionProblems,
  tokenValues,
  versionsOf,
  type CallTokenSource,
  type TokenSource,
  type TokenValues,
} from '../../../shared/domain/merge-tokens';
import { findSection, type PhraseTemplate, type Playbook } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';

/** Monday 23 November 2026, 10:00 in the test machine's own time zone. */
const MONDAY_MORNING = new Date(2026, 10, 23, 10, 0).getTime();
const TODAY = '2026-11-23';

function source(overrides: Partial<TokenSource> = {}): TokenSource {
  return {
    contact: 'Dana Reyes',
    customer: 'Acme Supplies',
    invoice: 'INV-42',
    amountDueCents: 125_000,
    dueOn: '2026-11-13',
    customerSince: '2014',
    startedAt: MONDAY_MORNING,
    captures: {},
    ...overrides,
  };
}

const valuesOf = (overrides: Partial<TokenSource> = {}, playbook: Playbook = defaultArPlaybook) =>
  tokenValues(source(overrides), playbook, TODAY);

const ALL_VALUES: TokenValues = {
  contact: 'Dana',
  customer: 'Acme Supplies',
  invoice: 'INV-42',
  amount: '$1,250.00',
  daysPastDue: '10',
  customerSince: '2014',
};

describe('callTokenValues', () => {
  const details = (overrides: Partial<CallTokenSource> = {}) => callTokenValues(source(overrides));

  it('gives every token a value when the call knows everything', () => {
    expect(details()).toEqual({
      contact: 'Dana Reyes',
      customer: 'Acme Supplies',
      invoice: 'INV-42',
      amount: '$1,250.00',
      daysPastDue: '10',
      customerSince: '2014',
    });
  });

  it('formats the amount as money', () => {
    expect(details({ amountDueCents: 9_876_543 }).amount).toBe('$98,765.43');
  });

  it('leaves the amount out when it is unknown', () => {
    expect(details({ amountDueCents: null })).not.toHaveProperty('amount');
  });

  it('leaves days past due out when the invoice falls due on the day of the call', () => {
    expect(details({ dueOn: '2026-11-23' })).not.toHaveProperty('daysPastDue');
  });

  it('leaves days past due out when the invoice is not due yet', () => {
    expect(details({ dueOn: '2026-12-01' })).not.toHaveProperty('daysPastDue');
  });

  it('leaves days past due out when the due date is unknown', () => {
    expect(details({ dueOn: null })).not.toHaveProperty('daysPastDue');
  });

  it('counts one day past due on the day after the due date', () => {
    expect(details({ dueOn: '2026-11-22' }).daysPastDue).toBe('1');
  });

  it('counts days past due from the day the call started', () => {
    const earlierCall = new Date(2026, 10, 16, 17, 30).getTime();

    expect(details({ startedAt: earlierCall }).daysPastDue).toBe('3');
  });

  it('counts days past due across a month end', () => {
    expect(details({ dueOn: '2026-10-31' }).daysPastDue).toBe('23');
  });

  it('leaves blank details out', () => {
    const values = details({ contact: '   ', customer: '', invoice: '\t', customerSince: '' });

    expect(values).toEqual({ amount: '$1,250.00', daysPastDue: '10' });
  });

  it('trims the details it keeps', () => {
    expect(details({ contact: '  Dana  ', invoice: ' INV-42 ' })).toMatchObject({
      contact: 'Dana',
      invoice: 'INV-42',
    });
  });
});

describe('daysPastDue', () => {
  it('counts the days late on the day the call started', () => {
    expect(daysPastDue('2026-11-13', MONDAY_MORNING)).toBe(10);
  });

  it.each([
    ['the due date is unknown', null],
    ['the invoice falls due that day', '2026-11-23'],
    ['the invoice is not due yet', '2026-12-01'],
  ])('is null when %s', (_, dueOn) => {
    expect(daysPastDue(dueOn, MONDAY_MORNING)).toBeNull();
  });
});

describe('tokenValues', () => {
  it('holds only the call’s details while nothing is captured', () => {
    expect(valuesOf()).toEqual(callTokenValues(source()));
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

    expect(tokenValues(call, defaultArPlaybook, TODAY)).toEqual({
      customer: 'Acme Supplies',
      invoice: 'INV-42',
      amount: '$500.00',
      daysPastDue: '3',
      customerSince: '2019',
    });
  });

  it('names each captured value by its section and field, read back as the caller sees it', () => {
    const values = valuesOf({
      captures: {
        'promise-to-pay': { amount: '6750', 'pay-on': '2026-11-27', method: 'ach' },
        'check-in-mail': { 'check-number': ' 104522 ' },
      },
    });

    expect(values).toMatchObject({
      'promise-to-pay.amount': '$6,750.00',
      'promise-to-pay.pay-on': formatIsoDate('2026-11-27'),
      'promise-to-pay.method': 'ACH',
      'check-in-mail.check-number': '104522',
    });
  });

  it('reads a date the way the caller reads it', () => {
    const values = valuesOf({ captures: { 'promise-to-pay': { 'pay-on': '2026-11-27' } } });

    expect(values['promise-to-pay.pay-on']).toBe('Fri, Nov 27, 2026');
  });

  it('keeps the amount due and a captured amount apart', () => {
    const values = valuesOf({
      amountDueCents: 795_000,
      captures: { 'promise-to-pay': { amount: '6,750' } },
    });

    expect(values.amount).toBe('$7,950.00');
    expect(values['promise-to-pay.amount']).toBe('$6,750.00');
  });

  it('gives a choice answered "Other" the words typed after it', () => {
    const values = valuesOf({
      captures: {
        'check-in-mail': { 'mailed-to': 'other', [otherDetailKey('mailed-to')]: ' Denver office ' },
      },
    });

    expect(values['check-in-mail.mailed-to']).toBe('Denver office');
  });

  it('leaves out a choice answered "Other" with nothing typed after it', () => {
    const values = valuesOf({ captures: { 'check-in-mail': { 'mailed-to': 'other' } } });

    expect(values).not.toHaveProperty(['check-in-mail.mailed-to']);
  });

  it('puts a multi-line answer on one line', () => {
    const values = valuesOf({ captures: { dispute: { documents: 'Signed POD\n  and the PO' } } });

    expect(values['dispute.documents']).toBe('Signed POD and the PO');
  });

  it.each([
    ['a check number with letters', 'check-in-mail', 'check-number', '10A522'],
    ['an amount it cannot read', 'promise-to-pay', 'amount', 'about 6k'],
    ['a zero promise', 'promise-to-pay', 'amount', '0'],
    ['a promise date already past', 'promise-to-pay', 'pay-on', '2026-11-20'],
    ['a mailing date still to come', 'check-in-mail', 'mailed-on', '2026-11-24'],
    ['a date that does not exist', 'promise-to-pay', 'pay-on', '2026-02-30'],
    ['a choice that is not an option', 'promise-to-pay', 'method', 'barter'],
    ['a blank answer', 'promise-to-pay', 'amount', '   '],
  ])('leaves out %s', (_, sectionId, fieldId, value) => {
    const values = valuesOf({ captures: { [sectionId]: { [fieldId]: value } } });

    expect(values).not.toHaveProperty([`${sectionId}.${fieldId}`]);
  });

  it('checks a date against the day given, not the day the call started', () => {
    const captures = { 'promise-to-pay': { 'pay-on': '2026-11-24' } };

    expect(tokenValues(source({ captures }), defaultArPlaybook, '2026-11-23')).toHaveProperty([
      'promise-to-pay.pay-on',
    ]);
    expect(tokenValues(source({ captures }), defaultArPlaybook, '2026-11-25')).not.toHaveProperty([
      'promise-to-pay.pay-on',
    ]);
  });

  it('keeps a value its check only warns about', () => {
    const values = valuesOf({
      amountDueCents: 10_000,
      captures: { 'promise-to-pay': { amount: '250' } },
    });

    expect(values['promise-to-pay.amount']).toBe('$250.00');
  });

  it('checks a date against another field of its form', () => {
    const values = valuesOf({
      captures: { 'check-in-mail': { 'mailed-on': '2026-11-20', 'follow-up-by': '2026-11-19' } },
    });

    expect(values).toHaveProperty(['check-in-mail.mailed-on']);
    expect(values).not.toHaveProperty(['check-in-mail.follow-up-by']);
  });

  it('ignores what is stored for a section or field the playbook does not have', () => {
    const values = valuesOf({
      captures: { 'retired-branch': { amount: '10' }, 'promise-to-pay': { colour: 'red' } },
    });

    expect(values).toEqual(callTokenValues(source()));
  });

  it('follows the playbook the call used', () => {
    const renamed: Playbook = {
      ...defaultArPlaybook,
      branches: defaultArPlaybook.branches.map((branch) =>
        branch.id === 'promise-to-pay' ? { ...branch, id: 'promise' } : branch,
      ),
    };
    const values = valuesOf({ captures: { promise: { amount: '10' } } }, renamed);

    expect(values['promise.amount']).toBe('$10.00');
  });
});

describe('factsHeld', () => {
  it('holds no fact while nothing supplies them', () => {
    expect([...factsHeld()]).toEqual([]);
    expect([...NO_FACTS]).toEqual([]);
  });

  it('holds only the facts marked true', () => {
    expect([...factsHeld({ paysOnTime: true, earlierPromise: false })]).toEqual(['paysOnTime']);
  });
});

describe('fillPhrase', () => {
  it('returns a phrase without tokens as it is', () => {
    expect(fillPhrase('Take your time.', {}, NO_FACTS)).toBe('Take your time.');
  });

  it('holds no fact when none are given', () => {
    expect(fillPhrase({ say: 'You pay on time.', needs: ['paysOnTime'] }, {})).toBeNull();
  });

  it('fills every token when all have values', () => {
    expect(fillPhrase('Invoice {invoice} is {daysPastDue} days late, {contact}.', ALL_VALUES)).toBe(
      'Invoice INV-42 is 10 days late, Dana.',
    );
  });

  it('fills a captured value', () => {
    const values = { 'promise-to-pay.amount': '$6,750.00' };

    expect(fillPhrase('That is {promise-to-pay.amount}.', values)).toBe('That is $6,750.00.');
  });

  it('leaves out a phrase whose only version states a missing captured value', () => {
    expect(fillPhrase('That is {promise-to-pay.amount}.', ALL_VALUES)).toBeNull();
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

  it('returns null when no version can be said without the missing values', () => {
    expect(fillPhrase(['Hi {contact}.', 'About {invoice}.'], {})).toBeNull();
  });

  it('returns null for a version that is nothing but dropped parts', () => {
    expect(fillPhrase('[{contact}]', {})).toBeNull();
  });

  it('treats a token that is not a known token as missing', () => {
    expect(fillPhrase(['Hi {name}.', 'Hi.'], ALL_VALUES)).toBe('Hi.');
  });

  it('never fills a token from what every object has', () => {
    expect(fillPhrase(['Hi {constructor}.', 'Hi.'], {})).toBe('Hi.');
  });

  it('inserts a value literally, even one that looks like a replacement pattern', () => {
    expect(fillPhrase('Owed: {amount}.', { amount: "$&$'" })).toBe("Owed: $&$'.");
  });

  it('shows a version that needs a fact only when the call holds it', () => {
    const phrase = { say: 'You usually pay on time.', needs: ['paysOnTime'] };

    expect(fillPhrase(phrase, {}, factsHeld({ paysOnTime: true }))).toBe(
      'You usually pay on time.',
    );
    expect(fillPhrase(phrase, {}, factsHeld({ earlierPromise: true }))).toBeNull();
  });

  it('needs every fact a version names', () => {
    const phrase = [{ say: 'Both.', needs: ['paysOnTime', 'earlierPromise'] }, 'Neither.'];

    expect(fillPhrase(phrase, {}, factsHeld({ paysOnTime: true }))).toBe('Neither.');
    expect(fillPhrase(phrase, {}, factsHeld({ paysOnTime: true, earlierPromise: true }))).toBe(
      'Both.',
    );
  });

  it('needs a version’s tokens as well as its facts', () => {
    const phrase = [
      { say: 'Since {customerSince} you pay on time.', needs: ['paysOnTime'] },
      'Thanks.',
    ];

    expect(fillPhrase(phrase, {}, factsHeld({ paysOnTime: true }))).toBe('Thanks.');
  });
});

/** Every phrase of the playbook, with where it is. */
function phrasesOf(playbook: Playbook): { where: string; template: PhraseTemplate }[] {
  return [...playbook.steps, ...playbook.branches].flatMap((section) =>
    section.phrases.map((template, index) => ({ where: `${section.id}[${index}]`, template })),
  );
}

function wordsOf(template: PhraseTemplate): string[] {
  return versionsOf(template).map((version) =>
    typeof version === 'string' ? version : version.say,
  );
}

/** The tokens and facts one phrase uses, across its versions. */
function inputsOf(template: PhraseTemplate): { tokens: string[]; facts: string[] } {
  const tokens = new Set<string>();
  const facts = new Set<string>();
  for (const version of versionsOf(template)) {
    const words = typeof version === 'string' ? version : version.say;
    for (const [, name = ''] of words.matchAll(/\{([^{}]*)\}/g)) tokens.add(name);
    if (typeof version !== 'string') for (const fact of version.needs) facts.add(fact);
  }
  return { tokens: [...tokens], facts: [...facts] };
}

/** A value nobody would write, so that where it shows up tells which token put it there. */
const marker = (token: string) => `‹${token}›`;

describe('the default playbook’s phrases, bound to the facts they state', () => {
  it('use only tokens and facts the format knows', () => {
    const known = new Set<string>([...MERGE_TOKENS, ...ACCOUNT_FACTS]);
    for (const { where, template } of phrasesOf(defaultArPlaybook)) {
      const { tokens, facts } = inputsOf(template);
      for (const fact of facts) expect(known.has(fact), `${where}: ${fact}`).toBe(true);
      for (const token of tokens) {
        const [sectionId, fieldId] = token.split('.');
        const isKnown =
          (MERGE_TOKENS as readonly string[]).includes(token) ||
          (fieldId !== undefined &&
            findSection(defaultArPlaybook, sectionId ?? '')?.fields.some((f) => f.id === fieldId));
        expect(isKnown, `${where}: {${token}}`).toBe(true);
      }
    }
  });

  it('are left out, or state only what the call holds, whatever it is missing', () => {
    const problems: string[] = [];
    for (const { where, template } of phrasesOf(defaultArPlaybook)) {
      const { tokens, facts } = inputsOf(template);
      const inputs = [...tokens.map((t) => ({ token: t })), ...facts.map((f) => ({ fact: f }))];
      for (let mask = 0; mask < 2 ** inputs.length; mask += 1) {
        const held = inputs.filter((_, bit) => (mask & (1 << bit)) !== 0);
        const values: Record<string, string> = {};
        const heldFacts = new Set<string>();
        for (const input of held) {
          if ('token' in input) values[input.token] = marker(input.token);
          else heldFacts.add(input.fact);
        }
        const filled = fillPhrase(template, values, heldFacts);
        if (filled === null) continue;
        const label = `${where} with ${JSON.stringify(held)}: ${JSON.stringify(filled)}`;
        if (/[{}[\]]|\s{2}|^\s|\s$|\s[,.?!]/.test(filled)) problems.push(`untidy ${label}`);
        for (const [, name = ''] of filled.matchAll(/‹([^›]*)›/g)) {
          if (!Object.hasOwn(values, name)) problems.push(`stale ${name} in ${label}`);
        }
        for (const version of versionsOf(template)) {
          if (typeof version === 'string') continue;
          const needsMissing = version.needs.some((fact) => !heldFacts.has(fact));
          const wouldSay = fillPhrase([version], values, new Set(ACCOUNT_FACTS));
          if (needsMissing && wouldSay === filled) problems.push(`unheld fact in ${label}`);
        }
      }
    }

    expect(problems).toEqual([]);
  });

  it('can all be said on a call that holds everything', () => {
    for (const { where, template } of phrasesOf(defaultArPlaybook)) {
      const { tokens } = inputsOf(template);
      const values = Object.fromEntries(tokens.map((token) => [token, marker(token)]));

      expect(fillPhrase(template, values, new Set(ACCOUNT_FACTS)), where).not.toBeNull();
    }
  });

  it('say nothing about payment records or earlier promises while nothing holds them', () => {
    const said = phrasesOf(defaultArPlaybook)
      .map(({ template }) => fillPhrase(template, ALL_VALUES, factsHeld()))
      .join('\n')
      .toLowerCase();

    expect(said).not.toMatch(/on time|last time|last spoke|mentioned a payment/);
  });

  it('state a good payment record and an earlier promise only by needing them', () => {
    const words = phrasesOf(defaultArPlaybook).flatMap(({ template }) =>
      versionsOf(template).map((version) => ({
        words: (typeof version === 'string' ? version : version.say).toLowerCase(),
        needs: typeof version === 'string' ? [] : version.needs,
      })),
    );

    for (const { words: said, needs } of words.filter(({ words: w }) => w.includes('on time'))) {
      expect(needs, said).toContain('paysOnTime');
    }
    for (const { words: said, needs } of words.filter(({ words: w }) => w.includes('last spoke'))) {
      expect(needs, said).toContain('earlierPromise');
    }
  });

  it('never name a weekday or a relative date they were not given', () => {
    const words = phrasesOf(defaultArPlaybook).flatMap(({ template }) => wordsOf(template));

    for (const said of words) {
      expect(said, said).not.toMatch(
        /\b(monday|tuesday|wednesday|thursday|friday|end of the month)\b/i,
      );
      expect(said, said).not.toMatch(/the date we (said|agreed)/i);
    }
  });
});

describe('read-backs', () => {
  const section = (id: string) => findSection(defaultArPlaybook, id)!;
  const readBack = (sectionId: string, overrides: Partial<TokenSource>, match: RegExp) => {
    const values = valuesOf(overrides);
    return section(sectionId)
      .phrases.map((template) => fillPhrase(template, values, factsHeld()))
      .filter((phrase): phrase is string => phrase !== null)
      .filter((phrase) => match.test(phrase));
  };

  const promised = {
    amountDueCents: 795_000,
    captures: { 'promise-to-pay': { amount: '6750', 'pay-on': '2026-11-27' } },
  };

  it('read the promise back with the promised amount and date, not the amount due', () => {
    const [phrase] = readBack('promise-to-pay', promised, /^So that is/);

    expect(phrase).toBe(
      `So that is $6,750.00 by ${formatIsoDate('2026-11-27')}. Have I got that right?`,
    );
    expect(phrase).not.toContain('$7,950.00');
  });

  it('ask for the date when only the amount of the promise is captured', () => {
    const captures = { 'promise-to-pay': { amount: '6750' } };

    expect(readBack('promise-to-pay', { captures }, /^So that is/)).toEqual([
      'So that is $6,750.00. By what date can I expect it?',
    ]);
  });

  it('read back in general words while nothing of the promise is captured', () => {
    expect(readBack('promise-to-pay', {}, /read back/)).toEqual([
      'Let me read back the amount and the date, so we both have them the same.',
    ]);
  });

  it('do not read back a promise date that has passed', () => {
    const captures = { 'promise-to-pay': { amount: '6750', 'pay-on': '2026-11-20' } };
    const phrases = readBack('promise-to-pay', { captures }, /./).join('\n');

    expect(phrases).not.toContain(formatIsoDate('2026-11-20'));
    expect(phrases).toContain('By what date can I expect it?');
  });

  it('recap the promise in Leave an action with what was captured', () => {
    const [recap] = readBack('leave-action', promised, /to recap/);

    expect(recap).toBe(
      `So, to recap, Dana Reyes: you will pay $6,750.00 by ${formatIsoDate('2026-11-27')}, and I will confirm once it is applied.`,
    );
  });

  it('recap a check in the mail by its number and amount', () => {
    const captures = {
      'check-in-mail': { 'check-number': '104522', amount: '1,250', 'mailed-on': '2026-11-20' },
    };
    const [recap] = readBack('leave-action', { captures }, /to recap/);

    expect(recap).toContain('check 104522 for $1,250.00 is on its way');
  });

  it('recap a dispute by the amount in question', () => {
    const captures = { dispute: { 'disputed-amount': '300', 'answer-by': '2026-11-30' } };
    const [recap] = readBack('leave-action', { captures }, /to recap/);

    expect(recap).toBe(
      `So, to recap, Dana Reyes: we will look into the $300.00 in question and come back to you by ${formatIsoDate('2026-11-30')}.`,
    );
  });

  it('recap without stating any fact when nothing was captured', () => {
    expect(readBack('leave-action', {}, /to recap/)).toEqual([
      'So, to recap what each of us will do, and by when: …',
    ]);
  });

  it('read the check back with its number, amount and mailing date', () => {
    const captures = {
      'check-in-mail': { 'check-number': '104522', amount: '1250', 'mailed-on': '2026-11-20' },
    };

    expect(readBack('check-in-mail', { captures }, /^So that is/)).toEqual([
      `So that is check 104522 for $1,250.00, mailed on ${formatIsoDate('2026-11-20')}. Have I got that right?`,
    ]);
  });

  it('do not read back a check number the caller typed wrong', () => {
    const captures = { 'check-in-mail': { 'check-number': '10A522', amount: '1250' } };
    const phrases = readBack('check-in-mail', { captures }, /./).join('\n');

    expect(phrases).not.toContain('10A522');
    expect(phrases).toContain('So that is a check for $1,250.00.');
  });

  it('do not read back a mailing date still to come', () => {
    const captures = { 'check-in-mail': { 'check-number': '104522', 'mailed-on': '2026-11-30' } };

    expect(readBack('check-in-mail', { captures }, /^So that is/)).toEqual([
      'So that is check 104522. Have I got that right?',
    ]);
  });

  it('name the follow-up date of a check only once it is set', () => {
    const withDate = { 'check-in-mail': { 'follow-up-by': '2026-12-02' } };

    expect(readBack('check-in-mail', { captures: withDate }, /If it/)).toEqual([
      `If it has not reached us by ${formatIsoDate('2026-12-02')}, shall we agree now what happens next: stop the check and reissue it, or pay by ACH?`,
    ]);
    expect(readBack('check-in-mail', {}, /turn up/)).toHaveLength(1);
  });
});

describe('capturedTokensOf', () => {
  it('lists each captured-value token with its section and field', () => {
    expect(
      capturedTokensOf('{contact}: {promise-to-pay.amount}[ by {promise-to-pay.pay-on}]'),
    ).toEqual([
      { token: '{promise-to-pay.amount}', sectionId: 'promise-to-pay', fieldId: 'amount' },
      { token: '{promise-to-pay.pay-on}', sectionId: 'promise-to-pay', fieldId: 'pay-on' },
    ]);
  });

  it('lists nothing for the call’s own tokens', () => {
    expect(capturedTokensOf('Hi {contact}, about {invoice}.')).toEqual([]);
  });
});

describe('phraseVersionProblems', () => {
  const unknown = (name: string) =>
    `unknown token {${name}}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}, {totalOverdue}, {oldestInvoice}, {lastPromise}, or {step-or-branch.field} for a captured value`;

  it('finds nothing wrong with a version using known tokens', () => {
    expect(phraseVersionProblems('Thanks[, {contact}]. About invoice {invoice}.')).toEqual([]);
  });

  it('allows a version whose tokens are all required', () => {
    expect(phraseVersionProblems('Hi {contact}.')).toEqual([]);
  });

  it('allows a captured-value token (whether the field exists is checked with the playbook)', () => {
    expect(phraseVersionProblems('That is {promise-to-pay.amount}[ by {x.y}].')).toEqual([]);
  });

  it('names an unknown token and lists the known ones', () => {
    expect(phraseVersionProblems('Hi {name}.')).toEqual([unknown('name')]);
  });

  it('treats token names as case-sensitive', () => {
    expect(phraseVersionProblems('Hi {Contact}.')).toEqual([unknown('Contact')]);
  });

  it.each([
    'Promise-to-pay.amount',
    'promise-to-pay.',
    '.amount',
    'a.b.c',
    'promise to pay.amount',
  ])('refuses a malformed captured-value token {%s}', (name) => {
    expect(phraseVersionProblems(`That is {${name}}.`)).toEqual([unknown(name)]);
  });

  it('names an unknown token inside an optional part', () => {
    expect(phraseVersionProblems('Hi[ {name}].')).toHaveLength(1);
  });

  it('names each unknown token', () => {
    expect(phraseVersionProblems('{first} and {last}')).toEqual([
      unknown('first'),
      unknown('last'),
    ]);
  });

  it.each(['Thanks { for calling.', 'Thanks } for calling.', 'Hi {{contact}}.'])(
    'refuses a brace that is not part of a token in %j',
    (version) => {
      expect(phraseVersionProblems(version)).toEqual(['a { or } that is not part of a {token}']);
    },
  );

  it.each(['Thanks [for calling.', 'Thanks] for calling.', ']Thanks[', 'Thanks [for [calling]].'])(
    'refuses brackets that do not pair up, or nest, in %j',
    (version) => {
      expect(phraseVersionProblems(version)).toEqual([
        'square brackets must come in pairs and not be nested',
      ]);
    },
  );
});

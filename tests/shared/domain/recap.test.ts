import { recapHtml, recapOf } from '../../../shared/domain/recap';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildCall } from '../../support/builders';

const promiseAndCheck = buildCall({
  captures: {
    'promise-to-pay': {
      amount: '1,250',
      'pay-on': '2023-11-20',
      method: 'ach',
      invoices: 'INV-42',
    },
    'check-in-mail': {
      'mailed-on': '2023-11-10',
      'check-number': '104522',
      amount: '500',
      'mailed-to': 'lockbox',
      'follow-up-by': '2023-11-17',
    },
  },
  closing: {
    outcomeId: 'promise-to-pay',
    outcomeLabel: 'Promise to pay',
    action: { what: 'Pay the balance by ACH', dueOn: '2023-11-20' },
    followUps: [],
  },
});

const BAD_WORDS = /undefined|null|NaN|\{|\}|legal|lawyer|court|collection agency|final notice/i;

describe('recapOf', () => {
  it('states the promise and the mailed check with their facts', () => {
    const { body, subject } = recapOf(promiseAndCheck, defaultArPlaybook);
    expect(subject).toContain('Acme Supplies');
    expect(body).toContain('Hello Dana Reyes,');
    expect(body).toContain('You sent check 104522 for $500.00');
    expect(body).toContain('to Our lockbox');
    expect(body).toContain('You plan to pay $1,250.00');
    expect(body).toContain('Invoice INV-42: $1,250.00');
    expect(body).toContain('Pay the balance by ACH, by');
    expect(body).not.toMatch(BAD_WORDS);
  });

  it('leaves out a missing check number and never prints a gap', () => {
    const call = buildCall({ captures: { 'check-in-mail': { amount: '500' } } });
    const { body } = recapOf(call, defaultArPlaybook);
    expect(body).toContain('You sent a check for $500.00.');
    expect(body).not.toMatch(BAD_WORDS);
    expect(body).not.toContain('Next steps');
  });

  it('greets neutrally without a contact and leaves out empty sections', () => {
    const call = buildCall({ contact: '', invoice: '', captures: {} });
    const { body } = recapOf(call, defaultArPlaybook);
    expect(body.startsWith('Hello,')).toBe(true);
    expect(body).not.toContain('What we discussed');
    expect(body).not.toContain('What we agreed');
    expect(body).not.toContain('Invoices');
  });

  it('writes a recap for every outcome without threatening words', () => {
    for (const outcome of defaultArPlaybook.outcomes) {
      const call = {
        ...promiseAndCheck,
        closing: {
          outcomeId: outcome.id,
          outcomeLabel: outcome.label,
          action: null,
          followUps: [],
        },
      };
      expect(recapOf(call, defaultArPlaybook).body).not.toMatch(BAD_WORDS);
    }
  });

  it('mentions every situation of the playbook it went into', () => {
    for (const branch of defaultArPlaybook.branches) {
      const field = branch.fields[0];
      if (!field) continue;
      const value =
        field.type === 'money'
          ? '100'
          : field.type === 'date'
            ? '2023-11-20'
            : field.type === 'choice'
              ? (field.options[0]?.id ?? '')
              : 'Acme desk';
      const call = buildCall({ captures: { [branch.id]: { [field.id]: value } } });
      const { body } = recapOf(call, defaultArPlaybook);
      expect(body).toContain('What we discussed');
      expect(body).not.toMatch(BAD_WORDS);
    }
  });
});

/** A value of the right kind for each capture field, as a caller would type it. */
function sampleValue(field: (typeof defaultArPlaybook.branches)[number]['fields'][number]): string {
  switch (field.type) {
    case 'money':
      return '640';
    case 'date':
      return '2023-11-24';
    case 'choice':
      return field.options[0]?.id ?? '';
    default:
      return 'Front desk';
  }
}

/** What a sentence left half-filled would show: a gap, a stray bracket, a dangling word. */
const GAPS = /[ \t]{2,}|[ \t][.,]|\[|\]|\(\s*\)|: \.|, \.|by \.|for \./;

describe('recapOf, situation by situation', () => {
  const filled = defaultArPlaybook.branches.filter((branch) => branch.fields.length > 0);

  it.each(filled.map((branch) => [branch.id, branch] as const))(
    '%s: says it in plain words with what was captured, and each fact left out drops cleanly',
    (_label, branch) => {
      const all = Object.fromEntries(branch.fields.map((field) => [field.id, sampleValue(field)]));
      const full = recapOf(buildCall({ captures: { [branch.id]: all } }), defaultArPlaybook).body;
      expect(full).toContain('What we discussed');
      expect(full).toMatch(/\$640\.00|Front desk|Nov(ember)? 24/);
      expect(full).not.toMatch(BAD_WORDS);
      expect(full).not.toMatch(GAPS);

      for (const missing of branch.fields) {
        const rest = Object.fromEntries(
          Object.entries(all).filter(([fieldId]) => fieldId !== missing.id),
        );
        const body = recapOf(
          buildCall({ captures: { [branch.id]: rest } }),
          defaultArPlaybook,
        ).body;
        expect(body, `without ${missing.id}`).not.toMatch(BAD_WORDS);
        expect(body, `without ${missing.id}`).not.toMatch(GAPS);
      }
    },
  );

  it.each(defaultArPlaybook.outcomes.map((outcome) => [outcome.label, outcome] as const))(
    'ending as %s: thanks for a talk only when someone was reached',
    (_label, outcome) => {
      const call = buildCall({
        closing: {
          outcomeId: outcome.id,
          outcomeLabel: outcome.label,
          action: null,
          followUps: [],
        },
      });
      const { body } = recapOf(call, defaultArPlaybook);
      expect(body.includes('taking the time to talk')).toBe(outcome.kind === 'action');
      expect(body).not.toMatch(BAD_WORDS);
      expect(body).not.toMatch(GAPS);
    },
  );
});

describe('recapOf with the playbook’s own wording', () => {
  const withWording = {
    ...defaultArPlaybook,
    branches: defaultArPlaybook.branches.map((branch) =>
      branch.id === 'promise-to-pay'
        ? {
            ...branch,
            recap: {
              topic: 'When the balance gets paid',
              agreed: [
                'Payment of {promise-to-pay.amount} is on its way[ by {promise-to-pay.pay-on}].',
                '[Reference: {promise-to-pay.reference}.]',
              ],
            },
          }
        : branch,
    ),
  };

  it('words a situation as its branch says, bound to the captured facts', () => {
    const { body } = recapOf(promiseAndCheck, withWording);

    expect(body).toContain('- When the balance gets paid');
    expect(body).toContain('- Payment of $1,250.00 is on its way by');
    expect(body).not.toContain('You plan to pay');
    expect(body).not.toContain('Reference');
    // A situation whose branch says nothing keeps the built-in wording.
    expect(body).toContain('You sent check 104522');
  });
});

describe('recapHtml', () => {
  it('escapes everything and lists items', () => {
    const html = recapHtml({ subject: 's', body: 'Hello <b>&,\n\nHeading\n- one & two' });
    expect(html).toBe(
      '<p>Hello &lt;b&gt;&amp;,</p>\n<p>Heading</p>\n<ul><li>one &amp; two</li></ul>',
    );
  });
});

import { fillPhrase } from '../../../shared/domain/merge-tokens';
import {
  dontsFor,
  findBranch,
  findOutcome,
  findPlaybookStep,
  findSection,
  type CaptureField,
  type Guidance,
  type PlaybookBranch,
} from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { checkPlaybookDocument } from '../../../shared/playbooks/playbook-schema';

const sections: readonly Guidance[] = [...defaultArPlaybook.steps, ...defaultArPlaybook.branches];

function branch(branchId: string): PlaybookBranch {
  const found = findBranch(defaultArPlaybook, branchId);
  if (!found) throw new Error(`The default playbook has no ${branchId} branch`);
  return found;
}

function fieldOf(branchId: string, fieldId: string): CaptureField | undefined {
  return branch(branchId).fields.find((field) => field.id === fieldId);
}

/** Every word a section gives the caller, for the few checks that must look at the wording. */
function wordsOf(section: Guidance | undefined): string {
  if (!section) return '';
  return [section.prompt, section.why, ...section.phrases.flat(), ...section.questions]
    .join('\n')
    .toLowerCase();
}

describe('defaultArPlaybook', () => {
  it('passes the playbook file check', () => {
    expect(checkPlaybookDocument(JSON.parse(JSON.stringify(defaultArPlaybook))).ok).toBe(true);
  });

  it('has a positive integer version', () => {
    expect(Number.isInteger(defaultArPlaybook.version) && defaultArPlaybook.version > 0).toBe(true);
  });

  it('runs from preparing to following up, in call order', () => {
    expect(defaultArPlaybook.steps.map((step) => step.id)).toEqual([
      'prepare',
      'acknowledge',
      'empathize',
      'recognition',
      'payment-status',
      'leave-action',
      'follow-up',
    ]);
  });

  it('has the six situations a call can turn into, a wrong contact, and one for anything else', () => {
    expect(defaultArPlaybook.branches.map((b) => b.id).sort()).toEqual(
      [
        'already-paid',
        'check-in-mail',
        'dispute',
        'hardship',
        'invoice-not-received',
        'promise-to-pay',
        'wrong-contact',
        'something-else',
      ].sort(),
    );
  });

  it('opens each branch with its own capital letter', () => {
    const keys = defaultArPlaybook.branches.map((b) => b.key);

    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => /^[A-Z]$/.test(key))).toBe(true);
  });

  it('lists the eleven outcomes of the domain notes, and one for anything else', () => {
    expect(defaultArPlaybook.outcomes.map((outcome) => outcome.id)).toEqual([
      'promise-to-pay',
      'paid-already',
      'check-in-mail',
      'invoice-not-received',
      'dispute',
      'callback-requested',
      'hardship',
      'no-answer',
      'voicemail',
      'wrong-contact',
      'refused',
      'other',
    ]);
  });

  it('needs only a date to try again after the calls that reached nobody', () => {
    const followUps = defaultArPlaybook.outcomes.filter((o) => o.kind === 'follow-up');

    expect(followUps.map((outcome) => outcome.id)).toEqual([
      'no-answer',
      'voicemail',
      'wrong-contact',
    ]);
  });

  it('ends every branch with one of its outcomes', () => {
    for (const b of defaultArPlaybook.branches) {
      expect(findOutcome(defaultArPlaybook, b.outcome), b.id).toBeDefined();
    }
  });

  it('suggests a next action for every branch', () => {
    for (const b of defaultArPlaybook.branches) {
      expect(b.action?.what.trim(), b.id).toBeTruthy();
    }
  });

  it('dates the next action from a date field of the branch where there is one', () => {
    const dueFields = Object.fromEntries(
      defaultArPlaybook.branches.map((b) => [b.id, b.action?.dueField ?? null]),
    );

    expect(dueFields).toEqual({
      'check-in-mail': 'follow-up-by',
      'promise-to-pay': 'pay-on',
      dispute: 'answer-by',
      'invoice-not-received': null,
      'already-paid': null,
      hardship: 'first-payment-on',
      'wrong-contact': null,
      'something-else': 'by',
    });
  });

  it('gives every step and branch a one-line prompt', () => {
    for (const section of sections) {
      expect(section.prompt.trim(), section.id).not.toBe('');
      expect(section.prompt, section.id).not.toContain('\n');
    }
  });

  it('tells trainees why every step and branch matters', () => {
    for (const section of sections) expect(section.why.trim(), section.id).not.toBe('');
  });

  it('uses ids unique across steps and branches', () => {
    const ids = sections.map((section) => section.id);

    expect(new Set(ids).size).toBe(ids.length);
  });

  it('fills every phrase without any values to text free of braces and brackets', () => {
    for (const section of sections) {
      for (const phrase of section.phrases) {
        const filled = fillPhrase(phrase, {});
        expect(filled, JSON.stringify(phrase)).not.toBeNull();
        expect(filled, JSON.stringify(phrase)).not.toMatch(/[{}[\]]/);
      }
    }
  });

  it('refers only to donts it has', () => {
    const dontIds = new Set(defaultArPlaybook.donts.map((dont) => dont.id));

    for (const section of sections) {
      for (const id of section.donts) expect(dontIds.has(id), `${section.id}: ${id}`).toBe(true);
    }
  });

  it('reminds of every dont somewhere', () => {
    const used = new Set(sections.flatMap((section) => section.donts));

    expect(defaultArPlaybook.donts.filter((dont) => !used.has(dont.id))).toEqual([]);
  });

  it('says why for every dont', () => {
    for (const dont of defaultArPlaybook.donts) expect(dont.why.trim(), dont.id).not.toBe('');
  });

  it('uses field ids unique within each form', () => {
    for (const section of sections) {
      const ids = section.fields.map((field) => field.id);
      expect(new Set(ids).size, section.id).toBe(ids.length);
    }
  });

  describe('check in the mail', () => {
    it('asks for everything needed to trace the check', () => {
      expect(branch('check-in-mail').fields.map((field) => [field.id, field.type])).toEqual([
        ['mailed-on', 'date'],
        ['check-number', 'text'],
        ['amount', 'money'],
        ['invoices', 'text'],
        ['mailed-to', 'choice'],
        ['method', 'choice'],
        ['tracking', 'text'],
        ['sent-by', 'text'],
        ['follow-up-by', 'date'],
      ]);
    });

    it('takes only a past mailing date', () => {
      expect(fieldOf('check-in-mail', 'mailed-on')).toMatchObject({ allow: 'past' });
    });

    it('takes only digits as the check number', () => {
      expect(fieldOf('check-in-mail', 'check-number')).toMatchObject({ format: 'digits' });
    });

    it('offers the lockbox and an office address, and lets the caller say another', () => {
      const mailedTo = fieldOf('check-in-mail', 'mailed-to');

      expect(mailedTo?.type === 'choice' && mailedTo.options.map((o) => o.id)).toEqual(
        expect.arrayContaining(['lockbox', 'office']),
      );
      expect(mailedTo).toMatchObject({ allowOther: true });
    });

    it('sets the follow-up date 7 business days after mailing, and never before it', () => {
      expect(fieldOf('check-in-mail', 'follow-up-by')).toMatchObject({
        notBefore: 'mailed-on',
        defaultFrom: { field: 'mailed-on', businessDays: 7 },
      });
    });

    it('asks one question for each detail to probe', () => {
      expect(branch('check-in-mail').questions.length).toBeGreaterThanOrEqual(6);
    });

    it('reminds not to accept the claim without details', () => {
      expect(branch('check-in-mail').donts).toContain('accepting-the-mail-claim');
    });
  });

  describe('promise to pay', () => {
    it('pins down the amount, date, method and invoices', () => {
      expect(branch('promise-to-pay').fields.map((field) => [field.id, field.type])).toEqual([
        ['amount', 'money'],
        ['pay-on', 'date'],
        ['method', 'choice'],
        ['invoices', 'text'],
      ]);
    });

    it('takes only a promise date still to come', () => {
      expect(fieldOf('promise-to-pay', 'pay-on')).toMatchObject({ allow: 'future' });
    });

    it('offers check, ACH, wire, card and the portal as methods', () => {
      const method = fieldOf('promise-to-pay', 'method');

      expect(method?.type === 'choice' && method.options.map((o) => o.id)).toEqual([
        'check',
        'ach',
        'wire',
        'card',
        'portal',
      ]);
    });

    it('refuses a zero promise', () => {
      expect(fieldOf('promise-to-pay', 'amount')).not.toHaveProperty('allowZero', true);
    });

    it('warns about a promise above what is owed', () => {
      expect(fieldOf('promise-to-pay', 'amount')).toMatchObject({ warnAboveOwed: true });
    });
  });

  describe('dispute', () => {
    it('records the reason, both amounts, invoices, documents, owner and a date to answer by', () => {
      expect(branch('dispute').fields.map((field) => [field.id, field.type])).toEqual([
        ['reason', 'choice'],
        ['disputed-amount', 'money'],
        ['undisputed-amount', 'money'],
        ['invoices', 'text'],
        ['documents', 'text'],
        ['owner', 'text'],
        ['answer-by', 'date'],
        ['status', 'choice'],
      ]);
    });

    it('lets the undisputed amount be zero', () => {
      expect(fieldOf('dispute', 'undisputed-amount')).toMatchObject({ allowZero: true });
    });

    it('lets the caller give a reason not listed', () => {
      expect(fieldOf('dispute', 'reason')).toMatchObject({ allowOther: true });
    });

    it('reminds not to threaten, confront or overpromise', () => {
      expect(branch('dispute').donts).toEqual(
        expect.arrayContaining(['confrontation', 'legal-threats', 'overpromising']),
      );
    });
  });

  describe('invoice not received', () => {
    it('confirms the address and records the resend', () => {
      expect(branch('invoice-not-received').fields.map((field) => [field.id, field.type])).toEqual([
        ['confirmed-address', 'text'],
        ['resent-on', 'date'],
        ['resent-to', 'text'],
      ]);
    });

    it('takes only a past or present resend date', () => {
      expect(fieldOf('invoice-not-received', 'resent-on')).toMatchObject({ allow: 'past' });
    });
  });

  describe('already paid', () => {
    it('records the date, amount, method and reference of the payment', () => {
      expect(branch('already-paid').fields.map((field) => [field.id, field.type])).toEqual([
        ['paid-on', 'date'],
        ['amount', 'money'],
        ['method', 'choice'],
        ['reference', 'text'],
      ]);
    });

    it('takes only a past payment date', () => {
      expect(fieldOf('already-paid', 'paid-on')).toMatchObject({ allow: 'past' });
    });
  });

  describe('hardship', () => {
    it('records what can be paid now, the plan and the first payment date', () => {
      expect(branch('hardship').fields.map((field) => [field.id, field.type])).toEqual([
        ['pay-now', 'money'],
        ['plan', 'text'],
        ['first-payment-on', 'date'],
      ]);
    });

    it('lets the amount paid now be zero', () => {
      expect(fieldOf('hardship', 'pay-now')).toMatchObject({ allowZero: true });
    });

    it('takes only a first payment date still to come', () => {
      expect(fieldOf('hardship', 'first-payment-on')).toMatchObject({ allow: 'future' });
    });

    it('reminds not to overpromise', () => {
      expect(branch('hardship').donts).toContain('overpromising');
    });
  });

  describe('the guidance of the seeds', () => {
    it('has the caller prepare the account and never assume', () => {
      const prepare = findPlaybookStep(defaultArPlaybook, 'prepare');

      expect(prepare?.questions.length).toBeGreaterThan(0);
      expect(prepare?.donts).toContain('assuming');
    });

    it('has the caller acknowledge without reacting or raising their voice', () => {
      expect(findPlaybookStep(defaultArPlaybook, 'acknowledge')?.donts).toEqual(
        expect.arrayContaining(['raising-voice', 'reacting']),
      );
    });

    it('has the caller admit and apologise for a mistake of ours', () => {
      expect(wordsOf(findPlaybookStep(defaultArPlaybook, 'acknowledge'))).toMatch(/(our )?mistake/);
    });

    it('has the caller empathize without confronting or threatening', () => {
      expect(findPlaybookStep(defaultArPlaybook, 'empathize')?.donts).toEqual(
        expect.arrayContaining(['confrontation', 'legal-threats']),
      );
    });

    it('has the caller give specific recognition, using how long they have been a customer', () => {
      const recognition = findPlaybookStep(defaultArPlaybook, 'recognition');

      expect(recognition?.phrases.flat().some((phrase) => phrase.includes('{customerSince}'))).toBe(
        true,
      );
      expect(recognition?.donts).toContain('one-size-fits-all');
    });

    it('has the caller ask what holds up payment and open the situation that fits', () => {
      expect(findSection(defaultArPlaybook, 'payment-status')?.questions.length).toBeGreaterThan(0);
    });

    it('has the caller probe "the check is in the mail"', () => {
      expect(findPlaybookStep(defaultArPlaybook, 'payment-status')?.donts).toContain(
        'accepting-the-mail-claim',
      );
    });

    it('has the caller leave the customer with an action and not overpromise', () => {
      const leaveAction = findPlaybookStep(defaultArPlaybook, 'leave-action');

      expect(leaveAction?.questions.length).toBeGreaterThan(0);
      expect(leaveAction?.donts).toContain('overpromising');
    });

    it('has the caller remind the customer of earlier promises, not ignore them', () => {
      const prepare = findPlaybookStep(defaultArPlaybook, 'prepare');

      expect(prepare?.donts).toContain('ignoring-red-flags');
      expect(prepare?.questions.join('\n').toLowerCase()).toContain('promise');
    });

    it('has the caller recap and follow up after the call', () => {
      const followUp = findPlaybookStep(defaultArPlaybook, 'follow-up');

      expect(followUp?.fields.map((field) => field.id)).toEqual(['recap-to']);
    });

    it('has the don’ts of the domain notes', () => {
      expect(defaultArPlaybook.donts.map((dont) => dont.id)).toEqual(
        expect.arrayContaining([
          'raising-voice',
          'legal-threats',
          'reacting',
          'confrontation',
          'overpromising',
          'assuming',
          'one-size-fits-all',
          'accepting-the-mail-claim',
        ]),
      );
    });

    it('shows each step’s don’ts in the playbook’s words', () => {
      const prepare = findPlaybookStep(defaultArPlaybook, 'prepare')!;

      expect(dontsFor(defaultArPlaybook, prepare).map((dont) => dont.id)).toEqual(prepare.donts);
    });
  });
});

describe('findPlaybookStep', () => {
  it('finds a step by id', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'empathize')?.title).toBe('Empathize');
  });

  it('returns undefined for an unknown step', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'nope')).toBeUndefined();
  });

  it('does not find a branch', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'dispute')).toBeUndefined();
  });
});

describe('findSection', () => {
  it('finds a step', () => {
    expect(findSection(defaultArPlaybook, 'follow-up')?.id).toBe('follow-up');
  });

  it('finds a branch', () => {
    expect(findSection(defaultArPlaybook, 'hardship')?.id).toBe('hardship');
  });

  it('returns undefined for an unknown id', () => {
    expect(findSection(defaultArPlaybook, 'nope')).toBeUndefined();
  });
});

import { createCueMatcher } from '../../../shared/domain/cues';
import { fillPhrase, versionsOf, versionText } from '../../../shared/domain/merge-tokens';
import {
  cuesOf,
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
  return [
    section.prompt,
    section.why,
    ...section.phrases.flatMap((phrase) => versionsOf(phrase).map(versionText)),
    ...section.questions,
    ...section.fields.flatMap((field) => field.ask ?? []),
  ]
    .join('\n')
    .toLowerCase();
}

describe('defaultArPlaybook', () => {
  it('passes the playbook file check', () => {
    expect(checkPlaybookDocument(JSON.parse(JSON.stringify(defaultArPlaybook))).ok).toBe(true);
  });

  it('is version 4, the one whose phrases also state what the account memory holds', () => {
    expect(defaultArPlaybook.version).toBe(4);
  });

  it('runs from preparing to following up, in call order', () => {
    expect(defaultArPlaybook.steps.map((step) => step.id)).toEqual([
      'prepare',
      'acknowledge',
      'empathize',
      'recognition',
      'probe-mail',
      'leave-action',
      'follow-up',
    ]);
  });

  it('has the mission’s five steps by name, in order, between Prepare and the recap', () => {
    expect(defaultArPlaybook.steps.map((step) => step.title)).toEqual([
      'Prepare',
      'Acknowledge the issue',
      'Empathize',
      'Give recognition',
      'Probe "the check is in the mail"',
      'Leave an action',
      'Recap and follow up',
    ]);
  });

  it('opens the check-in-the-mail form from the probe step', () => {
    expect(findPlaybookStep(defaultArPlaybook, 'probe-mail')?.opens).toBe('check-in-mail');
    expect(defaultArPlaybook.steps.filter((step) => step.opens !== undefined)).toHaveLength(1);
  });

  it('says in the probe step what to ask when a payment is said to be on its way', () => {
    const probe = findPlaybookStep(defaultArPlaybook, 'probe-mail')!;
    const guidance = `${probe.prompt}\n${probe.why}`.toLowerCase();

    for (const detail of ['on its way', 'when', 'check number', 'amount', 'mailed', 'key']) {
      expect(guidance, detail).toContain(detail);
    }
  });

  it('asks plainly what holds up payment while acknowledging the issue', () => {
    const acknowledge = findPlaybookStep(defaultArPlaybook, 'acknowledge')!;

    expect(acknowledge.prompt.toLowerCase()).toContain('what holds up payment');
    expect(acknowledge.phrases.flatMap((p) => versionsOf(p).map(versionText))).toEqual(
      expect.arrayContaining([expect.stringContaining('{daysPastDue} days past due')]),
    );
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

  it('opens an invoice not received with I, leaving N to No answer', () => {
    expect(branch('invoice-not-received').key).toBe('I');
  });

  it('ends a call that reached nobody with one key each', () => {
    const keys = Object.fromEntries(
      defaultArPlaybook.outcomes.flatMap((o) => (o.key === undefined ? [] : [[o.id, o.key]])),
    );

    expect(keys).toEqual({ 'no-answer': 'N', voicemail: 'V', 'wrong-contact': 'X' });
  });

  it('uses no letter twice across branch and outcome keys', () => {
    const keys = [
      ...defaultArPlaybook.branches.map((b) => b.key),
      ...defaultArPlaybook.outcomes.flatMap((o) => o.key ?? []),
    ];

    expect(new Set(keys).size).toBe(keys.length);
  });

  it('names who on our side owns a dispute’s follow-up', () => {
    expect(branch('dispute').action?.whoField).toBe('owner');
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

  it('leaves out a phrase, or fills it free of braces and brackets, on a call that knows nothing', () => {
    for (const section of sections) {
      for (const phrase of section.phrases) {
        const filled = fillPhrase(phrase, {});
        if (filled !== null) expect(filled, JSON.stringify(phrase)).not.toMatch(/[{}[\]]/);
      }
    }
  });

  it('still gives something to say in every step that has phrases, on a call that knows nothing', () => {
    for (const section of sections.filter((s) => s.phrases.length > 0)) {
      const said = section.phrases.map((phrase) => fillPhrase(phrase, {}));
      expect(
        said.some((phrase) => phrase !== null),
        section.id,
      ).toBe(true);
    }
  });

  it('asks a question only once: a field’s question is not also a tick-box', () => {
    const normal = (question: string) =>
      question
        .toLowerCase()
        .replace(/[^a-z]+/g, ' ')
        .trim();
    for (const section of sections) {
      const asked = new Set(
        section.fields.flatMap((field) => (field.ask ? [normal(field.ask)] : [])),
      );
      for (const question of section.questions) {
        expect(asked.has(normal(question)), `${section.id}: ${question}`).toBe(false);
      }
    }
  });

  it('gives every situation’s form the questions its fields answer', () => {
    for (const section of defaultArPlaybook.branches) {
      expect(
        section.fields.some((field) => field.ask !== undefined),
        section.id,
      ).toBe(true);
    }
  });

  it('keeps as tick-boxes only questions no field answers', () => {
    expect(branch('check-in-mail').questions).toEqual([
      'If it does not arrive, will they stop the check and reissue it, or pay by ACH or wire?',
    ]);
    expect(branch('promise-to-pay').questions).toEqual([]);
    expect(findPlaybookStep(defaultArPlaybook, 'follow-up')?.questions).toEqual([]);
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

    it('asks one question for each detail to probe, with its field', () => {
      const asks = Object.fromEntries(
        branch('check-in-mail').fields.flatMap((f) => (f.ask ? [[f.id, f.ask]] : [])),
      );

      expect(Object.keys(asks).length).toBeGreaterThanOrEqual(6);
      expect(asks['mailed-on']).toBe('When was it mailed?');
      expect(asks['check-number']).toBe('What is the check number?');
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

      const words = recognition?.phrases.flatMap((p) => versionsOf(p).map(versionText)) ?? [];

      expect(words.some((phrase) => phrase.includes('{customerSince}'))).toBe(true);
      expect(recognition?.donts).toContain('one-size-fits-all');
    });

    it('has the caller ask whether something prevents payment', () => {
      expect(findSection(defaultArPlaybook, 'acknowledge')?.questions.length).toBeGreaterThan(0);
    });

    it('has the caller probe "the check is in the mail"', () => {
      expect(findPlaybookStep(defaultArPlaybook, 'probe-mail')?.donts).toContain(
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

describe('the default playbook’s cues', () => {
  const cues = cuesOf(defaultArPlaybook);
  const matcher = createCueMatcher(cues);
  const cueOf = (text: string) => matcher.find(text)?.cueId ?? null;
  const targetOf = (text: string) => {
    const cue = cues.find((candidate) => candidate.id === cueOf(text));
    return cue === undefined ? null : (cue.opens ?? `don't:${cue.reminds ?? ''}`);
  };

  it('suggests each situation a call commonly turns into', () => {
    expect(cues.flatMap((cue) => cue.opens ?? []).sort()).toEqual(
      [
        'already-paid',
        'check-in-mail',
        'dispute',
        'hardship',
        'invoice-not-received',
        'promise-to-pay',
        'wrong-contact',
      ].sort(),
    );
  });

  it('reminds of not threatening, not raising one’s voice and not reacting', () => {
    expect(cues.flatMap((cue) => cue.reminds ?? []).sort()).toEqual(
      ['legal-threats', 'raising-voice', 'reacting'].sort(),
    );
  });

  it.each([
    // The check is in the mail, however it is put.
    ['Says the check is in the mail', 'check-in-mail'],
    ['cust: cheque’s in the post since Tues', 'check-in-mail'],
    ['They mailed it on Friday', 'check-in-mail'],
    ['check was sent last week to the lockbox', 'check-in-mail'],
    ['AP says the payment went out', 'check-in-mail'],
    ['payment is on its way', 'check-in-mail'],
    ['They CUT A CHECK on the 12th', 'check-in-mail'],
    ['put the chk\nin the mail yesterday', 'check-in-mail'],
    // Already paid.
    ['Customer says they already paid', 'already-paid'],
    ['we paid that last week', 'already-paid'],
    ['insists it has been paid', 'already-paid'],
    ['payment was made on the 3rd by ACH', 'already-paid'],
    ['their bank says the check cleared', 'already-paid'],
    // Invoice not received.
    ['never got the invoice', 'invoice-not-received'],
    ['They didn’t get the bill', 'invoice-not-received'],
    ['Dana has not received any invoice from us', 'invoice-not-received'],
    ['haven’t received the invoice', 'invoice-not-received'],
    ['invoice never arrived', 'invoice-not-received'],
    ['AP cannot find the invoice', 'invoice-not-received'],
    // Dispute.
    ['we dispute the freight charge', 'dispute'],
    ['They disagree with the charge for setup', 'dispute'],
    ['disputing 2 lines on the invoice', 'dispute'],
    ['price is wrong on line 3', 'dispute'],
    ['says they were overcharged', 'dispute'],
    ['billed us twice for the same order', 'dispute'],
    ['goods arrived damaged', 'dispute'],
    // Hardship.
    ['can’t pay this month', 'hardship'],
    ['they cannot pay until the 30th', 'hardship'],
    ['they can not pay right now', 'hardship'],
    ['cant afford the full amount', 'hardship'],
    ['cash flow problems since the summer', 'hardship'],
    ['money is tight', 'hardship'],
    ['asked about a payment plan', 'hardship'],
    ['won’t be able to pay this month', 'hardship'],
    // Promise to pay.
    ['will pay by Friday', 'promise-to-pay'],
    ['they will send it by friday', 'promise-to-pay'],
    ["we'll pay next week", 'promise-to-pay'],
    ['promised payment by the 15th', 'promise-to-pay'],
    ['going to pay on Monday', 'promise-to-pay'],
    // Wrong contact.
    ['wrong person', 'wrong-contact'],
    ['Dana doesn’t work here anymore', 'wrong-contact'],
    ['not the right person, try AP', 'wrong-contact'],
    ['she left the company in May', 'wrong-contact'],
    ['he no longer works there', 'wrong-contact'],
    // Heated words bring up a don't.
    ['threatened legal action', "don't:legal-threats"],
    ['said they will sue us', "don't:legal-threats"],
    ['they are suing', "don't:legal-threats"],
    ['talk to our lawyer', "don't:legal-threats"],
    ['their attorney will call', "don't:legal-threats"],
    ['will take you to court', "don't:legal-threats"],
    ['going to a collections agency', "don't:legal-threats"],
    ['said a collection agency would be next', "don't:legal-threats"],
    ['will report you to the BBB', "don't:legal-threats"],
    ['you people never listen', "don't:reacting"],
    ['this is ridiculous', "don't:reacting"],
    ['says we are harassing them', "don't:reacting"],
    ['stop calling us', "don't:reacting"],
    ['customer yelling', "don't:raising-voice"],
  ])('suggests the right thing for %j', (notes, target) => {
    expect(targetOf(notes)).toBe(target);
  });

  it.each([
    'Sent an email to Dana',
    'check the mailbox at the front desk',
    'Emailed the statement',
    'we will pursue this next week',
    'Sue from accounting will call back',
    'asked Sue for the remittance',
    'sent it to Sue',
    'suede jackets order',
    'dispute resolved last week',
    'the dispute was resolved',
    'invoice has not been paid yet',
    'mailed to 12 Court St',
    'they usually pay on time',
    'left a voicemail',
  ])('suggests nothing for %j', (notes) => {
    expect(matcher.find(notes)).toBeNull();
  });
});

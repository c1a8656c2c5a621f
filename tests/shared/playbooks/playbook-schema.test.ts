import { versionsOf, versionText } from '../../../shared/domain/merge-tokens';
import {
  FIELD_TYPES,
  type Guidance,
  type PhraseTemplate,
  type PhraseVersion,
  type Playbook,
} from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import {
  checkPlaybookDocument,
  checkPlaybookFile,
  formatPath,
} from '../../../shared/playbooks/playbook-schema';

type Path = readonly (string | number)[];

/** Marks a property to delete rather than set. */
const REMOVE = Symbol('remove');

type Edit = readonly [Path, unknown];

/** The default playbook as a plain JSON document, with some values set or removed. */
function edited(...edits: Edit[]): unknown {
  const document = JSON.parse(JSON.stringify(defaultArPlaybook)) as unknown;
  for (const [path, value] of edits) {
    const parent = path
      .slice(0, -1)
      .reduce<unknown>(
        (node, key) => (node as Record<string | number, unknown>)[key],
        document,
      ) as Record<string | number, unknown>;
    const last = path.at(-1)!;
    if (value === REMOVE) delete parent[last];
    else parent[last] = value;
  }
  return document;
}

function issuesOf(document: unknown): readonly string[] {
  const check = checkPlaybookDocument(document);
  return check.ok ? [] : check.issues;
}

function branchIndex(branchId: string): number {
  const index = defaultArPlaybook.branches.findIndex((branch) => branch.id === branchId);
  if (index < 0) throw new Error(`no branch ${branchId}`);
  return index;
}

function fieldIndex(branchId: string, fieldId: string): number {
  const index = defaultArPlaybook.branches[branchIndex(branchId)]!.fields.findIndex(
    (field) => field.id === fieldId,
  );
  if (index < 0) throw new Error(`no field ${fieldId} in ${branchId}`);
  return index;
}

/** What the file check says about a token it does not know. */
const unknownToken = (name: string) =>
  `unknown token {${name}}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}, {totalOverdue}, {oldestInvoice}, {lastPromise}, or {step-or-branch.field} for a captured value`;

const mail = branchIndex('check-in-mail');
const promise = branchIndex('promise-to-pay');
const followUpBy = fieldIndex('check-in-mail', 'follow-up-by');

describe('checkPlaybookFile', () => {
  it('accepts the default playbook after a JSON round trip', () => {
    expect(checkPlaybookFile(JSON.stringify(defaultArPlaybook, null, 2))).toEqual({
      ok: true,
      playbook: defaultArPlaybook,
    });
  });

  it('gives one readable issue when the text is not JSON', () => {
    const check = checkPlaybookFile('{ "id": "default-ar", ');

    expect(check.ok).toBe(false);
    expect(!check.ok && check.issues).toHaveLength(1);
    expect(!check.ok && check.issues[0]).toMatch(/^The file is not valid JSON: \S/);
  });

  it('lists the document’s problems with their paths when the JSON is valid', () => {
    const text = JSON.stringify(edited([['format'], 2]));

    expect(checkPlaybookFile(text)).toEqual({ ok: false, issues: ['format: expected 1'] });
  });
});

describe('checkPlaybookDocument', () => {
  it('accepts the default playbook', () => {
    expect(checkPlaybookDocument(edited())).toEqual({ ok: true, playbook: defaultArPlaybook });
  });

  it('trims text when it accepts a document', () => {
    const check = checkPlaybookDocument(edited([['steps', 0, 'title'], '  Prepare  ']));

    expect(check.ok && check.playbook.steps[0]?.title).toBe('Prepare');
  });

  it('names the allowed field types when a field has an unknown type', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [{ id: 'colour', label: 'Colour', type: 'colour' }],
    ]);

    expect(issuesOf(document)).toEqual([
      'steps[2].fields[0].type: expected one of text, date, money, number, choice',
    ]);
  });

  it('names the allowed field types when a field has no type', () => {
    const document = edited([['steps', 2, 'fields'], [{ id: 'note', label: 'Note' }]]);

    expect(issuesOf(document)).toEqual([
      `steps[2].fields[0].type: expected one of ${FIELD_TYPES.join(', ')}`,
    ]);
  });

  it.each([
    { path: ['name'], issue: 'name: missing; expected string' },
    { path: ['steps', 0, 'title'], issue: 'steps[0].title: missing; expected string' },
    { path: ['branches', 0, 'key'], issue: 'branches[0].key: missing; expected string' },
    { path: ['steps', 1, 'phrases'], issue: 'steps[1].phrases: missing; expected array' },
    { path: ['outcomes', 0, 'kind'], issue: 'outcomes[0].kind: expected one of action, follow-up' },
  ])('reports a missing required property ($issue)', ({ path, issue }) => {
    expect(issuesOf(edited([path, REMOVE]))).toEqual([issue]);
  });

  it('says what was expected, not "missing", when a property has the wrong type', () => {
    expect(issuesOf(edited([['version'], 'two']))).toEqual(['version: expected number']);
  });

  it.each([
    [['steps', 0, 'title'], '   ', 'steps[0].title: must not be empty'],
    [['name'], '', 'name: must not be empty'],
    [['outcomes', 0, 'label'], '', 'outcomes[0].label: must not be empty'],
    [['steps', 0, 'questions', 0], ' ', 'steps[0].questions[0]: must not be empty'],
    [['steps', 1, 'phrases', 1], '', 'steps[1].phrases[1]: must not be empty'],
  ] as const)('refuses an empty string at %j', (path, value, issue) => {
    expect(issuesOf(edited([path, value]))).toEqual([issue]);
  });

  it('refuses an empty next-action text', () => {
    expect(issuesOf(edited([['branches', mail, 'action', 'what'], '']))).toEqual([
      `branches[${mail}].action.what: must not be empty`,
    ]);
  });

  it('refuses text over its length limit', () => {
    expect(issuesOf(edited([['name'], 'x'.repeat(81)]))).toEqual([
      'name: use at most 80 characters',
    ]);
  });

  it('names an unknown property of a step', () => {
    expect(issuesOf(edited([['steps', 0, 'colour'], 'red']))).toEqual([
      'steps[0]: unknown property "colour"',
    ]);
  });

  it('names every unknown property of a field', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [{ id: 'note', label: 'Note', type: 'text', colour: 'red', size: 2 }],
    ]);

    expect(issuesOf(document)).toEqual(['steps[2].fields[0]: unknown properties "colour", "size"']);
  });

  it('names an unknown property of the document itself', () => {
    expect(issuesOf(edited([['author'], 'Sam']))).toEqual([
      '(document): unknown property "author"',
    ]);
  });

  it('refuses a file format this build does not read', () => {
    expect(issuesOf(edited([['format'], 2]))).toEqual(['format: expected 1']);
  });

  it('names the allowed text formats when a text field has another', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [{ id: 'ref', label: 'Reference', type: 'text', format: 'hex' }],
    ]);

    expect(issuesOf(document)).toEqual(['steps[2].fields[0].format: expected one of free, digits']);
  });

  it.each([
    [['id'], 'Default AR', 'id: use lowercase letters, digits and dashes, like "check-in-mail"'],
    [
      ['steps', 1, 'id'],
      '-ack',
      'steps[1].id: use lowercase letters, digits and dashes, like "check-in-mail"',
    ],
    [['id'], 'x'.repeat(65), 'id: use at most 64 characters'],
    [
      ['donts', 0, 'id'],
      'Raising_Voice',
      'donts[0].id: use lowercase letters, digits and dashes, like "check-in-mail"',
    ],
  ] as const)('refuses a bad id (%j → %j)', (path, value, issue) => {
    expect(issuesOf(edited([path, value]))).toContain(issue);
  });

  it('refuses a branch key that is not one capital letter', () => {
    expect(issuesOf(edited([['branches', 0, 'key'], 'm']))).toEqual([
      'branches[0].key: use one capital letter, like "M"',
    ]);
  });

  it('refuses a version below 1', () => {
    expect(issuesOf(edited([['version'], 0]))).toEqual(['version: must be at least 1']);
  });

  it('refuses a playbook without steps', () => {
    expect(issuesOf(edited([['steps'], []]))).toEqual(['steps: list at least one step']);
  });

  it('refuses a step whose id another step has', () => {
    expect(issuesOf(edited([['steps', 1, 'id'], 'prepare']))).toContain(
      'steps[1].id: "prepare" is already the id of another step or branch',
    );
  });

  it('refuses a branch whose id a step has', () => {
    // Phrases and cues that name "promise-to-pay" are reported too: that id no longer exists.
    expect(issuesOf(edited([['branches', promise, 'id'], 'prepare']))).toContain(
      `branches[${promise}].id: "prepare" is already the id of another step or branch`,
    );
  });

  it('refuses two branches with the same id', () => {
    expect(issuesOf(edited([['branches', promise, 'id'], 'check-in-mail']))).toContain(
      `branches[${promise}].id: "check-in-mail" is already the id of another step or branch`,
    );
  });

  it('refuses two fields with the same id in one form', () => {
    expect(issuesOf(edited([['branches', mail, 'fields', 1, 'id'], 'mailed-on']))).toContain(
      `branches[${mail}].fields[1].id: "mailed-on" is used twice in this form`,
    );
  });

  it('accepts the same field id in two different forms', () => {
    const amountIn = (branchId: string) =>
      defaultArPlaybook.branches[branchIndex(branchId)]!.fields.some((f) => f.id === 'amount');

    expect(amountIn('check-in-mail') && amountIn('promise-to-pay')).toBe(true);
    expect(checkPlaybookDocument(edited()).ok).toBe(true);
  });

  it('refuses two outcomes with the same id', () => {
    expect(issuesOf(edited([['outcomes', 1, 'id'], 'promise-to-pay']))).toContain(
      'outcomes[1].id: "promise-to-pay" is used twice',
    );
  });

  it('refuses two donts with the same id', () => {
    expect(issuesOf(edited([['donts', 1, 'id'], 'raising-voice']))).toContain(
      'donts[1].id: "raising-voice" is used twice',
    );
  });

  it('refuses a branch whose outcome is not one of the outcomes', () => {
    expect(issuesOf(edited([['branches', mail, 'outcome'], 'lost-in-post']))).toEqual([
      `branches[${mail}].outcome: "lost-in-post" is not one of the outcomes' ids`,
    ]);
  });

  it('refuses an action due field that is not a date field of the branch', () => {
    expect(issuesOf(edited([['branches', mail, 'action', 'dueField'], 'amount']))).toEqual([
      `branches[${mail}].action.dueField: "amount" is not a date field of this branch`,
    ]);
  });

  it('refuses an action due field the branch does not have', () => {
    expect(issuesOf(edited([['branches', mail, 'action', 'dueField'], 'pay-on']))).toEqual([
      `branches[${mail}].action.dueField: "pay-on" is not a date field of this branch`,
    ]);
  });

  it('refuses notBefore naming a field the form does not have', () => {
    const path = ['branches', mail, 'fields', followUpBy, 'notBefore'];

    expect(issuesOf(edited([path, 'posted-on']))).toEqual([
      `branches[${mail}].fields[${followUpBy}].notBefore: "posted-on" is not a date field of this form`,
    ]);
  });

  it('refuses notBefore naming a field that is not a date', () => {
    const path = ['branches', mail, 'fields', followUpBy, 'notBefore'];

    expect(issuesOf(edited([path, 'amount']))).toEqual([
      `branches[${mail}].fields[${followUpBy}].notBefore: "amount" is not a date field of this form`,
    ]);
  });

  it('refuses defaultFrom naming a field the form does not have', () => {
    const path = ['branches', mail, 'fields', followUpBy, 'defaultFrom', 'field'];

    expect(issuesOf(edited([path, 'posted-on']))).toEqual([
      `branches[${mail}].fields[${followUpBy}].defaultFrom.field: "posted-on" is not another date field of this form`,
    ]);
  });

  it('refuses defaultFrom naming the field itself', () => {
    const path = ['branches', mail, 'fields', followUpBy, 'defaultFrom', 'field'];

    expect(issuesOf(edited([path, 'follow-up-by']))).toEqual([
      `branches[${mail}].fields[${followUpBy}].defaultFrom.field: "follow-up-by" is not another date field of this form`,
    ]);
  });

  it('refuses defaultFrom counting zero business days', () => {
    const path = ['branches', mail, 'fields', followUpBy, 'defaultFrom', 'businessDays'];

    expect(issuesOf(edited([path, 0]))).toEqual([
      `branches[${mail}].fields[${followUpBy}].defaultFrom.businessDays: must be at least 1`,
    ]);
  });

  it('refuses a reminder of a dont the playbook does not have', () => {
    expect(issuesOf(edited([['steps', 0, 'donts', 1], 'shouting']))).toEqual([
      `steps[0].donts[1]: "shouting" is not one of the donts' ids`,
    ]);
  });

  it('refuses two branches opened by the same key', () => {
    expect(issuesOf(edited([['branches', promise, 'key'], 'M']))).toEqual(
      [`branches[${promise}].key: "M" opens another branch already`].sort(),
    );
  });

  it('lists a phrase’s and a form’s own problems even while another part has the wrong shape', () => {
    const document = edited(
      [['steps', 2, 'fields'], [{ id: 'when', label: 'When', type: 'calendar' }]],
      [['steps', 1, 'phrases', 1], 'Hello {name}.'],
      [['branches', mail, 'fields', followUpBy, 'notBefore'], 'amount'],
    );

    expect([...issuesOf(document)].sort()).toEqual(
      [
        'steps[2].fields[0].type: expected one of text, date, money, number, choice',
        `steps[1].phrases[1]: ${unknownToken('name')}`,
        `branches[${mail}].fields[${followUpBy}].notBefore: "amount" is not a date field of this form`,
      ].sort(),
    );
  });

  it('refuses two options with the same id in a choice', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [
        {
          id: 'reason',
          label: 'Reason',
          type: 'choice',
          options: [
            { id: 'price', label: 'Price' },
            { id: 'price', label: 'Pricing' },
          ],
        },
      ],
    ]);

    expect(issuesOf(document)).toEqual(['steps[2].fields[0].options[1].id: is used twice']);
  });

  it('refuses an option called "other" when allowOther adds one', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [
        {
          id: 'reason',
          label: 'Reason',
          type: 'choice',
          options: [{ id: 'other', label: 'Something else' }],
          allowOther: true,
        },
      ],
    ]);

    expect(issuesOf(document)).toEqual([
      'steps[2].fields[0].options: "other" is added by allowOther; use another id',
    ]);
  });

  it('refuses a choice without options', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [{ id: 'reason', label: 'Reason', type: 'choice', options: [] }],
    ]);

    expect(issuesOf(document)).toEqual(['steps[2].fields[0].options: list at least one option']);
  });

  it('refuses a number field whose max is below its min', () => {
    const document = edited([
      ['steps', 2, 'fields'],
      [{ id: 'weeks', label: 'Weeks', type: 'number', min: 4, max: 1 }],
    ]);

    expect(issuesOf(document)).toEqual(['steps[2].fields[0].max: must not be below min']);
  });

  it('names an unknown merge token and lists the known ones', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 'Hello {name}, thanks.']))).toEqual([
      `steps[1].phrases[1]: ${unknownToken('name')}`,
    ]);
  });

  it('accepts a phrase every version of which needs a value: it is left out on a call without it', () => {
    const document = edited([
      ['steps', 1, 'phrases', 1],
      ['Hi {contact}.', 'About {invoice}.'],
    ]);

    expect(issuesOf(document)).toEqual([]);
  });

  it('accepts a single phrase that needs a value', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 'Hi {contact}.']))).toEqual([]);
  });

  it.each(['Thanks [for calling.', 'Thanks] for calling.', 'Thanks [for [calling]].'])(
    'refuses unbalanced or nested brackets in %j',
    (phrase) => {
      expect(issuesOf(edited([['steps', 1, 'phrases', 1], phrase]))).toEqual([
        'steps[1].phrases[1]: square brackets must come in pairs and not be nested',
      ]);
    },
  );

  it('refuses a brace that is not part of a token', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 'Thanks { for calling.']))).toEqual([
      'steps[1].phrases[1]: a { or } that is not part of a {token}',
    ]);
  });

  it('refuses an empty list of versions', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], []]))).toEqual([
      'steps[1].phrases[1]: list at least one version',
    ]);
  });

  it('refuses a phrase that is neither text nor a list of versions', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 42]))).toEqual([
      'steps[1].phrases[1]: expected a sentence, a sentence with the facts it needs ({ "say", "needs" }), or a list of versions',
    ]);
  });

  it('lists every problem of the document’s shape at once', () => {
    const document = edited(
      [['name'], REMOVE],
      [['steps', 2, 'fields'], [{ id: 'colour', label: 'Colour', type: 'colour' }]],
      [['outcomes', 0, 'kind'], 'maybe'],
      [['author'], 'Sam'],
    );

    expect(issuesOf(document)).toEqual([
      'name: missing; expected string',
      'steps[2].fields[0].type: expected one of text, date, money, number, choice',
      'outcomes[0].kind: expected one of action, follow-up',
      '(document): unknown property "author"',
    ]);
  });

  it('lists every problem between the document’s parts at once', () => {
    const document = edited(
      [['steps', 0, 'donts', 0], 'shouting'],
      [['steps', 1, 'phrases', 1], 'Hello {name}.'],
      [['branches', mail, 'outcome'], 'lost-in-post'],
      [['branches', promise, 'key'], 'M'],
      [['branches', mail, 'fields', followUpBy, 'notBefore'], 'amount'],
    );

    expect([...issuesOf(document)].sort()).toEqual(
      [
        `steps[0].donts[0]: "shouting" is not one of the donts' ids`,
        `steps[1].phrases[1]: ${unknownToken('name')}`,
        `branches[${mail}].fields[${followUpBy}].notBefore: "amount" is not a date field of this form`,
        `branches[${mail}].outcome: "lost-in-post" is not one of the outcomes' ids`,
        `branches[${promise}].key: "M" opens another branch already`,
      ].sort(),
    );
  });

  it('refuses something that is not an object, at the document level', () => {
    const issues = issuesOf([]);

    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatch(/^\(document\): .*expected object$/);
  });
});

const stepIndex = (stepId: string) => {
  const index = defaultArPlaybook.steps.findIndex((step) => step.id === stepId);
  if (index < 0) throw new Error(`no step ${stepId}`);
  return index;
};
const outcomeIndex = (outcomeId: string) =>
  defaultArPlaybook.outcomes.findIndex((outcome) => outcome.id === outcomeId);

describe('phrases bound to facts', () => {
  const recognition = stepIndex('recognition');

  it('accepts a version that names the facts it needs', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      [{ say: 'You pay on time.', needs: ['paysOnTime', 'earlierPromise'] }, 'Thanks.'],
    ]);

    expect(issuesOf(document)).toEqual([]);
  });

  it('names the known facts when a version needs another', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      { say: 'You pay on time.', needs: ['goodPayer'] },
    ]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0].needs[0]: expected one of paysOnTime, earlierPromise`,
    ]);
  });

  it('refuses a version that needs no fact at all', () => {
    const document = edited([['steps', recognition, 'phrases', 0], [{ say: 'Hi.', needs: [] }]]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0][0].needs: list at least one fact; a version that needs none is plain text`,
    ]);
  });

  it('refuses a fact named twice', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      ['Hi.', { say: 'On time.', needs: ['paysOnTime', 'paysOnTime'] }],
    ]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0][1].needs[1]: is listed twice`,
    ]);
  });

  it('says what is missing from a version with words but no needs', () => {
    const document = edited([['steps', recognition, 'phrases', 0], { say: 'On time.' }]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0].needs: missing; expected array`,
    ]);
  });

  it('names an unknown property of a version', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      { say: 'On time.', needs: ['paysOnTime'], tone: 'warm' },
    ]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0]: unknown property "tone"`,
    ]);
  });

  it('checks the words of a version that needs facts', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      ['Hi.', { say: 'Hi {name}.', needs: ['paysOnTime'] }],
    ]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0][1].say: ${unknownToken('name')}`,
    ]);
  });

  it('accepts a token naming a field of another section', () => {
    const document = edited([
      ['steps', 1, 'phrases', 1],
      'About {promise-to-pay.amount}[ by {promise-to-pay.pay-on}].',
    ]);

    expect(issuesOf(document)).toEqual([]);
  });

  it('refuses a token naming a field its section does not have', () => {
    const document = edited([
      ['branches', promise, 'phrases', 0, 0],
      'So that is {promise-to-pay.amnt}. Have I got that right?',
    ]);

    expect(issuesOf(document)).toEqual([
      `branches[${promise}].phrases[0][0]: {promise-to-pay.amnt} is not a field of "promise-to-pay"`,
    ]);
  });

  it('refuses a token naming a section the playbook does not have', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 'About {promise.amount}.']))).toEqual([
      `steps[1].phrases[1]: {promise.amount}: "promise" is not one of the steps' or branches' ids`,
    ]);
  });

  it('checks captured tokens in the words of a version that needs facts', () => {
    const document = edited([
      ['steps', recognition, 'phrases', 0],
      [{ say: 'As promised, {promise-to-pay.sum}.', needs: ['earlierPromise'] }],
    ]);

    expect(issuesOf(document)).toEqual([
      `steps[${recognition}].phrases[0][0].say: {promise-to-pay.sum} is not a field of "promise-to-pay"`,
    ]);
  });
});

describe('the recap wording of a branch', () => {
  it('accepts a topic and sentences bound to captured facts', () => {
    const document = edited([
      ['branches', promise, 'recap'],
      { topic: 'Your plan to pay', agreed: ['You plan to pay {promise-to-pay.amount}.'] },
    ]);

    expect(issuesOf(document)).toEqual([]);
  });

  it('refuses a sentence naming a field the playbook does not have', () => {
    const document = edited([
      ['branches', promise, 'recap'],
      { agreed: ['[Paid by {promise-to-pay.amnt}.]'] },
    ]);

    expect(issuesOf(document)).toEqual([
      `branches[${promise}].recap.agreed[0]: {promise-to-pay.amnt} is not a field of "promise-to-pay"`,
    ]);
  });

  it('refuses a token the phrases do not know', () => {
    const document = edited([['branches', promise, 'recap'], { agreed: ['Hi {name}.'] }]);

    expect(issuesOf(document)).toEqual([
      `branches[${promise}].recap.agreed[0]: ${unknownToken('name')}`,
    ]);
  });
});

describe('questions a field answers', () => {
  const mailedOn = fieldIndex('check-in-mail', 'mailed-on');

  it('accepts a field with its question', () => {
    const document = edited([['branches', mail, 'fields', mailedOn, 'ask'], 'When did it go?']);

    expect(issuesOf(document)).toEqual([]);
  });

  it('refuses an empty question', () => {
    expect(issuesOf(edited([['branches', mail, 'fields', mailedOn, 'ask'], ' ']))).toEqual([
      `branches[${mail}].fields[${mailedOn}].ask: must not be empty`,
    ]);
  });

  it('refuses a question over 200 characters', () => {
    const document = edited([['branches', mail, 'fields', mailedOn, 'ask'], 'x'.repeat(201)]);

    expect(issuesOf(document)).toEqual([
      `branches[${mail}].fields[${mailedOn}].ask: use at most 200 characters`,
    ]);
  });
});

describe('a step that opens a situation', () => {
  const probe = stepIndex('probe-mail');

  it('refuses a branch the playbook does not have', () => {
    expect(issuesOf(edited([['steps', probe, 'opens'], 'lost-in-post']))).toEqual([
      `steps[${probe}].opens: "lost-in-post" is not one of the branches' ids`,
    ]);
  });

  it('refuses a step in place of a branch', () => {
    expect(issuesOf(edited([['steps', probe, 'opens'], 'prepare']))).toEqual([
      `steps[${probe}].opens: "prepare" is not one of the branches' ids`,
    ]);
  });

  it('refuses an id that is not an id', () => {
    expect(issuesOf(edited([['steps', probe, 'opens'], 'Check in mail']))).toContain(
      `steps[${probe}].opens: use lowercase letters, digits and dashes, like "check-in-mail"`,
    );
  });
});

describe('who does a branch’s follow-up', () => {
  const dispute = branchIndex('dispute');

  it('refuses a field the branch does not have', () => {
    expect(issuesOf(edited([['branches', dispute, 'action', 'whoField'], 'boss']))).toEqual([
      `branches[${dispute}].action.whoField: "boss" is not a text field of this branch`,
    ]);
  });

  it('refuses a field that is not text', () => {
    expect(issuesOf(edited([['branches', dispute, 'action', 'whoField'], 'answer-by']))).toEqual([
      `branches[${dispute}].action.whoField: "answer-by" is not a text field of this branch`,
    ]);
  });
});

describe('outcome keys', () => {
  const noAnswer = outcomeIndex('no-answer');
  const promiseOutcome = outcomeIndex('promise-to-pay');

  it('refuses a key on an outcome that leaves something to agree', () => {
    expect(issuesOf(edited([['outcomes', promiseOutcome, 'key'], 'Q']))).toEqual([
      `outcomes[${promiseOutcome}].key: only a follow-up outcome has a key: it ends the call at once, with nothing to agree`,
    ]);
  });

  it('refuses a key that is not one capital letter', () => {
    expect(issuesOf(edited([['outcomes', noAnswer, 'key'], 'n']))).toEqual([
      `outcomes[${noAnswer}].key: use one capital letter, like "N"`,
    ]);
  });

  it('refuses a key a branch already uses', () => {
    expect(issuesOf(edited([['outcomes', noAnswer, 'key'], 'M']))).toEqual([
      `outcomes[${noAnswer}].key: "M" opens another branch already`,
    ]);
  });

  it('refuses a key another outcome already uses', () => {
    const voicemail = outcomeIndex('voicemail');

    expect(issuesOf(edited([['outcomes', voicemail, 'key'], 'N']))).toEqual([
      `outcomes[${voicemail}].key: "N" ends the call with another outcome already`,
    ]);
  });

  it('refuses a branch key an outcome already uses, at the outcome', () => {
    expect(issuesOf(edited([['branches', mail, 'key'], 'N']))).toEqual([
      `outcomes[${noAnswer}].key: "N" opens another branch already`,
    ]);
  });
});

describe('cues', () => {
  const cues = defaultArPlaybook.cues ?? [];
  const opening = cues.findIndex((cue) => cue.opens !== undefined);
  const reminding = cues.findIndex((cue) => cue.reminds !== undefined);

  it('accepts a playbook without cues', () => {
    expect(issuesOf(edited([['cues'], REMOVE]))).toEqual([]);
  });

  it('accepts an empty list of cues', () => {
    expect(issuesOf(edited([['cues'], []]))).toEqual([]);
  });

  it('refuses a cue that both opens and reminds', () => {
    expect(issuesOf(edited([['cues', opening, 'reminds'], 'reacting']))).toEqual([
      `cues[${opening}]: set either "opens" or "reminds", not both: a cue does one thing`,
    ]);
  });

  it('refuses a cue that does nothing', () => {
    expect(issuesOf(edited([['cues', opening, 'opens'], REMOVE]))).toEqual([
      `cues[${opening}]: set "opens" (a branch to suggest) or "reminds" (a dont to bring up)`,
    ]);
  });

  it('refuses a cue that opens a branch the playbook does not have', () => {
    expect(issuesOf(edited([['cues', opening, 'opens'], 'lost-in-post']))).toEqual([
      `cues[${opening}].opens: "lost-in-post" is not one of the branches' ids`,
    ]);
  });

  it('refuses a cue that reminds of a dont the playbook does not have', () => {
    expect(issuesOf(edited([['cues', reminding, 'reminds'], 'shouting']))).toEqual([
      `cues[${reminding}].reminds: "shouting" is not one of the donts' ids`,
    ]);
  });

  it('refuses two cues with the same id', () => {
    expect(issuesOf(edited([['cues', 1, 'id'], cues[0]!.id]))).toEqual([
      `cues[1].id: "${cues[0]!.id}" is used twice`,
    ]);
  });

  it.each([
    ['* in the mail', 'a lone * cannot start or end a pattern'],
    ['Check in the mail', 'write patterns in lowercase'],
    ['check  in the mail', 'separate words with single spaces, with none at the start or end'],
  ])('refuses the pattern %j in the matcher’s words', (pattern, problem) => {
    expect(issuesOf(edited([['cues', 0, 'says', 1], pattern]))).toEqual([
      `cues[0].says[1]: ${problem}`,
    ]);
  });

  it('refuses an empty pattern', () => {
    expect(issuesOf(edited([['cues', 0, 'says', 0], '']))).toEqual([
      'cues[0].says[0]: write at least one word',
    ]);
  });

  it('refuses a pattern over 120 characters', () => {
    const long = `${Array.from({ length: 11 }, () => 'abcdefghij').join(' ')}k`;

    expect(issuesOf(edited([['cues', 0, 'says', 0], long]))).toEqual([
      'cues[0].says[0]: use at most 120 characters',
    ]);
  });

  it('refuses a pattern listed twice in a cue', () => {
    expect(issuesOf(edited([['cues', 0, 'says', 1], cues[0]!.says[0]]))).toEqual([
      'cues[0].says[1]: is listed twice',
    ]);
  });

  it('refuses a cue without patterns', () => {
    expect(issuesOf(edited([['cues', 0, 'says'], []]))).toEqual([
      'cues[0].says: list at least one pattern',
    ]);
  });

  it('refuses more than 30 patterns in a cue', () => {
    const says = Array.from({ length: 31 }, (_, index) => `word${index}`);

    expect(issuesOf(edited([['cues', 0, 'says'], says]))).toEqual([
      'cues[0].says: list at most 30 patterns',
    ]);
  });

  it('refuses more than 40 cues', () => {
    const many = Array.from({ length: 41 }, (_, index) => ({
      id: `cue-${index}`,
      says: [`word${index}`],
      reminds: 'reacting',
    }));

    expect(issuesOf(edited([['cues'], many]))).toEqual(['cues: list at most 40 cues']);
  });

  it('names an unknown property of a cue', () => {
    expect(issuesOf(edited([['cues', 0, 'weight'], 2]))).toEqual([
      'cues[0]: unknown property "weight"',
    ]);
  });
});

/** A playbook as version 2 of the default, and files written for it, shaped it. */
const OLDER_PLAYBOOK = {
  format: 1,
  id: 'team-ar',
  version: 2,
  name: 'Our overdue call',
  description: '',
  steps: [
    {
      id: 'open',
      title: 'Open the call',
      prompt: 'Say who you are and why you call.',
      why: 'They should know at once what the call is about.',
      phrases: [
        [
          'Hi[, {contact}]. I am calling about invoice {invoice}[ for {amount}].',
          'Hi[, {contact}]. I am calling about an open invoice.',
        ],
        'Your payments are usually right on time.',
      ],
      questions: ['Is anything holding up payment?'],
      fields: [],
      donts: ['assuming'],
    },
  ],
  branches: [
    {
      id: 'check-in-mail',
      key: 'M',
      title: 'Check in the mail',
      prompt: 'Get details you can trace.',
      why: 'A check with a number and a date can be found.',
      phrases: ['Let me note the details.'],
      questions: ['When was it mailed?', 'What is the check number?'],
      fields: [
        { id: 'mailed-on', label: 'Mailed on', type: 'date', allow: 'past' },
        { id: 'check-number', label: 'Check number', type: 'text', format: 'digits' },
        {
          id: 'follow-up-by',
          label: 'Follow up by',
          type: 'date',
          notBefore: 'mailed-on',
          defaultFrom: { field: 'mailed-on', businessDays: 7 },
        },
      ],
      donts: [],
      outcome: 'check-in-mail',
      action: { what: 'Check it arrived', dueField: 'follow-up-by' },
    },
    {
      id: 'invoice-not-received',
      key: 'N',
      title: 'Invoice not received',
      prompt: 'Resend it now.',
      why: 'A missing invoice is easy to fix.',
      phrases: [],
      questions: [],
      fields: [],
      donts: [],
      outcome: 'other',
    },
  ],
  outcomes: [
    { id: 'check-in-mail', label: 'Check in the mail', kind: 'action' },
    { id: 'no-answer', label: 'No answer', kind: 'follow-up' },
    { id: 'other', label: 'Other', kind: 'action' },
  ],
  donts: [{ id: 'assuming', text: 'Do not assume.', why: 'Ask and verify.' }],
};

/** The default playbook with everything version 3 added taken out again. */
function withoutVersionThreeAdditions(): unknown {
  const document = JSON.parse(JSON.stringify(defaultArPlaybook)) as Omit<Playbook, 'cues'> & {
    cues?: unknown;
  };
  delete document.cues;
  const plain = (template: PhraseTemplate) =>
    Array.isArray(template)
      ? versionsOf(template).map(versionText)
      : versionText(template as PhraseVersion);
  const guidance = <T extends Guidance>(section: T) => ({
    ...section,
    phrases: section.phrases.map(plain),
    fields: section.fields.map(({ ask: _ask, ...field }) => field),
  });
  return {
    ...document,
    version: 2,
    steps: document.steps.map(({ opens: _opens, ...step }) => guidance(step)),
    branches: document.branches.map((branch) => ({
      ...guidance(branch),
      ...(branch.action && {
        action: { what: branch.action.what, dueField: branch.action.dueField },
      }),
    })),
    outcomes: document.outcomes.map(({ key: _key, ...outcome }) => outcome),
  };
}

describe('playbooks written before version 3', () => {
  it('still pass the check', () => {
    expect(issuesOf(OLDER_PLAYBOOK)).toEqual([]);
  });

  it('read back without cues, questions on fields or outcome keys', () => {
    const check = checkPlaybookDocument(OLDER_PLAYBOOK);

    expect(check.ok && check.playbook.cues).toBeUndefined();
    expect(check.ok && check.playbook.outcomes.every((o) => o.key === undefined)).toBe(true);
  });

  it('pass the check in the shape of the default playbook without its additions', () => {
    const document = withoutVersionThreeAdditions();

    expect(JSON.stringify(document)).not.toMatch(/"(ask|opens|whoField|needs|cues)"/);
    expect(issuesOf(document)).toEqual([]);
  });
});

describe('formatPath', () => {
  it('returns an empty string for the document itself', () => {
    expect(formatPath([])).toBe('');
  });

  it('writes a property name as it is', () => {
    expect(formatPath(['name'])).toBe('name');
  });

  it('joins properties with dots and puts indexes in brackets', () => {
    expect(formatPath(['steps', 2, 'fields', 0, 'type'])).toBe('steps[2].fields[0].type');
  });

  it('writes consecutive indexes one after the other', () => {
    expect(formatPath(['steps', 1, 'phrases', 0, 1])).toBe('steps[1].phrases[0][1]');
  });

  it('starts with a bracket when the path starts with an index', () => {
    expect(formatPath([0, 'customer'])).toBe('[0].customer');
  });
});

import { FIELD_TYPES } from '../../../shared/domain/playbook';
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
    expect(issuesOf(edited([['branches', promise, 'id'], 'prepare']))).toEqual([
      `branches[${promise}].id: "prepare" is already the id of another step or branch`,
    ]);
  });

  it('refuses two branches with the same id', () => {
    expect(issuesOf(edited([['branches', promise, 'id'], 'check-in-mail']))).toEqual([
      `branches[${promise}].id: "check-in-mail" is already the id of another step or branch`,
    ]);
  });

  it('refuses two fields with the same id in one form', () => {
    expect(issuesOf(edited([['branches', mail, 'fields', 1, 'id'], 'mailed-on']))).toEqual([
      `branches[${mail}].fields[1].id: "mailed-on" is used twice in this form`,
    ]);
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
        'steps[1].phrases[1]: unknown token {name}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}',
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
      'steps[1].phrases[1]: unknown token {name}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}',
    ]);
  });

  it('refuses a list of versions whose last one needs a value', () => {
    const document = edited([
      ['steps', 1, 'phrases', 1],
      ['Hi {contact}.', 'About {invoice}.'],
    ]);

    expect(issuesOf(document)).toEqual([
      'steps[1].phrases[1][1]: the last version must read without any values: put its tokens inside [ ] or add a version without them',
    ]);
  });

  it('refuses a single phrase that needs a value', () => {
    expect(issuesOf(edited([['steps', 1, 'phrases', 1], 'Hi {contact}.']))).toEqual([
      'steps[1].phrases[1]: the last version must read without any values: put its tokens inside [ ] or add a version without them',
    ]);
  });

  it('accepts earlier versions that need values when the last one does not', () => {
    const document = edited([
      ['steps', 1, 'phrases', 1],
      ['Hi {contact}.', 'Hi[ {contact}].'],
    ]);

    expect(issuesOf(document)).toEqual([]);
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
      'steps[1].phrases[1]: expected a sentence, or a list of versions of it',
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
        'steps[1].phrases[1]: unknown token {name}; use one of {contact}, {customer}, {invoice}, {amount}, {daysPastDue}, {customerSince}',
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

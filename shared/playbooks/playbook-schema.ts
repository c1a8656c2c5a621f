import { z } from 'zod';
import { cuePatternProblem } from '../domain/cues';
import {
  ACCOUNT_FACTS,
  capturedTokensOf,
  phraseVersionProblems,
  versionsOf,
  versionText,
} from '../domain/merge-tokens';
export { PLAYBOOK_FILE_MAX_BYTES } from '../domain/playbook';
import {
  cuesOf,
  FIELD_TYPES,
  findField,
  findSection,
  PLAYBOOK_FORMAT,
  type CaptureField,
  type Guidance,
  type PhraseTemplate,
  type Playbook,
} from '../domain/playbook';

// The playbook file format, checked wherever a playbook comes from outside the code: an imported
// file, a stored row. Main is the only place that loads it; the renderer never carries zod.

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'use lowercase letters, digits and dashes, like "check-in-mail"')
  .max(64, 'use at most 64 characters');
const text = (max: number) =>
  z.string().trim().min(1, 'must not be empty').max(max, `use at most ${max} characters`);

const fieldBase = { id, label: text(80), hint: text(200).optional(), ask: text(200).optional() };

const fieldSchema = z.discriminatedUnion('type', [
  z.strictObject({
    ...fieldBase,
    type: z.literal('text'),
    format: z.enum(['free', 'digits']).optional(),
    multiline: z.boolean().optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('date'),
    allow: z.enum(['any', 'past', 'future']).optional(),
    notBefore: id.optional(),
    defaultFrom: z
      .strictObject({ field: id, businessDays: z.number().int().min(1).max(60) })
      .optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('money'),
    allowZero: z.boolean().optional(),
    warnAboveOwed: z.boolean().optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('number'),
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.strictObject({
    ...fieldBase,
    type: z.literal('choice'),
    options: z
      .array(z.strictObject({ id, label: text(80) }))
      .min(1, 'list at least one option')
      .max(30, 'list at most 30 options'),
    allowOther: z.boolean().optional(),
  }),
]) satisfies z.ZodType<CaptureField>;

// Phrase and form rules are checked where they sit, so they are reported even while another part
// of the document still has the wrong shape (rules between parts need the whole shape first).
const factVersion = z.strictObject({
  say: text(400),
  needs: z
    .array(z.enum(ACCOUNT_FACTS, { error: `expected one of ${ACCOUNT_FACTS.join(', ')}` }))
    .min(1, 'list at least one fact; a version that needs none is plain text'),
});
const phraseVersion = z.union([text(400), factVersion]);
const phrase = z
  .union([text(400), factVersion, z.array(phraseVersion).min(1, 'list at least one version')])
  .superRefine((template, context) => {
    const isList = Array.isArray(template);
    versionsOf(template).forEach((version, index) => {
      const at: Path = isList ? [index] : [];
      const wordsAt = typeof version === 'string' ? at : [...at, 'say'];
      for (const problem of phraseVersionProblems(versionText(version))) {
        context.addIssue({ code: 'custom', path: wordsAt, message: problem });
      }
      if (typeof version !== 'string') {
        for (const repeated of duplicates(version.needs)) {
          context.addIssue({
            code: 'custom',
            path: [...at, 'needs', repeated],
            message: 'is listed twice',
          });
        }
      }
    });
  });

const formFields = z
  .array(fieldSchema)
  .max(20, 'list at most 20 fields')
  .superRefine((fields, context) => {
    checkFormFields(fields, (path, message) => context.addIssue({ code: 'custom', path, message }));
  });

const guidance = {
  id,
  title: text(80),
  prompt: text(200),
  why: text(1_000),
  phrases: z.array(phrase).max(12, 'list at most 12 phrases'),
  questions: z.array(text(200)).max(12, 'list at most 12 questions'),
  fields: formFields,
  donts: z.array(id).max(10, 'list at most 10 reminders'),
};

const stepSchema = z.strictObject({ ...guidance, opens: id.optional() });

const branchSchema = z.strictObject({
  ...guidance,
  key: z.string().regex(/^[A-Z]$/, 'use one capital letter, like "M"'),
  outcome: id,
  action: z
    .strictObject({ what: text(200), dueField: id.optional(), whoField: id.optional() })
    .optional(),
  recap: z
    .strictObject({
      topic: text(200).optional(),
      agreed: z.array(phrase).max(12, 'list at most 12 sentences').optional(),
    })
    .optional(),
});

const outcomeSchema = z.strictObject({
  id,
  label: text(80),
  kind: z.enum(['action', 'follow-up']),
  key: z
    .string()
    .regex(/^[A-Z]$/, 'use one capital letter, like "N"')
    .optional(),
});

// A pattern's own syntax is the matcher's to judge, so the file check and the matcher never differ.
const cuePattern = z
  .string()
  .max(120, 'use at most 120 characters')
  .superRefine((pattern, context) => {
    const problem = cuePatternProblem(pattern);
    if (problem !== null) context.addIssue({ code: 'custom', message: problem });
  });

const cueSchema = z
  .strictObject({
    id,
    says: z
      .array(cuePattern)
      .min(1, 'list at least one pattern')
      .max(30, 'list at most 30 patterns'),
    opens: id.optional(),
    reminds: id.optional(),
  })
  .superRefine((cue, context) => {
    const report = (message: string) => context.addIssue({ code: 'custom', path: [], message });
    if (cue.opens !== undefined && cue.reminds !== undefined) {
      report('set either "opens" or "reminds", not both: a cue does one thing');
    } else if (cue.opens === undefined && cue.reminds === undefined) {
      report('set "opens" (a branch to suggest) or "reminds" (a dont to bring up)');
    }
    for (const repeated of duplicates(cue.says)) {
      context.addIssue({ code: 'custom', path: ['says', repeated], message: 'is listed twice' });
    }
  });

const dontSchema = z.strictObject({ id, text: text(200), why: text(1_000) });

type Path = (string | number)[];

function duplicates(ids: readonly string[]): Set<number> {
  const seen = new Map<string, number>();
  const repeated = new Set<number>();
  ids.forEach((value, index) => {
    if (seen.has(value)) repeated.add(index);
    else seen.set(value, index);
  });
  return repeated;
}

/** Rules between parts of the document that the shape alone cannot express. */
function checkReferences(playbook: Playbook, report: (path: Path, message: string) => void) {
  const sections: [string, readonly Guidance[]][] = [
    ['steps', playbook.steps],
    ['branches', playbook.branches],
  ];
  const sectionIds = sections.flatMap(([, list]) => list.map((section) => section.id));
  const repeatedSections = duplicates(sectionIds);
  const dontIds = new Set(playbook.donts.map((dont) => dont.id));
  const outcomeIds = new Set(playbook.outcomes.map((outcome) => outcome.id));
  const branchIds = new Set(playbook.branches.map((branch) => branch.id));

  let offset = 0;
  for (const [kind, list] of sections) {
    list.forEach((section, index) => {
      const at = [kind, index];
      if (repeatedSections.has(offset + index)) {
        report([...at, 'id'], `"${section.id}" is already the id of another step or branch`);
      }
      section.donts.forEach((dontId, dontIndex) => {
        if (!dontIds.has(dontId)) {
          report([...at, 'donts', dontIndex], `"${dontId}" is not one of the donts' ids`);
        }
      });
      checkCapturedTokens(playbook, section.phrases, (path, message) =>
        report([...at, 'phrases', ...path], message),
      );
    });
    offset += list.length;
  }

  playbook.steps.forEach((step, index) => {
    if (step.opens !== undefined && !branchIds.has(step.opens)) {
      report(['steps', index, 'opens'], `"${step.opens}" is not one of the branches' ids`);
    }
  });

  // Branch and outcome keys share Alt+Shift, so one letter can do only one of them.
  const keyHolders = [
    ...playbook.branches.map((branch, index) => ({
      key: branch.key,
      at: ['branches', index, 'key'],
      isBranch: true,
    })),
    ...playbook.outcomes.flatMap((outcome, index) =>
      outcome.key === undefined
        ? []
        : [{ key: outcome.key, at: ['outcomes', index, 'key'], isBranch: false }],
    ),
  ];
  const firstHolder = new Map<string, (typeof keyHolders)[number]>();
  for (const holder of keyHolders) {
    const first = firstHolder.get(holder.key);
    if (first === undefined) firstHolder.set(holder.key, holder);
    else {
      report(
        holder.at,
        first.isBranch
          ? `"${holder.key}" opens another branch already`
          : `"${holder.key}" ends the call with another outcome already`,
      );
    }
  }

  playbook.branches.forEach((branch, index) => {
    const at = ['branches', index];
    // The recap's sentences bind facts the way phrases do, so they are held to the same rule.
    checkCapturedTokens(playbook, branch.recap?.agreed ?? [], (path, message) =>
      report([...at, 'recap', 'agreed', ...path], message),
    );
    if (!outcomeIds.has(branch.outcome)) {
      report([...at, 'outcome'], `"${branch.outcome}" is not one of the outcomes' ids`);
    }
    const dueField = branch.action?.dueField;
    if (
      dueField !== undefined &&
      !branch.fields.some((f) => f.id === dueField && f.type === 'date')
    ) {
      report([...at, 'action', 'dueField'], `"${dueField}" is not a date field of this branch`);
    }
    const whoField = branch.action?.whoField;
    if (
      whoField !== undefined &&
      !branch.fields.some((f) => f.id === whoField && f.type === 'text')
    ) {
      report([...at, 'action', 'whoField'], `"${whoField}" is not a text field of this branch`);
    }
  });

  playbook.outcomes.forEach((outcome, index) => {
    if (outcome.key !== undefined && outcome.kind !== 'follow-up') {
      report(
        ['outcomes', index, 'key'],
        'only a follow-up outcome has a key: it ends the call at once, with nothing to agree',
      );
    }
  });

  const cues = cuesOf(playbook);
  cues.forEach((cue, index) => {
    if (cue.opens !== undefined && !branchIds.has(cue.opens)) {
      report(['cues', index, 'opens'], `"${cue.opens}" is not one of the branches' ids`);
    }
    if (cue.reminds !== undefined && !dontIds.has(cue.reminds)) {
      report(['cues', index, 'reminds'], `"${cue.reminds}" is not one of the donts' ids`);
    }
  });

  for (const [list, name] of [
    [playbook.outcomes, 'outcomes'],
    [playbook.donts, 'donts'],
    [cues, 'cues'],
  ] as const) {
    for (const index of duplicates(list.map((item) => item.id))) {
      report([name, index, 'id'], `"${list[index]?.id}" is used twice`);
    }
  }
}

/** Every `{section.field}` of these phrases must name a field the playbook has. */
function checkCapturedTokens(
  playbook: Playbook,
  phrases: readonly PhraseTemplate[],
  report: (path: Path, message: string) => void,
) {
  phrases.forEach((template, phraseIndex) => {
    const isList = Array.isArray(template);
    versionsOf(template).forEach((version, versionIndex) => {
      const path: Path = [phraseIndex, ...(isList ? [versionIndex] : [])];
      if (typeof version !== 'string') path.push('say');
      for (const { token, sectionId, fieldId } of capturedTokensOf(versionText(version))) {
        const named = findSection(playbook, sectionId);
        if (named === undefined) {
          report(path, `${token}: "${sectionId}" is not one of the steps' or branches' ids`);
        } else if (findField(named, fieldId) === undefined) {
          report(path, `${token} is not a field of "${sectionId}"`);
        }
      }
    });
  });
}

/** Rules within one form: unique ids, and date fields that refer to other date fields. */
function checkFormFields(
  fields: readonly CaptureField[],
  report: (path: Path, message: string) => void,
) {
  const dateFields = new Set(fields.filter((f) => f.type === 'date').map((f) => f.id));
  for (const index of duplicates(fields.map((field) => field.id))) {
    report([index, 'id'], `"${fields[index]?.id}" is used twice in this form`);
  }
  fields.forEach((field, index) => {
    if (field.type === 'date') {
      if (field.notBefore !== undefined && !dateFields.has(field.notBefore)) {
        report([index, 'notBefore'], `"${field.notBefore}" is not a date field of this form`);
      }
      const source = field.defaultFrom?.field;
      if (source !== undefined && (!dateFields.has(source) || source === field.id)) {
        report(
          [index, 'defaultFrom', 'field'],
          `"${source}" is not another date field of this form`,
        );
      }
    }
    if (field.type === 'choice') {
      for (const optionIndex of duplicates(field.options.map((option) => option.id))) {
        report([index, 'options', optionIndex, 'id'], 'is used twice');
      }
      if (field.allowOther === true && field.options.some((option) => option.id === 'other')) {
        report([index, 'options'], '"other" is added by allowOther; use another id');
      }
    }
    if (field.type === 'number' && field.min !== undefined && field.max !== undefined) {
      if (field.min > field.max) report([index, 'max'], 'must not be below min');
    }
  });
}

/** A whole playbook document: its shape, then the references between its parts. */
export const playbookSchema = z
  .strictObject({
    format: z.literal(PLAYBOOK_FORMAT),
    id,
    version: z.number().int().min(1).max(1_000_000),
    name: text(80),
    description: z.string().trim().max(1_000, 'use at most 1000 characters'),
    steps: z.array(stepSchema).min(1, 'list at least one step').max(30, 'list at most 30 steps'),
    branches: z.array(branchSchema).max(20, 'list at most 20 branches'),
    outcomes: z
      .array(outcomeSchema)
      .min(1, 'list at least one outcome')
      .max(30, 'list at most 30 outcomes'),
    donts: z.array(dontSchema).max(30, 'list at most 30 donts'),
    cues: z.array(cueSchema).max(40, 'list at most 40 cues').optional(),
  })
  .superRefine((playbook, context) => {
    checkReferences(playbook, (path, message) =>
      context.addIssue({ code: 'custom', path, message }),
    );
  }) satisfies z.ZodType<Playbook>;

/** `steps[2].fields[0].type`: where in the document a problem is, as a team lead reads it. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((part, index) =>
      typeof part === 'number' ? `[${part}]` : `${index === 0 ? '' : '.'}${String(part)}`,
    )
    .join('');
}

/**
 * A phrase is a sentence, a sentence with its needs, or a list of them. When the value has the
 * shape of just one of these, its own problems are what the team lead needs ("needs[0]: expected
 * one of …"), not that it fits none of the three.
 */
function withinUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const fitting = issue.errors.filter(
      (option) => !option.some((inner) => inner.path.length === 0 && inner.code === 'invalid_type'),
    );
    const [only] = fitting;
    if (fitting.length !== 1 || only === undefined || only.length === 0) return [issue];
    return withinUnions(only).map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }));
  });
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_union':
      // A field's `type` and a phrase are the unions this document has.
      if (issue.path.at(-1) === 'type') return `expected one of ${FIELD_TYPES.join(', ')}`;
      return 'expected a sentence, a sentence with the facts it needs ({ "say", "needs" }), or a list of versions';
    case 'invalid_value':
      return `expected ${issue.values.length > 1 ? 'one of ' : ''}${issue.values.map(String).join(', ')}`;
    case 'invalid_type':
      return issue.input === undefined
        ? `missing; expected ${issue.expected}`
        : `expected ${issue.expected}`;
    case 'unrecognized_keys':
      return `unknown ${issue.keys.length > 1 ? 'properties' : 'property'} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
    case 'too_small':
      return issue.origin === 'number'
        ? `must be at least ${String(issue.minimum)}`
        : issue.message;
    case 'too_big':
      return issue.origin === 'number' ? `must be at most ${String(issue.maximum)}` : issue.message;
    default:
      return issue.message;
  }
}

export type PlaybookFileCheck =
  | { readonly ok: true; readonly playbook: Playbook }
  | { readonly ok: false; readonly issues: readonly string[] };

/**
 * Reads a playbook file: valid JSON, then the schema. On failure lists every problem with its
 * path in the document, e.g. `steps[2].fields[0].type: expected one of text, date, money, number, choice`.
 */
export function checkPlaybookFile(fileText: string): PlaybookFileCheck {
  let document: unknown;
  try {
    document = JSON.parse(fileText);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, issues: [`The file is not valid JSON: ${reason}`] };
  }
  return checkPlaybookDocument(document);
}

/** Checks a parsed document against the playbook format. */
export function checkPlaybookDocument(document: unknown): PlaybookFileCheck {
  // `reportInput` lets a wrong type be told apart from a missing property.
  const result = playbookSchema.safeParse(document, { reportInput: true });
  if (result.success) return { ok: true, playbook: result.data };
  return {
    ok: false,
    issues: withinUnions(result.error.issues).map((issue) => {
      const path = formatPath(issue.path);
      return `${path === '' ? '(document)' : path}: ${describeIssue(issue)}`;
    }),
  };
}

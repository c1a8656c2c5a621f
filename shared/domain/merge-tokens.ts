import { daysBetween, localDate, type IsoDate } from './calendar';
import { checkField, formatCapturedValue, OTHER_CHOICE, otherDetailKey } from './capture';
import { formatMoney } from './money';
import type { CaptureField, PhraseTemplate, PhraseVersion, Playbook } from './playbook';

/** The tokens a phrase may use for what the call was started with, each filled from the call. */
const CALL_TOKENS = [
  'contact',
  'customer',
  'invoice',
  'amount',
  'daysPastDue',
  'customerSince',
] as const;

/** The tokens the account memory fills: see `accountTokenValues`. */
export const ACCOUNT_TOKENS = ['totalOverdue', 'oldestInvoice', 'lastPromise'] as const;
export type AccountToken = (typeof ACCOUNT_TOKENS)[number];

/** Every token a phrase may use besides captured values. */
export const MERGE_TOKENS = [...CALL_TOKENS, ...ACCOUNT_TOKENS] as const;
export type MergeToken = (typeof MERGE_TOKENS)[number];

/** The account tokens' text for one call; one the account does not hold is absent. */
export type AccountTokenValues = Readonly<Partial<Record<AccountToken, string>>>;

/** `{promise-to-pay.amount}`: what the caller captured in one field of a step's or branch's form. */
export type CapturedToken = `${string}.${string}`;

/** The token naming one captured field, without its braces. */
export const capturedToken = (sectionId: string, fieldId: string): CapturedToken =>
  `${sectionId}.${fieldId}`;

/**
 * Facts a phrase may state that no token prints, named in a version's `needs`. The account memory
 * holds them (`accountFacts`): `paysOnTime` for a record of paying on time, `earlierPromise` for
 * a payment promised on an earlier call that is still worth raising. A call on an account with no
 * such record holds neither, so a version that needs one is not shown.
 */
export const ACCOUNT_FACTS = ['paysOnTime', 'earlierPromise'] as const;
export type AccountFact = (typeof ACCOUNT_FACTS)[number];

/** The facts a call holds, for the versions that need them. */
export type HeldFacts = ReadonlySet<string>;

/**
 * Each token's text for one call; a token without a value is absent, so a phrase that states it
 * is not shown rather than shown with a guess.
 */
export type TokenValues = Partial<Record<MergeToken, string>> &
  Readonly<Partial<Record<CapturedToken, string>>>;

/** What a call was started with that phrases can mention. */
export interface CallTokenSource {
  readonly contact: string;
  readonly customer: string;
  readonly invoice: string;
  readonly amountDueCents: number | null;
  readonly dueOn: string | null;
  readonly customerSince: string;
  readonly startedAt: number;
}

/** Everything a call knows that phrases can mention: its details and what was captured. */
export interface TokenSource extends CallTokenSource {
  /** What was typed into each form: section id, then field id (as on `Call`). */
  readonly captures: Readonly<Record<string, Readonly<Record<string, string>>>>;
}

/**
 * How many days late the invoice was on the day the call started; null when that is unknown or
 * the invoice was not yet late (a call on the due date is not a day late).
 */
export function daysPastDue(dueOn: string | null, startedAt: number): number | null {
  if (dueOn === null) return null;
  const late = daysBetween(dueOn, localDate(startedAt));
  return late > 0 ? late : null;
}

/**
 * The values of the call's own tokens (contact, invoice, amount due…). Days past due count only
 * once the invoice is actually late, from the day the call started.
 */
export function callTokenValues(call: CallTokenSource): Partial<Record<MergeToken, string>> {
  const values: Partial<Record<MergeToken, string>> = {};
  const text = (token: MergeToken, value: string) => {
    if (value.trim() !== '') values[token] = value.trim();
  };
  text('contact', call.contact);
  text('customer', call.customer);
  text('invoice', call.invoice);
  text('customerSince', call.customerSince);
  if (call.amountDueCents !== null) text('amount', formatMoney(call.amountDueCents));
  const late = daysPastDue(call.dueOn, call.startedAt);
  if (late !== null) text('daysPastDue', String(late));
  return values;
}

/**
 * Every token value for a call: its own details, its account's (`accountTokenValues`, when the
 * account memory holds them), and `{section.field}` for each captured value that its field's
 * check does not refuse (checked as of `today`), read back the way the caller sees it ($6,750.00,
 * "Fri, Nov 27, 2026", a choice by its label). A value the check refuses is left out: reading
 * back a date that cannot be right is worse than saying nothing.
 */
export function tokenValues(
  call: TokenSource,
  playbook: Playbook,
  today: IsoDate,
  account: AccountTokenValues = {},
): TokenValues {
  const values: Record<string, string> = { ...account, ...callTokenValues(call) };
  for (const section of [...playbook.steps, ...playbook.branches]) {
    const captured = call.captures[section.id];
    if (captured === undefined) continue;
    for (const field of section.fields) {
      if ((captured[field.id]?.trim() ?? '') === '') continue;
      const check = checkField(field, captured[field.id] ?? '', {
        today,
        amountDueCents: call.amountDueCents,
        section,
        values: captured,
      });
      if (check?.level === 'error') continue;
      const text = spokenValue(field, captured);
      if (text !== '') values[capturedToken(section.id, field.id)] = text;
    }
  }
  return values;
}

/** A captured value as it reads inside a sentence. */
function spokenValue(field: CaptureField, values: Readonly<Record<string, string>>): string {
  // "Other: the Denver office" reads badly mid-sentence; the words typed after Other are the fact.
  if (field.type === 'choice' && values[field.id]?.trim() === OTHER_CHOICE) {
    return oneLine(values[otherDetailKey(field.id)] ?? '');
  }
  return oneLine(formatCapturedValue(field, values));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** No account facts: what a call holds when the account memory knows nothing of its account. */
export const NO_FACTS: HeldFacts = new Set();

/**
 * The facts a call holds for versions' `needs`, from what the account memory knows
 * (`accountFacts`). Only facts marked true are held.
 */
export function factsHeld(account: Partial<Record<AccountFact, boolean>> = {}): HeldFacts {
  return new Set(ACCOUNT_FACTS.filter((fact) => account[fact] === true));
}

const TOKEN = /\{([^{}[\]]*)\}/g;
const PART = /\[([^[\]]*)\]|([^[\]]+)/g;
// Section and field ids follow the playbook's id rule, so the dot cannot be part of either.
const CAPTURED_TOKEN = /^([a-z0-9][a-z0-9-]*)\.([a-z0-9][a-z0-9-]*)$/;

function isMergeToken(name: string): name is MergeToken {
  return (MERGE_TOKENS as readonly string[]).includes(name);
}

function isTokenName(name: string): boolean {
  return isMergeToken(name) || CAPTURED_TOKEN.test(name);
}

/** The versions of a phrase, most specific first. */
export function versionsOf(template: PhraseTemplate): readonly PhraseVersion[] {
  return isVersionList(template) ? template : [template];
}

// Array.isArray alone does not narrow a readonly array type.
function isVersionList(template: PhraseTemplate): template is readonly PhraseVersion[] {
  return Array.isArray(template);
}

/** The words of one version. */
export function versionText(version: PhraseVersion): string {
  return typeof version === 'string' ? version : version.say;
}

/** The facts one version states without a token. */
export function versionNeeds(version: PhraseVersion): readonly string[] {
  return typeof version === 'string' ? [] : version.needs;
}

/** Fills the tokens of a text, or null when one of them has no value. */
function fillTokens(text: string, values: TokenValues): string | null {
  const known = values as Readonly<Record<string, string | undefined>>;
  let isComplete = true;
  const filled = text.replace(TOKEN, (_, name: string) => {
    // Own properties only, so a token such as {constructor} never prints Object's.
    const value = isTokenName(name) && Object.hasOwn(known, name) ? known[name] : undefined;
    if (value === undefined) isComplete = false;
    return value ?? '';
  });
  return isComplete ? filled : null;
}

/** One version's words with optional parts resolved, or null if they state a missing value. */
function fillVersion(text: string, values: TokenValues): string | null {
  let result = '';
  for (const [, optional, plain] of text.matchAll(PART)) {
    if (optional !== undefined) {
      result += fillTokens(optional, values) ?? '';
    } else {
      const filled = fillTokens(plain ?? '', values);
      if (filled === null) return null;
      result += filled;
    }
  }
  // Dropping a part can leave a double space or a space before punctuation.
  const tidy = result
    .replace(/\s{2,}/g, ' ')
    .replace(/\s+([,.;:!?])/g, '$1')
    .trim();
  // A version that is nothing but dropped parts says nothing; the next version is better.
  return tidy === '' ? null : tidy;
}

/** A phrase filled in for a call, and how many of the call's facts it states. */
export interface FilledPhrase {
  readonly text: string;
  /** Token values and needed facts used: a read-back of what was captured scores high. */
  readonly factCount: number;
}

/**
 * The phrase as the caller should see it for this call: the first version whose needed facts are
 * all held and whose tokens outside `[ ]` all have values, with optional parts kept only when
 * filled. Never shows a raw `{token}`. Null when no version can be said truthfully for this call:
 * the phrase is then left out. Without `facts`, none is held.
 */
export function fillPhraseWithFacts(
  template: PhraseTemplate,
  values: TokenValues,
  facts: HeldFacts = NO_FACTS,
): FilledPhrase | null {
  const known = values as Readonly<Record<string, string | undefined>>;
  for (const version of versionsOf(template)) {
    const needs = versionNeeds(version);
    if (!needs.every((fact) => facts.has(fact))) continue;
    const words = versionText(version);
    const filled = fillVersion(words, values);
    if (filled === null) continue;
    const tokensUsed = [...words.matchAll(TOKEN)].filter(
      ([, name = '']) => Object.hasOwn(known, name) && known[name] !== undefined,
    ).length;
    return { text: filled, factCount: tokensUsed + needs.length };
  }
  return null;
}

/** The phrase's words for this call, or null when it cannot be said truthfully (see above). */
export function fillPhrase(
  template: PhraseTemplate,
  values: TokenValues,
  facts: HeldFacts = NO_FACTS,
): string | null {
  return fillPhraseWithFacts(template, values, facts)?.text ?? null;
}

/** A `{section.field}` token of a phrase, for the check that the field exists. */
export interface CapturedTokenRef {
  readonly token: string;
  readonly sectionId: string;
  readonly fieldId: string;
}

/** The captured-value tokens a version's words use, in order. */
export function capturedTokensOf(text: string): CapturedTokenRef[] {
  return [...text.matchAll(TOKEN)].flatMap(([token, name = '']) => {
    const match = CAPTURED_TOKEN.exec(name);
    return match ? [{ token, sectionId: match[1] ?? '', fieldId: match[2] ?? '' }] : [];
  });
}

/**
 * What is wrong with the words of one version, for the playbook file check: unknown tokens, stray
 * or nested brackets. Whether a `{section.field}` names a real field needs the whole playbook, so
 * the file check looks at that separately (`capturedTokensOf`).
 */
export function phraseVersionProblems(text: string): string[] {
  const problems: string[] = [];
  for (const [, name = ''] of text.matchAll(TOKEN)) {
    if (!isTokenName(name)) {
      problems.push(
        `unknown token {${name}}; use one of ${MERGE_TOKENS.map((t) => `{${t}}`).join(', ')}, or {step-or-branch.field} for a captured value`,
      );
    }
  }
  const withoutTokens = text.replace(TOKEN, '');
  if (/[{}]/.test(withoutTokens)) problems.push('a { or } that is not part of a {token}');
  let depth = 0;
  for (const character of text) {
    if (character === '[') depth += 1;
    if (character === ']') depth -= 1;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) problems.push('square brackets must come in pairs and not be nested');
  return problems;
}

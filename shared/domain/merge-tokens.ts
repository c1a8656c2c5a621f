import { daysBetween, localDate } from './calendar';
import { formatMoney } from './money';
import type { PhraseTemplate } from './playbook';

/** The tokens a phrase may use, each filled from the call. */
export const MERGE_TOKENS = [
  'contact',
  'customer',
  'invoice',
  'amount',
  'daysPastDue',
  'customerSince',
] as const;
export type MergeToken = (typeof MERGE_TOKENS)[number];

/** Each token's text for one call; a token without a value is absent. */
export type TokenValues = Partial<Record<MergeToken, string>>;

/** What a call knows that phrases can mention. */
export interface TokenSource {
  readonly contact: string;
  readonly customer: string;
  readonly invoice: string;
  readonly amountDueCents: number | null;
  readonly dueOn: string | null;
  readonly customerSince: string;
  readonly startedAt: number;
}

/** The token values for a call. Days past due count only once the invoice is actually late. */
export function tokenValues(call: TokenSource): TokenValues {
  const values: TokenValues = {};
  const text = (token: MergeToken, value: string) => {
    if (value.trim() !== '') values[token] = value.trim();
  };
  text('contact', call.contact);
  text('customer', call.customer);
  text('invoice', call.invoice);
  text('customerSince', call.customerSince);
  if (call.amountDueCents !== null) text('amount', formatMoney(call.amountDueCents));
  if (call.dueOn !== null) {
    const late = daysBetween(call.dueOn, localDate(call.startedAt));
    if (late > 0) text('daysPastDue', String(late));
  }
  return values;
}

const TOKEN = /\{([^{}[\]]*)\}/g;
const PART = /\[([^[\]]*)\]|([^[\]]+)/g;

function isMergeToken(name: string): name is MergeToken {
  return (MERGE_TOKENS as readonly string[]).includes(name);
}

/** Fills the tokens of a text, or null when one of them has no value. */
function fillTokens(text: string, values: TokenValues): string | null {
  let isComplete = true;
  const filled = text.replace(TOKEN, (_, name: string) => {
    const value = isMergeToken(name) ? values[name] : undefined;
    if (value === undefined) isComplete = false;
    return value ?? '';
  });
  return isComplete ? filled : null;
}

/** One version of a phrase with its optional parts resolved, or null if it needs a missing value. */
function fillVersion(version: string, values: TokenValues): string | null {
  let result = '';
  for (const [, optional, plain] of version.matchAll(PART)) {
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

/**
 * The phrase as the caller should see it for this call: the first version whose tokens all have
 * values, with optional parts kept only when filled. Never shows a raw `{token}`; null only for a
 * phrase with no version that reads without the missing values.
 */
export function fillPhrase(template: PhraseTemplate, values: TokenValues): string | null {
  const versions = typeof template === 'string' ? [template] : template;
  for (const version of versions) {
    const filled = fillVersion(version, values);
    if (filled !== null) return filled;
  }
  return null;
}

/**
 * What is wrong with one version of a phrase, for the playbook file check: unknown tokens,
 * stray or nested brackets. `isLast` also requires it to read well with no values at all.
 */
export function phraseVersionProblems(version: string, isLast: boolean): string[] {
  const problems: string[] = [];
  for (const [, name = ''] of version.matchAll(TOKEN)) {
    if (!isMergeToken(name)) {
      problems.push(
        `unknown token {${name}}; use one of ${MERGE_TOKENS.map((t) => `{${t}}`).join(', ')}`,
      );
    }
  }
  const withoutTokens = version.replace(TOKEN, '');
  if (/[{}]/.test(withoutTokens)) problems.push('a { or } that is not part of a {token}');
  let depth = 0;
  for (const character of version) {
    if (character === '[') depth += 1;
    if (character === ']') depth -= 1;
    if (depth < 0 || depth > 1) break;
  }
  if (depth !== 0) problems.push('square brackets must come in pairs and not be nested');
  // An empty version is the shape check's to report; saying it needs values too would only confuse.
  if (
    isLast &&
    problems.length === 0 &&
    version.trim() !== '' &&
    fillVersion(version, {}) === null
  ) {
    problems.push(
      'the last version must read without any values: put its tokens inside [ ] or add a version without them',
    );
  }
  return problems;
}

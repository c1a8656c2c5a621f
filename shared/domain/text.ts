// Text as SQLite and every process can hold it exactly. SQLite's binding stores text up to the
// first U+0000, and a lone surrogate cannot be written as UTF-8, so either would come back
// different from what was acknowledged.

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` without U+0000, and with each lone surrogate replaced by U+FFFD. */
export function storableText(text: string): string {
  return text.replaceAll('\u0000', '').replace(LONE_SURROGATE, '\uFFFD');
}

// Deeper than any request the contract knows; what lies below is refused by the schemas anyway.
const MAX_DEPTH = 32;

/** Every string inside `value` (in arrays and plain objects) made storable. */
export function withStorableText(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return storableText(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map((item) => withStorableText(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [
      storableText(key),
      withStorableText(inner, depth + 1),
    ]),
  );
}

/** "INV-1, INV-2 and INV-3": items as a sentence lists them. */
export function listInWords(items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

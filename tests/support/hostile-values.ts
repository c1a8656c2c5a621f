import fc from 'fast-check';

// Arbitraries for values a compromised or buggy window could send across IPC: strings that break
// storage, search syntax, terminals and layout; numbers at and past every bound; keys that reach
// prototypes; shapes that are nothing like the contract. Every value here survives structured
// clone (what Electron's IPC uses), so it is something main can really receive.

/** Keys that reach into prototypes or shadow built-in methods when a lookup is careless. */
const PROTO_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  '__lookupSetter__',
  'isPrototypeOf',
] as const;

/** Pieces of text that mean something to SQLite, FTS5, e-mail headers, CSV or a terminal. */
const FRAGMENTS = [
  '\u0000',
  '\u0000\u0000abc',
  '\u0001',
  '\u0007',
  '\u0008',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u000b',
  '\u000c',
  '\u001b[31m',
  '\u007f',
  '\u0085',
  '\u00a0',
  '\u200b',
  '\u200e',
  '\u200f',
  '\u061c',
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\ufffd',
  '\ufffe',
  '\uffff',
  '\ud800',
  '\udbff',
  '\udc00',
  '\udfff',
  '\udfff\ud800',
  '\ud83d\ude00',
  'e\u0301\u0301\u0301',
  'שלום',
  '"',
  "'",
  '`',
  '\\',
  '*',
  '%',
  '_',
  '^',
  ':',
  '-',
  '(',
  ')',
  '{',
  '}',
  'NEAR(',
  ' OR ',
  ' AND ',
  ' NOT ',
  '"unterminated',
  "'; DROP TABLE calls; --",
  '=cmd|/c calc',
  '<script>alert(1)</script>',
  '../../etc/passwd',
  'C:\\Windows\\System32',
  '%s%n%x',
  '${constructor}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'Ctrl+Alt+__proto__',
  'Subject: injected\r\nBcc: x@example.com',
  'a@example.com',
  'a@example.com, b@example.com',
  '2026-02-30',
  '2026-11-23',
  '0000-00-00',
  '9999-12-31',
  '1',
  '-1',
  '0x10',
  '1e308',
  'NaN',
  'null',
  'undefined',
  'true',
  ' ',
  '',
] as const;

/** Lengths just under and over the bounds the contract uses (ids, names, notes, files). */
const BOUNDARY_LENGTHS = [
  39, 40, 41, 79, 80, 81, 199, 200, 201, 259, 260, 261, 999, 1_000, 1_001, 4_000, 4_001, 10_000,
  10_001, 20_001, 100_001,
] as const;

/** Strings far past every bound, made once: the generators pick them instead of building them. */
const HUGE_STRINGS = [
  'x'.repeat(300_001),
  '\u0000'.repeat(5_000),
  '\ud800'.repeat(5_000),
  '\u202e'.repeat(20_000),
  '"'.repeat(20_000),
  'a '.repeat(60_000),
];

function nested(depth: number, asObject: boolean): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = asObject ? { a: value } : [value];
  // fast-check prints a value recursively, which these would overflow; a symbol-keyed method
  // names it instead, and neither structured clone nor JSON carries it to main.
  Object.defineProperty(value, fc.toStringMethod, {
    value: () => `${asObject ? 'objects' : 'arrays'} nested ${depth} deep`,
  });
  return value;
}

/** Values nested far deeper than any request: a recursive check must not blow the stack. */
const DEEP_VALUES = [nested(2_000, false), nested(2_000, true), nested(64, true)];

/** Own `__proto__`, `constructor` and `prototype` properties, as JSON.parse creates them. */
const PARSED_PROTO_OBJECTS = [
  '{"__proto__":{"polluted":"yes","isAdmin":true}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"__proto__":[1,2,3],"prototype":null,"constructor":"x"}',
  '{"__proto__":{"__proto__":{"polluted":"deep"}}}',
].map((text) => JSON.parse(text) as unknown);

export const hostileKey: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 1, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
);

/** A string with a length from BOUNDARY_LENGTHS, made of one repeated hostile piece. */
const boundaryString: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...BOUNDARY_LENGTHS), fc.constantFrom('a', '\u0000', '\ud800', ' ', 'é'))
  .map(([length, unit]) => unit.repeat(length));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...FRAGMENTS) },
  {
    weight: 5,
    arbitrary: fc
      .array(
        fc.oneof(
          fc.constantFrom(...FRAGMENTS),
          fc.string({ unit: 'binary', maxLength: 8 }),
          fc.string({ unit: 'grapheme', maxLength: 8 }),
        ),
        { minLength: 1, maxLength: 8 },
      )
      .map((pieces) => pieces.join('')),
  },
  { weight: 2, arbitrary: boundaryString },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_STRINGS) },
);

export const hostileNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    -0,
    0,
    1,
    -1,
    0.5,
    1e-7,
    Number.MIN_VALUE,
    Number.MAX_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 1,
    Number.MAX_SAFE_INTEGER + 2,
    -Number.MAX_SAFE_INTEGER - 2,
    2 ** 31,
    2 ** 32,
    2 ** 63,
    1e21,
  ),
  fc.integer(),
  fc.double(),
);

const hostileLeaf: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileString },
  { weight: 4, arbitrary: hostileNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.constantFrom(10n ** 30n, -1n, 0n) },
  { weight: 1, arbitrary: fc.constantFrom(new Date(Number.NaN), new Date(0), /x/g) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(new Map([['k', 1]]), new Set([1]), new Uint8Array([0, 255])),
  },
  { weight: 1, arbitrary: fc.constantFrom(...DEEP_VALUES, ...PARSED_PROTO_OBJECTS) },
);

/**
 * Anything at all: nested arrays and objects (null-prototype and sparse ones too) with hostile
 * keys and hostile leaves, boxed values, dates, maps, sets and typed arrays.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 2, arbitrary: hostileLeaf },
  {
    weight: 3,
    arbitrary: fc.anything({
      key: hostileKey,
      values: [hostileLeaf],
      maxDepth: 3,
      maxKeys: 5,
      withNullPrototype: true,
      withBoxedValues: true,
      withSparseArray: true,
      withMap: true,
      withSet: true,
      withDate: true,
      withTypedArray: true,
      withBigInt: true,
    }),
  },
  {
    weight: 1,
    // Own prototype-named properties survive JSON.parse; that is how the preview's body arrives.
    arbitrary: fc
      .dictionary(hostileKey, hostileLeaf, { maxKeys: 4 })
      .map((entries) => JSON.parse(JSON.stringify(entries, jsonSafe)) as unknown),
  },
);

/** A whole argument list of anything, as a window that ignores the contract would send. */
export const hostileArgs: fc.Arbitrary<unknown[]> = fc.array(hostileValue, { maxLength: 4 });

/** JSON.stringify's replacer for values JSON cannot carry. */
export function jsonSafe(_key: string, value: unknown): unknown {
  return typeof value === 'bigint' ? value.toString() : value;
}

/** One change to a valid argument list: the smallest step off the contract. */
export interface Mutation {
  readonly op:
    | 'replace'
    | 'delete'
    | 'add-key'
    | 'append-text'
    | 'wrap-in-array'
    | 'nudge-number'
    | 'extra-argument'
    | 'drop-argument';
  /** Which node of the argument tree, taken modulo the number of nodes. */
  readonly at: number;
  readonly value: unknown;
  readonly key: string;
  readonly text: string;
  readonly nudge: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom(
    'replace',
    'replace',
    'replace',
    'delete',
    'add-key',
    'append-text',
    'append-text',
    'wrap-in-array',
    'nudge-number',
    'extra-argument',
    'drop-argument',
  ),
  at: fc.nat(),
  value: hostileValue,
  key: hostileKey,
  text: hostileString,
  nudge: fc.constantFrom(1, -1, 0.5, 1_000, -1_000_000, Number.NaN, Number.POSITIVE_INFINITY),
});

type Path = readonly (string | number)[];

function isContainer(value: unknown): value is Record<string | number, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Every node below the root, depth first, with its path. */
function nodesOf(value: unknown, path: Path = []): { path: Path; value: unknown }[] {
  if (!isContainer(value)) return [];
  return Object.keys(value).flatMap((key) => {
    const at = [...path, Array.isArray(value) ? Number(key) : key];
    const inner = value[key];
    return [{ path: at, value: inner }, ...nodesOf(inner, at)];
  });
}

function setOwn(target: Record<string | number, unknown>, key: string | number, value: unknown) {
  // defineProperty, so that `__proto__` becomes an own key as JSON.parse would make it.
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * `args` (a valid argument list, not changed) with `change` made to one of its nodes. The same
 * mutation on the same list always gives the same result, so a failure replays.
 */
export function applyMutation(args: readonly unknown[], change: Mutation): unknown[] {
  const copy = structuredClone(args) as unknown[];
  if (change.op === 'extra-argument') return [...copy, change.value];
  if (change.op === 'drop-argument') return copy.slice(0, -1);
  const nodes = nodesOf(copy);
  const node = nodes[change.at % Math.max(nodes.length, 1)];
  if (!node) return [...copy, change.value];
  const parentPath = node.path.slice(0, -1);
  const last = node.path[node.path.length - 1]!;
  const parent = parentPath.reduce<unknown>(
    (inner, key) => (inner as Record<string | number, unknown>)[key],
    copy,
  ) as Record<string | number, unknown>;
  switch (change.op) {
    case 'replace':
      setOwn(parent, last, change.value);
      break;
    case 'delete':
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else Reflect.deleteProperty(parent, last);
      break;
    case 'add-key':
      setOwn(isContainer(node.value) ? node.value : parent, change.key, change.value);
      break;
    case 'append-text':
      setOwn(parent, last, typeof node.value === 'string' ? node.value + change.text : change.text);
      break;
    case 'wrap-in-array':
      setOwn(parent, last, [node.value]);
      break;
    case 'nudge-number':
      setOwn(
        parent,
        last,
        typeof node.value === 'number' ? node.value + change.nudge : change.nudge,
      );
      break;
  }
  return copy;
}

/** The own property names of the built-in prototypes, to tell whether anything polluted them. */
export function prototypeKeys(): Record<string, string[]> {
  const prototypes = { Object, Array, Function, String, Number, Boolean, Promise, Map, Set };
  return Object.fromEntries(
    Object.entries(prototypes).map(([name, type]) => [
      name,
      Reflect.ownKeys(type.prototype as object)
        .map(String)
        .sort(),
    ]),
  );
}

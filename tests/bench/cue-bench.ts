// `npx tsx tests/bench/cue-bench.ts`: what matching cues costs per keystroke in long notes. Shared
// machines are noisy, so every figure sits beside a floor measured in the same run, turn by turn
// with it: a plain `indexOf` over the same window. It never fails on a slow machine: a missed
// target is marked ✗ and the exit code stays 0.

import { pathToFileURL } from 'node:url';
import { createCueMatcher, cueWindow, type CueMatcher } from '../../shared/domain/cues';
import { summarize, timed, type Summary } from './samples';
import { textTable } from './bench-table';
import { seededRandom as randomSource } from '../support/seeded-random';

export const NOTES_CHARS = 200_000;
const KEYSTROKES = 1_000;
const WARMUP = 50;
export const TARGET_MS = 2;

/** Cues as a team's playbook might write them: a dozen situations, fifty-odd patterns. */
export const BENCH_CUES = [
  {
    id: 'check-in-mail',
    says: [
      'check/cheque * in the mail/post',
      'mailed/sent * check/cheque/payment',
      'put it in the mail',
      'check/cheque went out',
      'dropped * in the mail',
    ],
  },
  {
    id: 'already-paid',
    says: ['already paid', 'paid * already', 'we paid * last week/month', 'payment cleared'],
  },
  {
    id: 'invoice-not-received',
    says: [
      'never got/received * invoice*',
      "didn't get/receive * invoice*",
      'no record of * invoice*',
      'send * copy',
    ],
  },
  {
    id: 'dispute',
    says: ['we dispute', 'disput* * invoice*/charge*/amount', 'not what we ordered', 'overcharg*'],
  },
  {
    id: 'hardship',
    says: [
      "can't pay * this month",
      'cash flow',
      'tight * month',
      'payment plan',
      'short on cash/funds',
    ],
  },
  {
    id: 'promise-to-pay',
    says: ['will pay * by', 'pay * friday/monday/tuesday/wednesday/thursday', 'pay it next week'],
  },
  { id: 'callback', says: ['call * back', 'call me tomorrow', 'try * later'] },
  { id: 'wrong-contact', says: ['wrong person', "doesn't work here", 'no longer with'] },
  {
    id: 'legal-threat',
    says: ['legal action', 'sue/suing', 'lawyer*', 'attorney*', 'collections agency', 'court'],
  },
  { id: 'hostile', says: ['you people', 'ridiculous', 'harass*', 'stop calling'] },
  { id: 'escalate', says: ['speak to * manager/supervisor', 'who is your boss'] },
] as const;

// Sentences a caller types, a few of them cue phrases, so the matcher sees hits as well as misses.
const SENTENCES = [
  'Spoke with Jordan in AP about INV-4471 and INV-4480.',
  'She says the check is in the mail since Tuesday, check number 104233.',
  'Asked for the tracking number; they sent it by certified mail to the lockbox.',
  'Balance past due 42 days, terms net 30.',
  'They never got the invoice for the October freight surcharge.',
  'Confirmed the remit address and sent a copy by email.',
  'Customer says they already paid by ACH, reference ACH-7781.',
  'Will check with the controller and call me back on Friday.',
  'We dispute the quantity on PO 5521, short shipped two pallets.',
  'Cash flow is tight this month after the system migration.',
  'Left a voicemail at reception, no answer from the bookkeeper.',
  'Promised to pay $1,250.00 by the 30th, via the portal.',
  'Mentioned the late fee; asked to waive it once.',
  'Vendor master updated with the new tax id.',
];

/** Notes of `chars` characters: sentences, with a line break or a blank line now and then. */
export function benchNotes(chars: number, seed = 1): string {
  const random = randomSource(seed);
  let notes = '';
  while (notes.length < chars) {
    notes += SENTENCES[Math.floor(random() * SENTENCES.length)]!;
    const gap = random();
    notes += gap < 0.7 ? ' ' : gap < 0.95 ? '\n' : '\n\n';
  }
  return notes.slice(0, chars);
}

export interface CueBenchRow {
  readonly measure: string;
  readonly floor: Summary;
  readonly measured: Summary;
  /** p95 under the absolute target. */
  readonly isMet: boolean;
}

/** The notes before and after keystroke `index` of typing `typed` at `at` (-1: at the end). */
function keystroke(notes: string, at: number, typed: string, index: number) {
  const position = at < 0 ? notes.length : at;
  const text = (count: number) => {
    let inserted = '';
    for (let i = 0; i < count; i++) inserted += typed[i % typed.length]!;
    const built = notes.slice(0, position) + inserted + notes.slice(position);
    // A text box hands over flat strings, not ropes of concatenations: flatten before timing.
    FLATTEN.test(built);
    return built;
  };
  return { before: text(index), after: text(index + 1) };
}

const FLATTEN = /\uFFFF/;

function measureTyping(matcher: CueMatcher, notes: string, at: number, measure: string) {
  const typed = ' she said the check is in the mail since friday.';
  const exclude = new Set<string>(['hostile']);
  const floor: number[] = [];
  const measured: number[] = [];
  let found = 0;
  for (let i = -WARMUP; i < KEYSTROKES; i++) {
    const { before, after } = keystroke(notes, at, typed, Math.max(0, i));
    // Floor: working out the window and one native scan of its text, which no matcher beats.
    const scan = () => {
      const window = cueWindow(before, after);
      if (window !== null) after.slice(window.from, window.to).indexOf('zqx');
    };
    const match = () => {
      const window = cueWindow(before, after);
      if (window !== null && matcher.find(after, { ...window, exclude }) !== null) found++;
    };
    // Which goes first swaps each turn, so neither always runs on a warmer cache.
    const [first, second] = i % 2 === 0 ? [scan, match] : [match, scan];
    const firstMs = timed(first);
    const secondMs = timed(second);
    if (i < 0) continue;
    floor.push(i % 2 === 0 ? firstMs : secondMs);
    measured.push(i % 2 === 0 ? secondMs : firstMs);
  }
  if (found === 0) throw new Error(`${measure}: typing a cue phrase found no hit.`);
  const summary = summarize(measured);
  return { measure, floor: summarize(floor), measured: summary, isMet: summary.p95 <= TARGET_MS };
}

/**
 * `cueWindow` + `find` per keystroke in 200,000 characters of notes, typing at the end and in the
 * middle, each against its floor. For `npm run bench` to print beside the storage figures.
 */
export function measureCueMatching(): CueBenchRow[] {
  const matcher = createCueMatcher(BENCH_CUES);
  const notes = benchNotes(NOTES_CHARS);
  return [
    measureTyping(matcher, notes, -1, 'cue per keystroke, typing at the end'),
    measureTyping(matcher, notes, Math.floor(NOTES_CHARS / 2), 'cue per keystroke, in the middle'),
  ];
}

const ms = (value: number) => value.toFixed(3);

function printRows(rows: readonly CueBenchRow[]): void {
  const header = [
    'measure',
    'floor p50',
    'p50 ms',
    'p50 ratio',
    'floor p95',
    'p95 ms',
    'p95 ratio',
    'floor max',
    'max ms',
    'target',
  ];
  const ratio = (measured: number, floor: number) => `${(measured / floor).toFixed(1)}×`;
  const cells = rows.map(({ floor, measured, measure, isMet }) => [
    measure,
    ms(floor.p50),
    ms(measured.p50),
    ratio(measured.p50, floor.p50),
    ms(floor.p95),
    ms(measured.p95),
    ratio(measured.p95, floor.p95),
    ms(floor.max),
    ms(measured.max),
    `p95 ≤ ${TARGET_MS} ms ${isMet ? '✓' : '✗'}`,
  ]);
  for (const line of textTable(header, cells, [0, header.length - 1])) console.log(line);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(
    `Call Coach cue bench, ${new Date().toISOString()}; node ${process.version}; ` +
      `${NOTES_CHARS.toLocaleString('en-US')} characters of notes, ${KEYSTROKES} keystrokes each`,
  );
  printRows(measureCueMatching());
  console.log(
    [
      '',
      'ratio = measured / floor, both taken in this run, turn by turn. Floor: cueWindow and one',
      "indexOf of a missing string over the window's text, which a matcher cannot beat. Each",
      'keystroke builds two 200,000-character strings outside the timing; collecting what they',
      'leave can land inside a timed turn, of the floor as well: the max of either is mostly GC.',
    ].join('\n'),
  );
}

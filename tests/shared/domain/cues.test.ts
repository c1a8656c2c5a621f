import {
  changedRange,
  createCueMatcher,
  CUE_WINDOW_MARGIN,
  cuePatternProblem,
  cueWindow,
  type CueFindOptions,
  type CueHit,
} from '../../../shared/domain/cues';
import { seededRandom } from '../../support/seeded-random';

/** A matcher for one cue made of these patterns, and the text it found. */
function found(patterns: readonly string[], text: string, options?: CueFindOptions) {
  const hit = createCueMatcher([{ id: 'cue', says: patterns }]).find(text, options);
  return hit === null ? null : text.slice(hit.start, hit.end);
}

describe('cuePatternProblem', () => {
  it.each([
    'sue',
    'already paid',
    'check/cheque * in the mail/post',
    'mail*',
    'never got/received * invoice*',
    "can't pay * this month",
    'we paid * last week/month',
    'dépôt',
    'net 30',
    'one two three four five six seven eight nine ten eleven twelve',
    'a * b * c * d * e * f * g * h * i * j * k * l',
  ])('accepts %j', (pattern) => {
    expect(cuePatternProblem(pattern)).toBeNull();
  });

  it.each([
    ['', 'write at least one word'],
    ['   ', 'write at least one word'],
    [' sue', 'separate words with single spaces, with none at the start or end'],
    ['sue ', 'separate words with single spaces, with none at the start or end'],
    ['already  paid', 'separate words with single spaces, with none at the start or end'],
    ['already\tpaid', 'separate words with single spaces, with none at the start or end'],
    ['already\npaid', 'separate words with single spaces, with none at the start or end'],
    ['Already paid', 'write patterns in lowercase'],
    ['* in the mail', 'a lone * cannot start or end a pattern'],
    ['check in the *', 'a lone * cannot start or end a pattern'],
    ['*', 'a lone * cannot start or end a pattern'],
    ['check * * mail', 'two lone * cannot stand side by side: one covers up to three words'],
    ['ma*', '"ma*" is too short: write at least 3 letters before the *'],
    ['mail/ma*', '"ma*" is too short: write at least 3 letters before the *'],
    ['ma*il', '"ma*il" has a * inside a word: a * can only end a word (mail*) or stand alone'],
    ['mail**', '"mail**" has a * inside a word: a * can only end a word (mail*) or stand alone'],
    ['mail/*', '"mail/*" uses a lone * as a choice: a lone * stands between words, not in a/b'],
    ['mail//post', '"mail//post" has an empty choice: write a word on each side of every /'],
    ['mail/', '"mail/" has an empty choice: write a word on each side of every /'],
    ['/mail', '"/mail" has an empty choice: write a word on each side of every /'],
    ['legal-action', '"legal-action" has "-": use only letters, digits and apostrophes in words'],
    ['paid.', '"paid." has ".": use only letters, digits and apostrophes in words'],
    ['(sue)', '"(sue)" has "(": use only letters, digits and apostrophes in words'],
    ['can’t pay', '"can’t" has "’": use only letters, digits and apostrophes in words'],
    ["'", `"'" needs a letter or a digit`],
    ['a'.repeat(25), `"${'a'.repeat(25)}" is too long: a word can have at most 24 characters`],
    [
      'one two three four five six seven eight nine ten eleven twelve thirteen',
      'use at most 12 words (this has 13)',
    ],
  ])('refuses %j: %s', (pattern, problem) => {
    expect(cuePatternProblem(pattern)).toBe(problem);
  });

  it('does not count lone * among the 12 words', () => {
    expect(cuePatternProblem('a * b * c * d * e * f * g * h * i * j * k * l * m')).toBe(
      'use at most 12 words (this has 13)',
    );
  });
});

describe('createCueMatcher', () => {
  describe('finds', () => {
    it('a single word', () => {
      expect(found(['sue'], 'They said they would sue us.')).toBe('sue');
    });

    it('a phrase in the middle of a sentence', () => {
      expect(found(['already paid'], 'She says they already paid last week')).toBe('already paid');
    });

    it('words in any case', () => {
      expect(found(['already paid'], 'ALREADY Paid')).toBe('ALREADY Paid');
    });

    it('letters beyond English, in any case', () => {
      expect(found(['dépôt'], 'Au DÉPÔT lundi')).toBe('DÉPÔT');
    });

    it('a phrase across a line break and a run of spaces', () => {
      expect(found(['check is in the mail'], 'check is\nin   the\r\n\r\nmail')).toBe(
        'check is\nin   the\r\n\r\nmail',
      );
    });

    it('each choice of a/b/c', () => {
      const patterns = ['in the mail/post/courier'];

      expect(found(patterns, 'in the mail')).toBe('in the mail');
      expect(found(patterns, 'in the post')).toBe('in the post');
      expect(found(patterns, 'in the courier')).toBe('in the courier');
    });

    it.each(['mail', 'mailed', 'mailing', 'Mailroom'])('%j for mail*', (word) => {
      expect(found(['mail*'], `we ${word} it`)).toBe(word);
    });

    it('a word* among choices', () => {
      expect(found(['dispute/disagree*'], 'we disagreed')).toBe('disagreed');
    });

    it.each([
      ['no word', 'check in the mail'],
      ['one word', 'check is in the mail'],
      ['two words', 'check was put in the mail'],
      ['three words', 'check was already put in the mail'],
    ])('a lone * standing for %s', (_, text) => {
      expect(found(['check * in the mail'], text)).toBe(text);
    });

    it('words with punctuation inside a lone *', () => {
      expect(found(['check * in the mail'], 'check (#104233) is in the mail')).toBe(
        'check (#104233) is in the mail',
      );
    });

    it.each(["can't pay", 'cant pay', 'can’t pay', 'CAN‘T PAY', 'canʼt pay'])(
      "%j for can't pay, apostrophes straight, curly or left out",
      (text) => {
        expect(found(["can't pay"], text)).toBe(text);
      },
    );

    it('a word starting with an apostrophe, with or without it', () => {
      expect(found(["'til friday"], 'not ’til Friday')).toBe('’til Friday');
      expect(found(["'til friday"], 'not til Friday')).toBe('til Friday');
    });

    it('a word between punctuation', () => {
      expect(found(['sue'], '"sue", he said')).toBe('sue');
      expect(found(['sue'], '(sue)')).toBe('sue');
      expect(found(['sue'], 'sue!')).toBe('sue');
    });

    it('a word in quotes, the quotes being apostrophes', () => {
      expect(found(['you people'], "he said 'you people' twice")).toBe('you people');
      expect(found(['you people'], 'he said ‘you people’ twice')).toBe('you people');
    });

    it('digits as words', () => {
      expect(found(['net 30'], 'terms are Net 30.')).toBe('Net 30');
    });

    it('a word beside an emoji', () => {
      expect(found(['sue'], 'we will 😠sue😠')).toBe('sue');
      expect(found(['you people'], '🙄you people🙄')).toBe('you people');
    });

    it('a word after a hyphen', () => {
      expect(found(['mail'], 'sent by e-mail')).toBe('mail');
    });
  });

  describe('does not find', () => {
    it.each(['email', 'mailbox', 'voicemail', 'mails'])('mail in %j', (word) => {
      expect(found(['mail'], `left a ${word} today`)).toBeNull();
    });

    it.each(['pursue', 'suede', 'sued', 'issue', "sue's"])('sue in %j', (word) => {
      expect(found(['sue'], `the ${word} was discussed`)).toBeNull();
    });

    it('a word* in a word that only contains its stem', () => {
      expect(found(['mail*'], 'left an email and a voicemail')).toBeNull();
    });

    it('the words in another order', () => {
      expect(found(['already paid'], 'paid already')).toBeNull();
    });

    it('a phrase with a word missing', () => {
      expect(found(['check is in the mail'], 'check is the mail')).toBeNull();
    });

    it('a phrase with a word between, without a lone *', () => {
      expect(found(['in the mail'], 'in the certified mail')).toBeNull();
    });

    it('a lone * standing for four words', () => {
      expect(found(['check * in the mail'], 'check was already put back in the mail')).toBeNull();
    });

    it('words joined by punctuation rather than space', () => {
      expect(found(['already paid'], 'already,paid')).toBeNull();
    });

    it('an apostrophe the pattern does not have', () => {
      expect(found(['cant pay'], "can't pay")).toBeNull();
    });

    it('a phrase split by a long run of spaces', () => {
      expect(found(['already paid'], `already${' '.repeat(11)}paid`)).toBeNull();
    });

    it('anything for a cue whose patterns are all invalid', () => {
      expect(found(['* mail', 'Mail'], 'mail')).toBeNull();
    });

    it('anything when there are no cues', () => {
      expect(createCueMatcher([]).find('check is in the mail')).toBeNull();
    });
  });

  it('skips invalid patterns and keeps the valid ones of a cue', () => {
    expect(found(['* mail', 'in the mail'], 'in the mail')).toBe('in the mail');
  });

  it('gives offsets into the text as typed, with the pattern that matched', () => {
    const matcher = createCueMatcher([
      { id: 'mail', says: ['check/cheque * in the mail/post', 'mailed * check'] },
    ]);
    const text = 'Notes:\n  The Cheque  is in the\n POST, she says.';

    expect(matcher.find(text)).toEqual<CueHit>({
      cueId: 'mail',
      pattern: 'check/cheque * in the mail/post',
      start: text.indexOf('Cheque'),
      end: text.indexOf(','),
    });
  });

  describe('when several cues match', () => {
    const matcher = createCueMatcher([
      { id: 'mail', says: ['check * in the mail'] },
      { id: 'paid', says: ['already paid'] },
      { id: 'legal', says: ['legal action', 'sue'] },
      { id: 'in-mail', says: ['in the mail'] },
    ]);

    it('gives the hit that ends latest', () => {
      const text = 'they already paid, the check is in the mail, no legal action';

      expect(matcher.find(text)?.cueId).toBe('legal');
    });

    it('gives the hit that ends latest even when another starts later', () => {
      const overlapping = createCueMatcher([
        { id: 'later-start', says: ['paid'] },
        { id: 'later-end', says: ['already paid it'] },
      ]);

      expect(overlapping.find('already paid it')?.cueId).toBe('later-end');
    });

    it('gives the hit starting later when the earlier ends sooner, although they overlap', () => {
      const overlapping = createCueMatcher([
        { id: 'first', says: ['already paid'] },
        { id: 'second', says: ['paid it last week'] },
      ]);

      expect(overlapping.find('already paid it last week')?.cueId).toBe('second');
    });

    it('prefers the longer of two hits that end together', () => {
      expect(matcher.find('the check is in the mail')?.cueId).toBe('mail');
    });

    it('leaves out excluded cues, giving the next latest', () => {
      const text = 'they already paid, the check is in the mail, no legal action';

      expect(matcher.find(text, { exclude: new Set(['legal']) })?.cueId).toBe('mail');
      expect(matcher.find(text, { exclude: new Set(['legal', 'mail']) })?.cueId).toBe('in-mail');
      expect(matcher.find(text, { exclude: new Set(['legal', 'mail', 'in-mail']) })?.cueId).toBe(
        'paid',
      );
      expect(
        matcher.find(text, { exclude: new Set(['legal', 'mail', 'in-mail', 'paid']) }),
      ).toBeNull();
    });

    it('finds a cue starting at the same word as an excluded one', () => {
      const sameStart = createCueMatcher([
        { id: 'long', says: ['check is in the mail'] },
        { id: 'short', says: ['check is'] },
      ]);

      expect(sameStart.find('check is in the mail', { exclude: new Set(['long']) })).toEqual({
        cueId: 'short',
        pattern: 'check is',
        start: 0,
        end: 8,
      });
    });
  });

  describe('within from and to', () => {
    const text = 'sue them, then sue again';
    const first = text.indexOf('sue');
    const second = text.lastIndexOf('sue');

    it('finds only hits that start at or after from', () => {
      expect(
        createCueMatcher([{ id: 'c', says: ['sue'] }]).find(text, { from: first + 1 }),
      ).toEqual({ cueId: 'c', pattern: 'sue', start: second, end: second + 3 });
    });

    it('finds only hits that end at or before to', () => {
      const hit = createCueMatcher([{ id: 'c', says: ['sue'] }]).find(text, { to: second + 2 });

      expect(hit?.start).toBe(first);
    });

    it('does not take the end of a word cut by from as a whole word', () => {
      expect(found(['sue'], 'pursue', { from: 3 })).toBeNull();
    });

    it('does not take the start of a word cut by to as a whole word', () => {
      expect(found(['mail'], 'mailing', { to: 4 })).toBeNull();
    });

    it('does not take part of a phrase cut by to as the phrase', () => {
      expect(found(['check * in the mail'], 'check is in the mail', { to: 12 })).toBeNull();
    });

    it('clamps offsets outside the text', () => {
      expect(found(['sue'], 'sue', { from: -5, to: 99 })).toBe('sue');
    });
  });
});

describe('changedRange', () => {
  it.each([
    ['nothing changed', 'abc', 'abc', null],
    ['an insert at the start', 'bcd', 'Xbcd', { from: 0, to: 1 }],
    ['an insert in the middle', 'abcd', 'abXYcd', { from: 2, to: 4 }],
    ['an insert at the end', 'abc', 'abcX', { from: 3, to: 4 }],
    ['a delete at the start', 'abcd', 'cd', { from: 0, to: 0 }],
    ['a delete in the middle', 'abcd', 'ad', { from: 1, to: 1 }],
    ['a delete at the end', 'abcd', 'ab', { from: 2, to: 2 }],
    ['a replace at the start', 'abcd', 'XYcd', { from: 0, to: 2 }],
    ['a replace in the middle', 'abcd', 'aXYZd', { from: 1, to: 4 }],
    ['a replace at the end', 'abcd', 'abX', { from: 2, to: 3 }],
    ['typing into empty notes', '', 'a', { from: 0, to: 1 }],
    ['clearing the notes', 'abc', '', { from: 0, to: 0 }],
    ['a repeated letter typed again', 'aaa', 'aaaa', { from: 3, to: 4 }],
  ])('spans %s', (_, before, after, range) => {
    expect(changedRange(before, after)).toEqual(range);
  });

  it('finds a one-letter change deep inside long text', () => {
    const before = 'x'.repeat(10_000) + 'a' + 'y'.repeat(10_000);
    const after = 'x'.repeat(10_000) + 'b' + 'y'.repeat(10_000);

    expect(changedRange(before, after)).toEqual({ from: 10_000, to: 10_001 });
  });

  it('agrees with a character-by-character comparison on random edits', () => {
    const random = seededRandom(7);
    for (let round = 0; round < 300; round++) {
      const before = randomLetters(random, Math.floor(random() * 2_000));
      const at = Math.floor(random() * (before.length + 1));
      const removed = Math.floor(random() * Math.min(600, before.length - at + 1));
      const after =
        before.slice(0, at) +
        randomLetters(random, Math.floor(random() * 600)) +
        before.slice(at + removed);
      expect(changedRange(before, after)).toEqual(slowChangedRange(before, after));
    }
  });
});

describe('cueWindow', () => {
  it('is null when nothing changed', () => {
    expect(cueWindow('same', 'same')).toBeNull();
  });

  it('widens the changed span by the margin, within the text', () => {
    const before = 'a'.repeat(10_000);
    const after = `${before.slice(0, 5_000)}X${before.slice(5_000)}`;

    expect(cueWindow(before, after)).toEqual({
      from: 5_000 - CUE_WINDOW_MARGIN,
      to: 5_001 + CUE_WINDOW_MARGIN,
    });
    expect(cueWindow('ab', 'aXb')).toEqual({ from: 0, to: 3 });
  });

  it('is wide enough for the longest hit there can be', () => {
    // 12 words and 11 lone * of 3 words, each word up to 24 characters of two UTF-16 units,
    // with up to 10 spaces between words.
    const words = 12 + 11 * 3;

    expect(CUE_WINDOW_MARGIN).toBeGreaterThanOrEqual(words * 24 * 2 + (words - 1) * 10);
  });

  it('catches the longest hit there can be when its last letter is typed', () => {
    const words = Array.from(
      { length: 12 },
      (_, i) => String.fromCharCode(97 + i) + 'w'.repeat(23),
    );
    const pattern = words.join(' * ');
    const filler = 'z'.repeat(24);
    const longest = words
      .flatMap((word, i) => (i < words.length - 1 ? [word, filler, filler, filler] : [word]))
      .join(' '.repeat(10));
    const notes = `${'Lots of earlier notes. '.repeat(500)}${longest}`;
    const matcher = createCueMatcher([{ id: 'long', says: [pattern] }]);
    const window = cueWindow(notes.slice(0, -1), notes)!;

    expect(cuePatternProblem(pattern)).toBeNull();
    expect(longest.length).toBe(45 * 24 + 44 * 10);
    expect(matcher.find(notes, window)).toEqual({
      cueId: 'long',
      pattern,
      start: notes.length - longest.length,
      end: notes.length,
    });
  });
});

// A second, plain reading of the pattern rules, to check the matcher against on random notes.
const LETTER = /[\p{L}\p{M}\p{N}]/u;
const isLetter = (c: string | undefined) => c !== undefined && LETTER.test(c);
const isApostrophe = (c: string | undefined) => c !== undefined && "'‘’ʼ".includes(c);
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

const startsWord = (text: string, at: number) =>
  !isLetter(text[at - 1]) && !(isApostrophe(text[at - 1]) && isLetter(text[at - 2]));
const endsWord = (text: string, at: number) =>
  !isLetter(text[at]) && !(isApostrophe(text[at]) && isLetter(text[at + 1]));

/** Every end of `word` (a pattern word, maybe `stem*`) read from `at`, in the order tried. */
function wordEnds(text: string, at: number, word: string): number[] {
  const isStem = word.endsWith('*');
  const body = isStem ? word.slice(0, -1) : word;
  let ends = [at];
  for (const character of body) {
    const next: number[] = [];
    for (const end of ends) {
      if (character === "'") {
        if (isApostrophe(text[end])) next.push(end + 1);
        next.push(end);
      } else if (text[end]?.toLowerCase() === character) {
        next.push(end + 1);
      }
    }
    ends = next;
  }
  if (!isStem) return ends;
  return ends.flatMap((end) => {
    const longer = [end];
    let position = end;
    while (longer.length <= 24 - body.length) {
      if (isLetter(text[position])) position += 1;
      else if (isApostrophe(text[position]) && isLetter(text[position + 1])) position += 1;
      else break;
      longer.push(position);
    }
    return longer.reverse();
  });
}

function spaceEnd(text: string, at: number): number[] {
  let end = at;
  while (isSpace(text[end])) end++;
  return end > at && end - at <= 10 ? [end] : [];
}

function anyWordEnd(text: string, at: number): number[] {
  let end = at;
  while (end < text.length && !isSpace(text[end])) end++;
  return end > at && end - at <= 24 ? [end] : [];
}

/** The first way `words` (a pattern split on spaces) reads from `at`, as its end, or null. */
function slowMatch(text: string, at: number, words: readonly string[]): number | null {
  const [word, ...rest] = words;
  if (word === undefined) return endsWord(text, at) ? at : null;
  if (word === '*') {
    // Fewest words first, as a lone * is read: then one more word at a time, up to three.
    const tryGap = (from: number, left: number): number | null => {
      for (const spaced of spaceEnd(text, from)) {
        const direct = slowMatch(text, spaced, rest);
        if (direct !== null) return direct;
        if (left === 0) continue;
        for (const end of anyWordEnd(text, spaced)) {
          const further = tryGap(end, left - 1);
          if (further !== null) return further;
        }
      }
      return null;
    };
    return tryGap(at, 3);
  }
  for (const alternative of word.split('/')) {
    for (const end of wordEnds(text, at, alternative)) {
      if (rest.length === 0) {
        if (endsWord(text, end)) return end;
        continue;
      }
      const next = rest[0] === '*' ? [end] : spaceEnd(text, end);
      for (const spaced of next) {
        const result = slowMatch(text, spaced, rest);
        if (result !== null) return result;
      }
    }
  }
  return null;
}

function slowFind(
  cues: readonly { id: string; says: readonly string[] }[],
  text: string,
  from = 0,
  to = text.length,
): CueHit | null {
  let best: CueHit | null = null;
  for (let start = from; start < to; start++) {
    if (!startsWord(text, start)) continue;
    for (const cue of cues) {
      for (const pattern of cue.says) {
        const end = slowMatch(text, start, pattern.split(' '));
        if (end !== null && end <= to && (best === null || end > best.end)) {
          best = { cueId: cue.id, pattern, start, end };
        }
      }
    }
  }
  return best;
}

function slowChangedRange(before: string, after: string) {
  if (before === after) return null;
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) {
    prefix++;
  }
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return { from: prefix, to: after.length - suffix };
}

function randomLetters(random: () => number, length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += 'ab \n'[Math.floor(random() * 4)];
  return text;
}

const PROPERTY_CUES = [
  { id: 'mail', says: ['check/cheque * in the mail/post', 'mail*', 'mailed * check'] },
  { id: 'paid', says: ['already paid', 'paid * already'] },
  { id: 'hardship', says: ["can't pay * this month", 'cash flow'] },
  { id: 'legal', says: ['sue', 'legal action', 'you people'] },
  { id: 'invoice', says: ['never got * invoice*'] },
];

// Words cues are made of, their near misses, and the odd things callers type between them.
const NOTE_WORDS = [
  'check',
  'Check',
  'cheque',
  'is',
  'in',
  'the',
  'THE',
  'mail',
  'Mail.',
  'mailed',
  'email',
  'mailbox',
  'post',
  'already',
  'paid',
  'Paid,',
  'sue',
  'pursue',
  'suede',
  "can't",
  'can’t',
  'cant',
  'pay',
  'this',
  'month',
  'cash',
  'flow',
  'legal',
  'action',
  'you',
  'people',
  'never',
  'got',
  'invoice',
  'invoices',
  'INV-4471',
  '#104233',
  '(sue)',
  '“paid”',
  'dépôt',
  'we',
  'a',
];
const SPACES = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', ' \t'];

function randomNotes(random: () => number, words: number): string {
  let text = '';
  for (let i = 0; i < words; i++) {
    text += NOTE_WORDS[Math.floor(random() * NOTE_WORDS.length)];
    text += SPACES[Math.floor(random() * SPACES.length)];
  }
  return text;
}

describe('createCueMatcher on random notes', () => {
  const matcher = createCueMatcher(PROPERTY_CUES);

  it('finds what a plain reading of the rules finds', () => {
    const random = seededRandom(11);
    const cuesFound = new Set<string>();
    for (let round = 0; round < 200; round++) {
      const text = randomNotes(random, 40);
      const expected = slowFind(PROPERTY_CUES, text);
      expect(matcher.find(text), text).toEqual(expected);
      if (expected !== null) cuesFound.add(expected.pattern);
    }
    // The notes are random, but not so random that the check proves nothing.
    expect(cuesFound.size).toBeGreaterThanOrEqual(8);
  });

  it('finds in the window of an edit near the end what it finds in the whole text', () => {
    const random = seededRandom(23);
    let agreedOnHits = 0;
    for (let round = 0; round < 150; round++) {
      const before = randomNotes(random, 1_500);
      const at = before.length - Math.floor(random() * 300);
      const removed = Math.floor(random() * Math.min(20, before.length - at + 1));
      const after =
        before.slice(0, at) +
        randomNotes(random, 1 + Math.floor(random() * 3)) +
        before.slice(at + removed);
      const window = cueWindow(before, after);
      const changed = changedRange(before, after);
      if (window === null || changed === null) continue;
      const whole = matcher.find(after);
      const windowed = matcher.find(after, window);
      expect(window.to).toBe(after.length);
      if (whole !== null && whole.end >= changed.from) {
        expect(windowed, `edit at ${at}`).toEqual(whole);
        agreedOnHits++;
      } else {
        expect(windowed === null || windowed.end < changed.from, `edit at ${at}`).toBe(true);
      }
    }
    expect(agreedOnHits).toBeGreaterThan(50);
  });
});

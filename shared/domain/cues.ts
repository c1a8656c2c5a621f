/**
 * Cues: words in the caller's notes that suggest the call has turned ("check is in the mail") or
 * is heating up ("legal action"). Patterns are data that team leads write in the playbook:
 *
 * - lowercase words separated by single spaces; a word holds letters, digits and apostrophes;
 * - `a/b/c`: any one of these words;
 * - `mail*`: any word starting with `mail` (mail, mailed, mailing), with a stem of 3 or more;
 * - a lone `*`: zero to three other words, never first or last, never two in a row;
 * - at most 12 words (a lone `*` is not counted).
 *
 * Matching is of whole words, ignoring case, across any run of whitespace (so across a line
 * break), with straight and curly apostrophes alike and apostrophes optional (`can't` matches
 * `cant`). It runs on the notes as typed, so offsets are the caller's own.
 */

/** Words a pattern may have, not counting lone `*`. */
export const CUE_PATTERN_MAX_WORDS = 12;
/** Words a lone `*` may stand for. */
export const CUE_GAP_MAX_WORDS = 3;
/** Stem a `word*` needs, so that `ma*` does not match half the notes. */
export const CUE_STEM_MIN_LENGTH = 3;
/**
 * The longest word a hit is made of: a pattern's own words, a word a `word*` matches, a word a
 * lone `*` steps over. Longer runs (a pasted link, a tracking number) are not words a phrase is
 * said with, and the bound is what keeps every hit short enough for `cueWindow` to catch.
 */
export const CUE_WORD_MAX_LENGTH = 24;
/** The longest run of whitespace between two words of a hit: a blank line and an indent. */
export const CUE_SPACE_MAX_LENGTH = 10;

const MAX_NOTE_WORDS = CUE_PATTERN_MAX_WORDS + (CUE_PATTERN_MAX_WORDS - 1) * CUE_GAP_MAX_WORDS;

/**
 * No hit is longer than this, in UTF-16 code units (what string offsets count): a character
 * outside the Basic Multilingual Plane takes two.
 */
const HIT_MAX_LENGTH =
  MAX_NOTE_WORDS * CUE_WORD_MAX_LENGTH * 2 + (MAX_NOTE_WORDS - 1) * CUE_SPACE_MAX_LENGTH;

/**
 * How far `cueWindow` reaches either side of an edit. Any hit that overlaps the edit lies
 * within it, since no hit is longer (matching its few thousand characters takes well under a
 * millisecond).
 */
export const CUE_WINDOW_MARGIN = HIT_MAX_LENGTH;

/** Where a cue was found, as offsets into the text given to `find`. */
export interface CueHit {
  readonly cueId: string;
  /** The pattern that matched, as the playbook writes it. */
  readonly pattern: string;
  readonly start: number;
  /** Just past the last character of the hit. */
  readonly end: number;
}

export interface CueFindOptions {
  /** Only hits that start at or after this offset (default 0). */
  readonly from?: number;
  /** Only hits that end at or before this offset (default the text's length). */
  readonly to?: number;
  /** Cues already dismissed or used in this call. */
  readonly exclude?: ReadonlySet<string>;
}

export interface CueMatcher {
  /** The hit that ends latest (what was typed most recently), or null. */
  find(text: string, options?: CueFindOptions): CueHit | null;
}

type Alternative =
  { readonly kind: 'word'; readonly text: string } | { kind: 'stem'; text: string };
type Token =
  | { readonly kind: 'word'; readonly alternatives: readonly Alternative[] }
  | { readonly kind: 'gap' };

type Parsed = { readonly tokens: readonly Token[] } | { readonly problem: string };

const WORD_CHARACTERS = /^[\p{L}\p{M}\p{Nd}']+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

function parseAlternative(text: string, word: string): Alternative | string {
  if (text === '') return `"${word}" has an empty choice: write a word on each side of every /`;
  const isStem = text.endsWith('*');
  const body = isStem ? text.slice(0, -1) : text;
  if (body.includes('*')) {
    return `"${word}" has a * inside a word: a * can only end a word (mail*) or stand alone`;
  }
  if (isStem && body === '') {
    return `"${word}" uses a lone * as a choice: a lone * stands between words, not in a/b`;
  }
  if (!WORD_CHARACTERS.test(body)) {
    const odd = [...body].find((character) => !WORD_CHARACTERS.test(character)) ?? '';
    return `"${word}" has "${odd}": use only letters, digits and apostrophes in words`;
  }
  if (!HAS_LETTER_OR_DIGIT.test(body)) return `"${word}" needs a letter or a digit`;
  if (isStem && [...body].length < CUE_STEM_MIN_LENGTH) {
    return `"${text}" is too short: write at least ${CUE_STEM_MIN_LENGTH} letters before the *`;
  }
  if ([...body].length > CUE_WORD_MAX_LENGTH) {
    return `"${body}" is too long: a word can have at most ${CUE_WORD_MAX_LENGTH} characters`;
  }
  return { kind: isStem ? 'stem' : 'word', text: body };
}

function parsePattern(pattern: string): Parsed {
  if (pattern.trim() === '') return { problem: 'write at least one word' };
  if (pattern !== pattern.trim() || /\s\s|[^\S ]/u.test(pattern)) {
    return { problem: 'separate words with single spaces, with none at the start or end' };
  }
  if (pattern !== pattern.toLowerCase()) return { problem: 'write patterns in lowercase' };
  const words = pattern.split(' ');
  const tokens: Token[] = [];
  for (const [index, word] of words.entries()) {
    if (word === '*') {
      if (index === 0 || index === words.length - 1) {
        return { problem: 'a lone * cannot start or end a pattern' };
      }
      if (words[index - 1] === '*') {
        return { problem: 'two lone * cannot stand side by side: one covers up to three words' };
      }
      tokens.push({ kind: 'gap' });
      continue;
    }
    const alternatives: Alternative[] = [];
    for (const text of word.split('/')) {
      const alternative = parseAlternative(text, word);
      if (typeof alternative === 'string') return { problem: alternative };
      alternatives.push(alternative);
    }
    tokens.push({ kind: 'word', alternatives });
  }
  const wordCount = tokens.filter((token) => token.kind === 'word').length;
  if (wordCount > CUE_PATTERN_MAX_WORDS) {
    return {
      problem: `use at most ${CUE_PATTERN_MAX_WORDS} words (this has ${wordCount})`,
    };
  }
  return { tokens };
}

/**
 * Why a pattern cannot be used, in words for the team lead who wrote it (a fragment such as
 * "a lone * cannot start or end a pattern", to follow the pattern's place in the playbook), or
 * null when it is fine.
 */
export function cuePatternProblem(pattern: string): string | null {
  const parsed = parsePattern(pattern);
  return 'problem' in parsed ? parsed.problem : null;
}

// A character of a word in the notes: anything but whitespace, apostrophes, punctuation and
// symbols (ASCII, Latin-1, general and CJK punctuation, arrows, emoji). It stands in for
// \p{L}\p{M}\p{N}, which V8 takes hundreds of milliseconds to compile across a playbook's
// patterns (more with case folding), on the first keystroke of a call; this compiles in one or
// two. For the same reason the RegExps go without the `u` and `i` flags: pattern letters carry
// both cases themselves. Without `u` an emoji is two surrogates, both left out here; letters
// beyond the Basic Multilingual Plane, rare in notes, are then only partly word characters.
const LETTER = String.raw`[^\s!-/:-@[-\x60{-~\u00a0-\u00bf\u00d7\u00f7\u02bc\u2000-\u2bff\u2e00-\u2e7f\u3000-\u303f\ufe0f\uff01-\uff0f\ud83c-\ud83e\udc00-\udfff]`;
const APOSTROPHE = String.raw`['‘’ʼ]`;
const SPACE = String.raw`\s{1,${CUE_SPACE_MAX_LENGTH}}`;
const WORD_START = String.raw`(?<!${LETTER})(?<!${LETTER}${APOSTROPHE})`;
const WORD_END = String.raw`(?!${LETTER})(?!${APOSTROPHE}${LETTER})`;
const ANY_WORD = String.raw`\S{1,${CUE_WORD_MAX_LENGTH}}`;

/** One character of a pattern (lowercase, a letter or a digit), matching either case. */
function eitherCase(character: string): string {
  const upper = character.toUpperCase();
  // Where upper case is not one UTF-16 unit (ß is SS), the lowercase letter alone is matched.
  return upper !== character && upper.length === 1 && character.length === 1
    ? `[${character}${upper}]`
    : character;
}

function alternativeSource(alternative: Alternative): string {
  const literal = alternative.text
    .split("'")
    .map((part) => [...part].map(eitherCase).join(''))
    .join(`${APOSTROPHE}?`);
  if (alternative.kind === 'word') return literal;
  const rest = CUE_WORD_MAX_LENGTH - [...alternative.text].length;
  return `${literal}(?:${LETTER}|${APOSTROPHE}(?=${LETTER})){0,${rest}}`;
}

/** The pattern as a RegExp source that matches one hit from where a word starts to its end. */
function patternSource(tokens: readonly Token[]): string {
  let source = '';
  for (const token of tokens) {
    if (token.kind === 'gap') {
      source += `(?:${SPACE}${ANY_WORD}){0,${CUE_GAP_MAX_WORDS}}?`;
      continue;
    }
    const word = token.alternatives.map(alternativeSource).join('|');
    source += `${source === '' ? '' : SPACE}(?:${word})`;
  }
  return source;
}

interface CompiledPattern {
  readonly cueId: string;
  readonly pattern: string;
  readonly source: string;
  /** Matches this pattern only, at `lastIndex` exactly, which the caller knows starts a word. */
  readonly sticky: RegExp;
}

const APOSTROPHES = ["'", '‘', '’', 'ʼ'];

/** The characters a hit of the pattern can start with, as typed. */
function firstCharacters(tokens: readonly Token[]): string[] {
  const first = tokens[0];
  if (first?.kind !== 'word') return [];
  return first.alternatives.flatMap(({ text }) => {
    // A leading apostrophe is optional: the hit starts with one, or with what follows it.
    const leading = text.startsWith("'") ? APOSTROPHES : [];
    const character = text.replace(/^'+/, '')[0] ?? '';
    return [...leading, character, character.toUpperCase()];
  });
}

/**
 * Compiles the cues once, for a call. Invalid patterns are left out (the playbook schema refuses
 * them before they get here).
 */
export function createCueMatcher(
  cues: readonly { readonly id: string; readonly says: readonly string[] }[],
): CueMatcher {
  const compiled: CompiledPattern[] = [];
  // The patterns by the characters they can start with, so that at a hit only those are tried.
  const byFirstCharacter = new Map<string, CompiledPattern[]>();
  for (const cue of cues) {
    for (const pattern of cue.says) {
      const parsed = parsePattern(pattern);
      if ('problem' in parsed) continue;
      const source = patternSource(parsed.tokens);
      const entry = {
        cueId: cue.id,
        pattern,
        source,
        sticky: new RegExp(`(?:${source})${WORD_END}`, 'y'),
      };
      compiled.push(entry);
      for (const character of new Set(firstCharacters(parsed.tokens))) {
        const list = byFirstCharacter.get(character) ?? [];
        list.push(entry);
        byFirstCharacter.set(character, list);
      }
    }
  }
  // One pass finds where any pattern starts; only there are the patterns tried one by one, so
  // that two cues starting at the same word both count. The word boundaries stand once, around
  // all the patterns: a RegExp this size compiles in a few milliseconds, where the same
  // boundaries repeated in every pattern take far longer to compile and run slower.
  const combined =
    compiled.length === 0
      ? null
      : new RegExp(
          `${WORD_START}(?:${compiled.map((entry) => `(?:${entry.source})`).join('|')})${WORD_END}`,
          'g',
        );

  return {
    find(text, options = {}) {
      if (combined === null) return null;
      const from = Math.max(0, options.from ?? 0);
      const to = Math.min(text.length, options.to ?? text.length);
      const exclude = options.exclude;
      let best: CueHit | null = null;
      combined.lastIndex = from;
      for (let match = combined.exec(text); match !== null; match = combined.exec(text)) {
        const start = match.index;
        if (start >= to) break;
        for (const entry of byFirstCharacter.get(text[start] ?? '') ?? []) {
          if (exclude?.has(entry.cueId) === true) continue;
          entry.sticky.lastIndex = start;
          const own = entry.sticky.exec(text);
          if (own === null) continue;
          const end = start + own[0].length;
          // Latest end wins; at the same end, the longer (more specific) hit.
          if (end <= to && (best === null || end > best.end)) {
            best = { cueId: entry.cueId, pattern: entry.pattern, start, end };
          }
        }
        combined.lastIndex = start + 1;
      }
      return best;
    },
  };
}

// Long runs compare natively a block at a time; only the last block goes character by character.
const BLOCK = 256;

function commonPrefixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (
    length + BLOCK <= limit &&
    a.slice(length, length + BLOCK) === b.slice(length, length + BLOCK)
  ) {
    length += BLOCK;
  }
  while (length < limit && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  while (
    length + BLOCK <= limit &&
    a.slice(a.length - length - BLOCK, a.length - length) ===
      b.slice(b.length - length - BLOCK, b.length - length)
  ) {
    length += BLOCK;
  }
  while (
    length < limit &&
    a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)
  ) {
    length++;
  }
  return length;
}

/**
 * The span of `after` that differs from `before`: what an edit inserted or replaced, or an empty
 * span where it deleted. Null when the texts are the same.
 */
export function changedRange(before: string, after: string): { from: number; to: number } | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  const prefix = commonPrefixLength(before, after, shorter);
  const suffix = commonSuffixLength(before, after, shorter - prefix);
  return { from: prefix, to: after.length - suffix };
}

/**
 * The span of `after` to pass to `find` after an edit: the changed span widened by
 * `CUE_WINDOW_MARGIN` each side, so every hit the edit made or completed lies inside it. Null
 * when nothing changed.
 */
export function cueWindow(before: string, after: string): { from: number; to: number } | null {
  const changed = changedRange(before, after);
  if (changed === null) return null;
  return {
    from: Math.max(0, changed.from - CUE_WINDOW_MARGIN),
    to: Math.min(after.length, changed.to + CUE_WINDOW_MARGIN),
  };
}

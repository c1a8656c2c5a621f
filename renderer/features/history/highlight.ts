import type { ExcerptPart } from '../../../shared/domain/call';

const WORD = /[\p{L}\p{N}]+/gu;

/** Case and accents folded, as the search index compares words ("Müller" finds "muller"). */
const fold = (word: string): string =>
  word.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** The words of a search, folded: what a word of the text is compared with. */
function searchWords(search: string): string[] {
  return (search.match(WORD) ?? []).map(fold);
}

/**
 * `text` in parts, each word that starts with one of the search's words marked ("acm" marks
 * "Acme"). A one-letter search word marks only that whole word, as the search finds it.
 */
export function highlightMatches(text: string, search: string): ExcerptPart[] {
  const words = searchWords(search);
  if (words.length === 0) return text === '' ? [] : [{ text, isMatch: false }];
  const parts: ExcerptPart[] = [];
  const push = (piece: string, isMatch: boolean) => {
    if (piece === '') return;
    const last = parts.at(-1);
    if (last && last.isMatch === isMatch)
      parts[parts.length - 1] = { text: last.text + piece, isMatch };
    else parts.push({ text: piece, isMatch });
  };
  let at = 0;
  for (const match of text.matchAll(WORD)) {
    const word = fold(match[0]);
    const isMatch = words.some(
      (searched) => word === searched || (searched.length > 1 && word.startsWith(searched)),
    );
    push(text.slice(at, match.index), false);
    push(match[0], isMatch);
    at = match.index + match[0].length;
  }
  push(text.slice(at), false);
  return parts;
}

/** The excerpt's text, marks left out. */
export const excerptText = (parts: readonly ExcerptPart[]): string =>
  parts.map((part) => part.text).join('');

import { describe, expect, it } from 'vitest';
import { highlightMatches } from '../../../../renderer/features/history/highlight';

const marked = (text: string, search: string) =>
  highlightMatches(text, search)
    .filter((part) => part.isMatch)
    .map((part) => part.text);

describe('highlightMatches', () => {
  it('marks the words that start with a searched word, whatever their case', () => {
    expect(highlightMatches('Acme Plumbing Co', 'PLUM')).toEqual([
      { text: 'Acme ', isMatch: false },
      { text: 'Plumbing', isMatch: true },
      { text: ' Co', isMatch: false },
    ]);
  });

  it('marks only whole words for a one-letter search word', () => {
    expect(marked('A Apple a day', 'a')).toEqual(['A', 'a']);
  });

  it('matches across accents, as the search does', () => {
    expect(marked('Müller GmbH', 'muller')).toEqual(['Müller']);
  });

  it('marks the words of a reference separately', () => {
    expect(marked('INV-2207', 'inv-2207')).toEqual(['INV', '2207']);
  });

  it('keeps the text whole without search words', () => {
    expect(highlightMatches('Acme', '  ')).toEqual([{ text: 'Acme', isMatch: false }]);
    expect(highlightMatches('', 'acme')).toEqual([]);
  });
});

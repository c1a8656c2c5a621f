import type { ExcerptPart } from '../../../shared/domain/call';

/**
 * Text with its matching words in `<mark>`: a real element, so screen readers can report the
 * highlight and forced-colours mode draws it in the system's own highlight colours.
 */
export function HighlightedText({ parts }: { readonly parts: readonly ExcerptPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="search-match">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

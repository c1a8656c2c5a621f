import type { HeadingLevel } from '../../ui/heading';
import { Heading } from '../../ui/heading';

/** Example wording, already filled in for this call. */
export function PhraseList({
  phrases,
  headingLevel,
}: {
  readonly phrases: readonly string[];
  readonly headingLevel: HeadingLevel;
}) {
  return (
    <>
      <Heading level={headingLevel} className="guidance__label">
        You could say
      </Heading>
      <ul className="guidance__phrases">
        {phrases.map((phrase, index) => (
          // Two phrases may read the same once filled in, so the position is the key.
          <li key={index}>“{phrase}”</li>
        ))}
      </ul>
    </>
  );
}

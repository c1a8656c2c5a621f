import type { Dont } from '../../../shared/domain/playbook';
import { Heading, type HeadingLevel } from '../../ui/heading';

/** A gentle reminder of what not to do here; each opens to say why. */
export function DontReminders({
  donts,
  headingLevel,
}: {
  readonly donts: readonly Dont[];
  readonly headingLevel: HeadingLevel;
}) {
  return (
    <>
      <Heading level={headingLevel} className="guidance__label">
        Keep in mind
      </Heading>
      <ul className="reminders">
        {donts.map((dont) => (
          <li key={dont.id}>
            <details>
              <summary>{dont.text}</summary>
              <p className="reminders__why">{dont.why}</p>
            </details>
          </li>
        ))}
      </ul>
    </>
  );
}

import { useId, useState } from 'react';
import { useSettingsState } from '../../app/stores';
import { Heading, type HeadingLevel } from '../../ui/heading';

export interface WhyItMattersProps {
  /** The step or situation the text belongs to; the fold is kept under this id. */
  readonly sectionId: string;
  readonly why: string;
  /** The level of the small heading, one below the section's. */
  readonly headingLevel: HeadingLevel;
}

/**
 * Why a step or situation matters, for trainees, under a heading that folds it away once read.
 * Main keeps what is folded, so it stays folded for that section in every later call until it is
 * unfolded. The heading's button stays where it is either way, so focus never moves.
 */
export function WhyItMatters({ sectionId, why, headingLevel }: WhyItMattersProps) {
  const isFolded = useSettingsState((state) => state.settings.foldedWhy.includes(sectionId));
  const foldWhy = useSettingsState((state) => state.actions.foldWhy);
  // Only this fold's own refusal (main unreachable, a full disk): the text then shows again.
  const [refusal, setRefusal] = useState<string | null>(null);
  const textId = useId();

  async function handleToggle() {
    setRefusal(null);
    setRefusal(await foldWhy(sectionId, !isFolded));
  }

  return (
    <div className="why-it-matters">
      <Heading level={headingLevel} className="guidance__label">
        <button
          type="button"
          className="button button--quiet why-it-matters__toggle"
          aria-expanded={!isFolded}
          aria-controls={textId}
          title={isFolded ? 'Show why this matters again' : 'Fold this away as read'}
          onClick={() => void handleToggle()}
        >
          <span aria-hidden="true" className="why-it-matters__marker">
            {isFolded ? '▸' : '▾'}
          </span>{' '}
          Why it matters
        </button>
      </Heading>
      <p id={textId} className="guidance__why" hidden={isFolded}>
        {why}
      </p>
      {refusal && (
        <p role="alert" className="form-error">
          {isFolded ? 'This could not be unfolded' : 'This could not be kept folded'}: {refusal}
        </p>
      )}
    </div>
  );
}

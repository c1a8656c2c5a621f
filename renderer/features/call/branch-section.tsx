import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import type { Playbook, PlaybookBranch } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import { SectionCoaching } from './section-coaching';
import { situationButtonId } from './situation-toolbar';

export interface BranchSectionProps {
  readonly call: Call;
  readonly playbook: Playbook;
  readonly branch: PlaybookBranch;
  readonly mode: CoachingMode;
  readonly today: IsoDate;
  /** Each new value asks for focus on the form's first field (0: no request). */
  readonly focusRequest: number;
  readonly onClose: (branchId: string) => void;
}

/** The id of an open situation's section. */
export const situationSectionId = (branchId: string): string => `situation-${branchId}`;

/** Where typing starts in an open situation: its form's first field, or its heading if it has none. */
export function firstFieldOf(section: HTMLElement): HTMLElement | null {
  return (
    section.querySelector<HTMLElement>('.capture input, .capture select, .capture textarea') ??
    section.querySelector<HTMLElement>('h3')
  );
}

/** An open situation: its heading, guidance and form, and the way to put it away. */
export function BranchSection(props: BranchSectionProps) {
  const { call, playbook, branch, mode, today, focusRequest, onClose } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const headingId = `situation-${branch.id}-heading`;
  const closeHintId = `situation-${branch.id}-close-hint`;

  useEffect(() => {
    if (focusRequest === 0) return;
    const section = sectionRef.current;
    if (section) firstFieldOf(section)?.focus();
  }, [focusRequest]);

  // Escape leaves the form for its button in the toolbar; the form stays open as it is, so the
  // caller can come back to it.
  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    event.preventDefault();
    document.getElementById(situationButtonId(branch.id))?.focus();
  }

  return (
    <section
      ref={sectionRef}
      id={situationSectionId(branch.id)}
      className="situation"
      aria-labelledby={headingId}
      onKeyDown={handleKeyDown}
    >
      <div className="situation__header">
        <h3 id={headingId} tabIndex={-1}>
          {branch.title}
        </h3>
        <button
          type="button"
          className="button button--quiet"
          aria-label={`Close ${branch.title}`}
          aria-describedby={closeHintId}
          onClick={() => onClose(branch.id)}
        >
          Close
        </button>
        <span id={closeHintId} hidden>
          What you wrote down is kept; open it again to see it.
        </span>
      </div>
      <SectionCoaching
        call={call}
        playbook={playbook}
        section={branch}
        mode={mode}
        headingLevel={4}
        labelledBy={headingId}
        today={today}
      />
    </section>
  );
}

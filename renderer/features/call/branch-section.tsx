import { useEffect, useRef } from 'react';
import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import type { Playbook, PlaybookBranch } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import { SectionCoaching } from './section-coaching';

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

/** An open situation: its heading, guidance and form, and the way to put it away. */
export function BranchSection(props: BranchSectionProps) {
  const { call, playbook, branch, mode, today, focusRequest, onClose } = props;
  const sectionRef = useRef<HTMLElement>(null);
  const headingId = `situation-${branch.id}-heading`;
  const closeHintId = `situation-${branch.id}-close-hint`;

  useEffect(() => {
    if (focusRequest === 0) return;
    const section = sectionRef.current;
    const first =
      section?.querySelector<HTMLElement>('.capture input, .capture select, .capture textarea') ??
      section?.querySelector<HTMLElement>('h3');
    first?.focus();
  }, [focusRequest]);

  return (
    <section ref={sectionRef} className="situation" aria-labelledby={headingId}>
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

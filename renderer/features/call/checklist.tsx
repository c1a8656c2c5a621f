import { currentStep, type Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { findPlaybookStep, type Playbook } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import { useCallState } from '../../app/stores';
import { SectionCoaching } from './section-coaching';
import { StepItem, stepLabelId } from './step-item';

export interface ChecklistProps {
  readonly call: Call;
  /** The playbook snapshot the call uses; undefined while it loads. */
  readonly playbook: Playbook | undefined;
  readonly mode: CoachingMode;
  readonly today: IsoDate;
}

// The number keys go to the first nine steps.
const stepShortcut = (index: number): string | undefined =>
  index < 9 ? String(index + 1) : undefined;

/** The playbook's steps for this call, in order, checkable in any order. */
export function Checklist({ call, playbook, mode, today }: ChecklistProps) {
  const toggleStep = useCallState((state) => state.actions.toggleStep);
  const current = currentStep(call);
  const guidance = current && playbook ? findPlaybookStep(playbook, current.stepId) : undefined;
  return (
    <ol className="checklist" aria-label="Call steps">
      {call.steps.map((step, index) => (
        <StepItem
          key={step.stepId}
          step={step}
          isCurrent={step.stepId === current?.stepId}
          callStartedAt={call.startedAt}
          shortcut={stepShortcut(index)}
          onToggle={(stepId, isDone) => void toggleStep(stepId, isDone)}
        >
          {playbook && guidance && (
            <SectionCoaching
              call={call}
              playbook={playbook}
              section={guidance}
              mode={mode}
              headingLevel={3}
              labelledBy={stepLabelId(guidance.id)}
              today={today}
            />
          )}
        </StepItem>
      ))}
    </ol>
  );
}

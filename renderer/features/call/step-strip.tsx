import type { StepProgress } from '../../../shared/domain/call';
import { formatDuration } from '../../../shared/domain/time-format';
import { useCallState } from '../../app/stores';
import { useLiveCall } from './use-live-call';

/** The id of a step's checkbox, so the keyboard can go straight to a step. */
export const stepCheckboxId = (stepId: string): string => `step-${stepId}`;

// The number keys go to the first nine steps.
const stepShortcut = (index: number): string | undefined =>
  index < 9 ? String(index + 1) : undefined;

/**
 * The call's steps as one strip of numbered boxes, done ones ticked and the current one marked:
 * the whole checklist in one line, each box one key away (`1`–`9`), checkable in any order. The
 * current step itself is on the coach card below.
 */
export function StepStrip() {
  const steps = useLiveCall((call) => call.steps);
  const startedAt = useLiveCall((call) => call.startedAt) ?? 0;
  const toggleStep = useCallState((state) => state.actions.toggleStep);
  if (!steps) return null;
  const currentId = steps.find((step) => step.checkedAt === null)?.stepId;
  return (
    <ol className="step-strip" aria-label="Call steps">
      {steps.map((step, index) => (
        <StepBox
          key={step.stepId}
          step={step}
          number={index + 1}
          isCurrent={step.stepId === currentId}
          callStartedAt={startedAt}
          shortcut={stepShortcut(index)}
          onToggle={(isDone) => void toggleStep(step.stepId, isDone)}
        />
      ))}
    </ol>
  );
}

interface StepBoxProps {
  readonly step: StepProgress;
  readonly number: number;
  readonly isCurrent: boolean;
  readonly callStartedAt: number;
  readonly shortcut: string | undefined;
  readonly onToggle: (isDone: boolean) => void;
}

/** One step: a checkbox named by the step's title, shown as its number. */
function StepBox({ step, number, isCurrent, callStartedAt, shortcut, onToggle }: StepBoxProps) {
  const id = stepCheckboxId(step.stepId);
  const doneAt =
    step.checkedAt === null ? null : `done at ${formatDuration(step.checkedAt - callStartedAt)}`;
  const timeId = `${id}-time`;
  return (
    <li
      className={`step-box${isCurrent ? ' step-box--current' : ''}${doneAt ? ' step-box--done' : ''}`}
      aria-current={isCurrent ? 'step' : undefined}
      title={doneAt ? `${step.title}, ${doneAt}` : step.title}
    >
      <input
        id={id}
        type="checkbox"
        className="step-box__input"
        checked={step.checkedAt !== null}
        aria-label={step.title}
        aria-describedby={doneAt ? timeId : undefined}
        aria-keyshortcuts={shortcut}
        onChange={(event) => onToggle(event.target.checked)}
      />
      <label htmlFor={id} className="step-box__label" aria-hidden="true">
        {number}
      </label>
      {doneAt && (
        <span id={timeId} hidden>
          {doneAt}
        </span>
      )}
    </li>
  );
}

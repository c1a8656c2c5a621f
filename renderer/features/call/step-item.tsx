import type { ReactNode } from 'react';
import type { StepProgress } from '../../../shared/domain/call';
import { formatDuration } from '../../../shared/domain/time-format';

export interface StepItemProps {
  readonly step: StepProgress;
  readonly isCurrent: boolean;
  readonly callStartedAt: number;
  /** The key that goes straight to this step (`1`–`9`), if it has one. */
  readonly shortcut?: string;
  readonly onToggle: (stepId: string, isDone: boolean) => void;
  /** Guidance and the form, shown under the step while it is current. */
  readonly children?: ReactNode;
}

/** The id of a step's checkbox, so the keyboard can go straight to a step. */
export const stepCheckboxId = (stepId: string): string => `step-${stepId}`;

/** The id of the label naming a step, for forms and groups that belong to it. */
export const stepLabelId = (stepId: string): string => `step-${stepId}-label`;

/** One checklist step: a checkbox named by its title; the current one also shows its guidance. */
export function StepItem(props: StepItemProps) {
  const { step, isCurrent, callStartedAt, shortcut, onToggle, children } = props;
  const isDone = step.checkedAt !== null;
  const inputId = stepCheckboxId(step.stepId);
  const timeId = `${inputId}-time`;
  return (
    <li
      className={`step${isCurrent ? ' step--current' : ''}${isDone ? ' step--done' : ''}`}
      aria-current={isCurrent ? 'step' : undefined}
    >
      <div className="step__row">
        <input
          id={inputId}
          type="checkbox"
          checked={isDone}
          aria-describedby={isDone ? timeId : undefined}
          aria-keyshortcuts={shortcut}
          onChange={(event) => onToggle(step.stepId, event.target.checked)}
        />
        <label id={stepLabelId(step.stepId)} htmlFor={inputId}>
          {step.title}
        </label>
        {isCurrent && <span className="step__badge">Now</span>}
        {step.checkedAt !== null && (
          <span id={timeId} className="step__time">
            done at {formatDuration(step.checkedAt - callStartedAt)}
          </span>
        )}
      </div>
      {isCurrent && children}
    </li>
  );
}

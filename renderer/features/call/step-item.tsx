import type { ReactNode } from 'react';
import type { StepProgress } from '../../../shared/domain/call';
import { formatDuration } from '../../../shared/domain/time-format';

export interface StepItemProps {
  readonly step: StepProgress;
  readonly isCurrent: boolean;
  readonly callStartedAt: number;
  readonly onToggle: (stepId: string, isDone: boolean) => void;
  /** Guidance and the form, shown under the step while it is current. */
  readonly children?: ReactNode;
}

/** The id of the label naming a step, for forms and groups that belong to it. */
export const stepLabelId = (stepId: string): string => `step-${stepId}-label`;

/** One checklist step: a checkbox named by its title; the current one also shows its guidance. */
export function StepItem({ step, isCurrent, callStartedAt, onToggle, children }: StepItemProps) {
  const isDone = step.checkedAt !== null;
  const inputId = `step-${step.stepId}`;
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

import type { StepProgress } from '../../../shared/domain/call';
import type { PlaybookStep } from '../../../shared/domain/playbook';
import { formatDuration } from '../../../shared/domain/time-format';
import { StepGuidance } from './step-guidance';

export interface StepItemProps {
  readonly step: StepProgress;
  readonly guidance: PlaybookStep | undefined;
  readonly isCurrent: boolean;
  readonly callStartedAt: number;
  readonly onToggle: (stepId: string, isDone: boolean) => void;
}

/** One checklist step: a checkbox named by its title; the current one also shows its guidance. */
export function StepItem({ step, guidance, isCurrent, callStartedAt, onToggle }: StepItemProps) {
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
        <label htmlFor={inputId}>{step.title}</label>
        {isCurrent && <span className="step__badge">Now</span>}
        {step.checkedAt !== null && (
          <span id={timeId} className="step__time">
            done at {formatDuration(step.checkedAt - callStartedAt)}
          </span>
        )}
      </div>
      {isCurrent && guidance && <StepGuidance step={guidance} />}
    </li>
  );
}

import { currentStep, type Call } from '../../../shared/domain/call';
import { findPlaybookStep } from '../../../shared/domain/playbook';
import { useAppState, useCallState } from '../../app/stores';
import { StepItem } from './step-item';

/** The playbook's steps for this call, in order, checkable in any order. */
export function Checklist({ call }: { call: Call }) {
  const playbook = useAppState((state) =>
    state.playbooks.find((candidate) => candidate.id === call.playbookId),
  );
  const toggleStep = useCallState((state) => state.actions.toggleStep);
  const current = currentStep(call);
  return (
    <ol className="checklist" aria-label="Call steps">
      {call.steps.map((step) => (
        <StepItem
          key={step.stepId}
          step={step}
          guidance={playbook ? findPlaybookStep(playbook, step.stepId) : undefined}
          isCurrent={step.stepId === current?.stepId}
          callStartedAt={call.startedAt}
          onToggle={(stepId, isDone) => void toggleStep(stepId, isDone)}
        />
      ))}
    </ol>
  );
}

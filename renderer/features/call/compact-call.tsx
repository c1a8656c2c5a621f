import { currentStepPosition, type Call } from '../../../shared/domain/call';
import { findPlaybookStep } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { SWITCH_TO_EXPANDED_ID } from '../keyboard/commands';
import { CommandButton } from '../keyboard/command-button';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { CallTimer } from './call-timer';

/** The current step in one line: its title, then its prompt, cut short with an ellipsis. */
function CurrentStepLine({ call }: { call: Call }) {
  const playbook = useCallPlaybook(call);
  const position = currentStepPosition(call);
  if (!position) return <p className="compact-call__line">All steps done</p>;
  const { step, number, total } = position;
  const prompt = playbook && findPlaybookStep(playbook, step.stepId)?.prompt;
  return (
    // The whole text stays in the page for screen readers; the tooltip shows what was cut.
    <p className="compact-call__line" title={prompt ? `${step.title}: ${prompt}` : step.title}>
      <span className="visually-hidden">
        Step {number} of {total}:{' '}
      </span>
      <strong>{step.title}</strong>
      {prompt && <span className="compact-call__prompt"> {prompt}</span>}
    </p>
  );
}

/** The call as one line: the step, the time, and the next move. */
function CallLine({ call }: { call: Call }) {
  const isAllDone = currentStepPosition(call) === null;
  return (
    <>
      <CurrentStepLine call={call} />
      <CallTimer startedAt={call.startedAt} />
      {isAllDone ? (
        <CommandButton
          action="start-or-end-call"
          description="How the call ended and what happens next"
        >
          Wrap up
        </CommandButton>
      ) : (
        <CommandButton action="check-step" description="Check this step and go to the next">
          Done, next
        </CommandButton>
      )}
    </>
  );
}

function IdleLine() {
  return (
    <>
      <p className="compact-call__line">No call in progress</p>
      <CommandButton
        action="start-or-end-call"
        description="Opens the start form"
        className="button button--primary"
      >
        Start a call
      </CommandButton>
    </>
  );
}

/** Problems that must not go unseen in one line either: unsaved typing, a refused command. */
function CompactAlerts() {
  const isSaveFailing = useCallState((state) => state.saveState === 'failed');
  const saveError = useCallState((state) => state.saveError);
  const error = useCallState((state) => state.error);
  const dismissError = useCallState((state) => state.actions.dismissError);
  return (
    <>
      {isSaveFailing && (
        <p role="alert" className="form-error compact-call__alert">
          {saveError ?? 'What you typed is not saved yet. It is kept, and saving will retry.'}
        </p>
      )}
      {error && (
        <div role="alert" className="form-error compact-call__alert">
          <p>{error}</p>
          <button type="button" className="button button--quiet" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}

/**
 * The whole window in the compact layout: one line with the current step, its prompt and the
 * call time, and a button for the next move. Between calls, the way to start one.
 */
export function CompactCall() {
  const phase = useCallState((state) => state.phase);
  const call = useCallState((state) => state.call);
  return (
    <main className="compact-call">
      <h1 className="visually-hidden">Call Coach</h1>
      {phase === 'loading' ? (
        <p className="compact-call__line">Loading…</p>
      ) : call ? (
        <CallLine call={call} />
      ) : (
        <IdleLine />
      )}
      <CommandButton
        id={SWITCH_TO_EXPANDED_ID}
        action="toggle-layout"
        description="Show everything: steps, situations, notes"
        className="button button--quiet"
      >
        Expand
      </CommandButton>
      <CompactAlerts />
    </main>
  );
}

import type { ReactNode } from 'react';
import { currentStepPosition, type Call } from '../../../shared/domain/call';
import { findPlaybookStep } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { SWITCH_TO_EXPANDED_ID } from '../keyboard/commands';
import { CommandButton } from '../keyboard/command-button';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { CallTimer } from './call-timer';

/** Said once every step is done: the seeds' last word before hanging up. */
const ALL_DONE_CUE = 'Recap the next action aloud, then wrap up.';

/**
 * The first line's text: the step (or state) in a few words. It may wrap onto a second line in
 * a narrow window; the tooltip holds it whole in case even that is not enough.
 */
function TitleLine({ children, title }: { children: ReactNode; title: string }) {
  return (
    <p className="compact-call__title" title={title}>
      {children}
    </p>
  );
}

/**
 * The second line: a short cue, cut with an ellipsis when the window is narrow. The whole text
 * stays in the page, so screen readers read all of it, and the tooltip shows what was cut.
 */
function CueLine({ cue }: { cue: string }) {
  return (
    <p className="compact-call__cue" title={cue}>
      {cue}
    </p>
  );
}

/** The call in two lines: the step and the time, then its prompt and the next move. */
function CallLines({ call }: { call: Call }) {
  const playbook = useCallPlaybook(call);
  const position = currentStepPosition(call);
  if (!position) {
    return (
      <>
        <TitleLine title="All steps done">All steps done</TitleLine>
        <CallTimer startedAt={call.startedAt} />
        <CueLine cue={ALL_DONE_CUE} />
        <NextMove>
          <CommandButton
            action="start-or-end-call"
            description="How the call ended and what happens next"
          >
            Wrap up
          </CommandButton>
        </NextMove>
      </>
    );
  }
  const { step, number, total } = position;
  const prompt = playbook && findPlaybookStep(playbook, step.stepId)?.prompt;
  return (
    <>
      <TitleLine title={step.title}>
        <span className="visually-hidden">
          Step {number} of {total}:{' '}
        </span>
        <strong>{step.title}</strong>
      </TitleLine>
      <CallTimer startedAt={call.startedAt} />
      {prompt && <CueLine cue={prompt} />}
      <NextMove>
        <CommandButton action="check-step" description="Check this step and go to the next">
          Done, next
        </CommandButton>
      </NextMove>
    </>
  );
}

function IdleLines() {
  return (
    <>
      <TitleLine title="No call in progress">No call in progress</TitleLine>
      <NextMove>
        <CommandButton
          action="start-or-end-call"
          description="Opens the start form"
          className="button button--primary"
        >
          Start a call
        </CommandButton>
      </NextMove>
    </>
  );
}

/** The next-move button's place: the end of the second line. */
function NextMove({ children }: { children: ReactNode }) {
  return <div className="compact-call__next">{children}</div>;
}

/** Four arrows pointing out: the window grows to show everything. */
function ExpandIcon() {
  return (
    <svg
      className="compact-call__icon"
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4M2 2l4 4M14 2l-4 4M14 14l-4-4M2 14l4-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

/** Problems that must not go unseen in the compact layout either: unsaved typing, a refusal. */
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
 * The whole window in the compact layout, two lines: the current step and the call time, then a
 * short cue and the button for the next move, with the way to expand at the end of the first.
 * Between calls, the way to start one.
 */
export function CompactCall() {
  const phase = useCallState((state) => state.phase);
  const call = useCallState((state) => state.call);
  return (
    <main className="compact-call">
      <h1 className="visually-hidden">Call Coach</h1>
      {phase === 'loading' ? (
        <TitleLine title="Loading…">Loading…</TitleLine>
      ) : call ? (
        <CallLines call={call} />
      ) : (
        <IdleLines />
      )}
      <div className="compact-call__expand">
        <CommandButton
          id={SWITCH_TO_EXPANDED_ID}
          action="toggle-layout"
          description="Expand: show everything, steps, situations and notes"
          className="button button--quiet button--icon"
        >
          <ExpandIcon />
          <span className="visually-hidden">Expand</span>
        </CommandButton>
      </div>
      <CompactAlerts />
    </main>
  );
}

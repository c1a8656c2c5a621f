import { useCallState } from '../../app/stores';
import { ActiveCall } from './active-call';
import { StartCallForm } from './start-call-form';

/** The call tab: the start form between calls, the live call during one. */
export function CallView() {
  const phase = useCallState((state) => state.phase);
  const call = useCallState((state) => state.call);
  const isResumed = useCallState((state) => state.isResumed);
  const lastEnded = useCallState((state) => state.lastEnded);
  const error = useCallState((state) => state.error);
  const { end, dismissError } = useCallState((state) => state.actions);

  if (phase === 'loading') return <p className="loading">Loading…</p>;
  return (
    <>
      {error && (
        <div className="form-error" role="alert">
          <p>{error}</p>
          <button type="button" className="button button--quiet" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {call ? (
        <ActiveCall call={call} isResumed={isResumed} onEnd={() => void end()} />
      ) : (
        <>
          {lastEnded && (
            <p className="notice" role="status">
              Call with {lastEnded.customer} saved to History.
            </p>
          )}
          <StartCallForm />
        </>
      )}
    </>
  );
}

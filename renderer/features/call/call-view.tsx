import type { Call } from '../../../shared/domain/call';
import { useCallState } from '../../app/stores';
import { ActiveCall } from './active-call';
import { StartCallForm } from './start-call-form';

/** What the status line says: a reopened call, or where the last call went. */
function statusMessage(call: Call | null, isResumed: boolean, lastEnded: Call | null): string {
  if (call)
    return isResumed
      ? 'Reopened your unfinished call. Everything saved before Call Coach closed is here.'
      : '';
  return lastEnded ? `Call with ${lastEnded.customer} saved to History.` : '';
}

/** The call tab: the start form between calls, the live call during one. */
export function CallView() {
  const phase = useCallState((state) => state.phase);
  const call = useCallState((state) => state.call);
  const isResumed = useCallState((state) => state.isResumed);
  const lastEnded = useCallState((state) => state.lastEnded);
  const error = useCallState((state) => state.error);
  const dismissError = useCallState((state) => state.actions.dismissError);

  const status = statusMessage(call, isResumed, lastEnded);
  return (
    <>
      {/* Always rendered, so screen readers announce the text when it changes. */}
      <p className={status ? 'notice' : 'visually-hidden'} role="status">
        {status}
      </p>
      {error && (
        <div className="form-error" role="alert">
          <p>{error}</p>
          <button type="button" className="button button--quiet" onClick={dismissError}>
            Dismiss
          </button>
        </div>
      )}
      {phase === 'loading' ? (
        <p className="loading">Loading…</p>
      ) : call ? (
        <ActiveCall call={call} />
      ) : (
        <StartCallForm />
      )}
    </>
  );
}

import { formatIsoDate } from '../../../shared/domain/calendar';
import type { Call } from '../../../shared/domain/call';
import { useCallState } from '../../app/stores';
import { Suspense } from 'react';
import { ActiveCall, RecapPanel } from './lazy-call-parts';
import { StartCallForm } from './start-call-form';

/**
 * What the status line says: a call reopened after Call Coach stopped unexpectedly (never after
 * a clean quit or a reload, when there is nothing to explain), or where the last call went.
 */
function statusMessage(hasCall: boolean, isResumed: boolean, lastEnded: Call | null): string {
  if (hasCall)
    return isResumed
      ? 'Reopened your unfinished call. Call Coach stopped unexpectedly; everything saved before then is here.'
      : '';
  if (!lastEnded) return '';
  const closing = lastEnded.closing;
  const next = closing?.action ? `; next: ${formatIsoDate(closing.action.dueOn)}` : '';
  const how = closing ? ` ${closing.outcomeLabel}${next}.` : '';
  return `Call with ${lastEnded.customer} saved to History.${how}`;
}

/**
 * The call tab: the start form between calls, the live call during one. It asks only whether a
 * call is on, so typing in the call (a new call object per keystroke) does not render it.
 */
export function CallView() {
  const phase = useCallState((state) => state.phase);
  const hasCall = useCallState((state) => state.call !== null);
  const isResumed = useCallState((state) => state.isResumed);
  const lastEnded = useCallState((state) => state.lastEnded);
  const error = useCallState((state) => state.error);
  const dismissError = useCallState((state) => state.actions.dismissError);

  const status = statusMessage(hasCall, isResumed, lastEnded);
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
      ) : hasCall ? (
        <Suspense fallback={<p className="loading">Loading…</p>}>
          <ActiveCall />
        </Suspense>
      ) : (
        <>
          {/* Folded away under the status, so the next call's form stays where it was. */}
          {lastEnded && (
            <Suspense fallback={null}>
              <RecapPanel key={lastEnded.id} callId={lastEnded.id} customer={lastEnded.customer} />
            </Suspense>
          )}
          <StartCallForm />
        </>
      )}
    </>
  );
}

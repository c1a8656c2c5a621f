import { useEffect, useRef } from 'react';
import type { Call } from '../../../shared/domain/call';
import { formatMoney } from '../../../shared/domain/money';
import { formatDateTime, formatDuration } from '../../../shared/domain/time-format';

/** One past call, read-only: its details, which steps were done and when, and its notes. */
export function CallDetail({ call, onBack }: { call: Call; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const endedAt = call.endedAt ?? call.startedAt;
  return (
    <article className="call-detail" aria-labelledby="detail-heading">
      <button type="button" className="button button--quiet" onClick={onBack}>
        <span aria-hidden="true">← </span>
        Back to history
      </button>
      <h2 id="detail-heading" ref={headingRef} tabIndex={-1}>
        {call.customer}
      </h2>
      <dl className="call-detail__facts">
        <dt>Started</dt>
        <dd>{formatDateTime(call.startedAt)}</dd>
        <dt>Duration</dt>
        <dd>{formatDuration(endedAt - call.startedAt)}</dd>
        {call.accountNumber && (
          <>
            <dt>Account</dt>
            <dd>{call.accountNumber}</dd>
          </>
        )}
        {call.invoice && (
          <>
            <dt>Invoice</dt>
            <dd>{call.invoice}</dd>
          </>
        )}
        {call.amountDueCents !== null && (
          <>
            <dt>Amount due</dt>
            <dd>{formatMoney(call.amountDueCents)}</dd>
          </>
        )}
      </dl>
      <h3>Steps</h3>
      <ul className="call-detail__steps" aria-label="Steps">
        {call.steps.map((step) => (
          <li key={step.stepId} className={step.checkedAt !== null ? 'is-done' : 'is-open'}>
            <span aria-hidden="true">{step.checkedAt !== null ? '✓' : '○'} </span>
            {step.title}
            <span className="call-detail__step-state">
              {step.checkedAt !== null
                ? ` — done at ${formatDuration(step.checkedAt - call.startedAt)}`
                : ' — not done'}
            </span>
          </li>
        ))}
      </ul>
      <div className="notes">
        <label htmlFor="detail-notes">Notes</label>
        <textarea
          id="detail-notes"
          value={call.notes}
          placeholder="No notes were taken."
          readOnly
          rows={8}
        />
      </div>
    </article>
  );
}

import { useEffect, useRef, type ReactNode } from 'react';
import { formatIsoDate } from '../../../shared/domain/calendar';
import type { Call } from '../../../shared/domain/call';
import type { Closing } from '../../../shared/domain/closing';
import { formatMoney } from '../../../shared/domain/money';
import { findOutcome, type Playbook } from '../../../shared/domain/playbook';
import { formatDateTime, formatDuration } from '../../../shared/domain/time-format';
import { usePlaybookState } from '../../app/stores';
import { snapshotKey } from '../playbooks/playbook-store';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { RecapPanel } from '../recap/recap-panel';
import { DeleteControl } from '../retention/delete-control';
import {
  recordCall,
  recordCallUnlabelled,
  recordFollowUps,
  type RecordedFollowUp,
  type RecordedSection,
} from './call-record';
import { RecordedSectionView } from './recorded-section';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** How the next action reads; nothing for a follow-up outcome stored without one. */
function nextAction(closing: Closing, playbook: Playbook | undefined): string | null {
  if (closing.action) return `${closing.action.what} — due ${formatIsoDate(closing.action.dueOn)}`;
  const kind = playbook ? findOutcome(playbook, closing.outcomeId)?.kind : undefined;
  return kind === 'follow-up' ? null : 'None — ended without an action';
}

/** Every commitment the call left, each with what, who and when; the headline marked. */
function FollowUpList({ followUps }: { followUps: readonly RecordedFollowUp[] }) {
  if (followUps.length === 0) return null;
  return (
    <>
      <h3 id="detail-follow-ups">Follow-ups</h3>
      <ul className="call-detail__follow-ups" aria-labelledby="detail-follow-ups">
        {followUps.map((followUp) => (
          <li key={followUp.key} className={followUp.isHeadline ? 'is-headline' : undefined}>
            {followUp.isHeadline && <strong>Next action: </strong>}
            {followUp.what} — {followUp.who} — due {formatIsoDate(followUp.dueOn)}
            {followUp.situation && (
              <span className="call-detail__follow-up-from"> ({followUp.situation})</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

function RecordedGroup(props: {
  heading: string;
  sections: readonly RecordedSection[];
  isLabelled: boolean;
}) {
  if (props.sections.length === 0) return null;
  return (
    <>
      <h3>{props.heading}</h3>
      {props.sections.map((section) => (
        <RecordedSectionView
          key={section.sectionId}
          section={section}
          isLabelled={props.isLabelled}
        />
      ))}
    </>
  );
}

/**
 * One past call, read-only: who and when, how it ended, which steps were done and when, what was
 * written down in each step and situation, and its notes. Labels come from the playbook version
 * the call used; until it is at hand the stored values show under their field ids.
 */
export function CallDetail({ call, onBack }: { call: Call; onBack: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const playbook = useCallPlaybook(call);
  const snapshotError = usePlaybookState(
    (state) => state.snapshotErrors[snapshotKey(call.playbookId, call.playbookVersion)],
  );
  const record = playbook ? recordCall(call, playbook) : recordCallUnlabelled(call);
  const endedAt = call.endedAt ?? call.startedAt;
  const action = call.closing ? nextAction(call.closing, playbook) : null;
  const followUps = recordFollowUps(call.closing, playbook);
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
        <Fact term="Outcome">{call.closing?.outcomeLabel ?? 'No outcome recorded'}</Fact>
        {action && <Fact term="Next action">{action}</Fact>}
        <Fact term="Started">{formatDateTime(call.startedAt)}</Fact>
        <Fact term="Duration">{formatDuration(endedAt - call.startedAt)}</Fact>
        {call.contact && <Fact term="Contact">{call.contact}</Fact>}
        {call.accountNumber && <Fact term="Account">{call.accountNumber}</Fact>}
        {call.invoice && <Fact term="Invoice">{call.invoice}</Fact>}
        {call.amountDueCents !== null && (
          <Fact term="Amount due">{formatMoney(call.amountDueCents)}</Fact>
        )}
        {call.dueOn && <Fact term="Invoice due">{formatIsoDate(call.dueOn)}</Fact>}
        {call.customerSince && <Fact term="Customer since">{call.customerSince}</Fact>}
      </dl>
      <FollowUpList followUps={followUps} />
      {call.endedAt !== null && <RecapPanel callId={call.id} customer={call.customer} />}
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
      {!record.isLabelled && (record.situations.length > 0 || record.steps.length > 0) && (
        <p className="notice">
          {snapshotError
            ? `The playbook version this call used could not be loaded (${snapshotError}), so values show under their field names as stored.`
            : 'Loading the playbook version this call used; values show under their field names until then.'}
        </p>
      )}
      <RecordedGroup
        heading="Situations"
        sections={record.situations}
        isLabelled={record.isLabelled}
      />
      <RecordedGroup
        heading="Written down in the steps"
        sections={record.steps}
        isLabelled={record.isLabelled}
      />
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
      {call.endedAt !== null && (
        <DeleteControl
          target={{ kind: 'call', callId: call.id }}
          label="Delete this call…"
          title="Delete this call?"
          onDeleted={onBack}
        />
      )}
    </article>
  );
}

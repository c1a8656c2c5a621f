import { daysPastDue } from '../../../shared/domain/merge-tokens';
import { formatMoney } from '../../../shared/domain/money';
import { CallTimer } from './call-timer';
import { useLiveCallValues } from './use-live-call';

/**
 * The slim bar that stays at the top during a call: who, which invoice, how much, how late, and
 * the time on the call. The customer's name is the call's heading.
 */
export function CallBar() {
  const facts = useLiveCallValues((call) => ({
    customer: call.customer,
    contact: call.contact,
    invoice: call.invoice,
    amountDueCents: call.amountDueCents,
    dueOn: call.dueOn,
    startedAt: call.startedAt,
  }));
  if (!facts) return null;
  const daysLate = daysPastDue(facts.dueOn, facts.startedAt);
  const details = [
    facts.contact,
    facts.invoice && `Inv ${facts.invoice}`,
    facts.amountDueCents !== null && formatMoney(facts.amountDueCents),
    daysLate !== null && `${daysLate} days late`,
  ].filter(Boolean);
  return (
    <header className="call-bar">
      <div className="call-bar__who">
        <h2 id="call-heading" className="call-bar__customer">
          {facts.customer}
        </h2>
        {details.length > 0 && <p className="call-bar__details">{details.join(' · ')}</p>}
      </div>
      <CallTimer startedAt={facts.startedAt} />
    </header>
  );
}

import { formatMoney } from '../../../shared/domain/money';
import type { Call } from '../../../shared/domain/call';
import { CallTimer } from './call-timer';
import { Checklist } from './checklist';
import { NotesEditor } from './notes-editor';

/** What the caller works with during a call: who, how long, the steps, the notes. */
export function ActiveCall({ call, onEnd }: { call: Call; onEnd: () => void }) {
  const details = [
    call.accountNumber && `Account ${call.accountNumber}`,
    call.invoice && `Invoice ${call.invoice}`,
    call.amountDueCents !== null && `${formatMoney(call.amountDueCents)} due`,
  ].filter(Boolean);
  return (
    <section className="active-call" aria-labelledby="call-heading">
      <header className="active-call__header">
        <div>
          <h2 id="call-heading">{call.customer}</h2>
          {details.length > 0 && <p className="active-call__details">{details.join(' · ')}</p>}
        </div>
        <CallTimer startedAt={call.startedAt} />
      </header>
      <Checklist call={call} />
      <NotesEditor />
      <button type="button" className="button button--end" onClick={onEnd}>
        End call
      </button>
    </section>
  );
}

import { useState } from 'react';
import type { Call } from '../../../shared/domain/call';
import { tokenValues } from '../../../shared/domain/merge-tokens';
import { formatMoney } from '../../../shared/domain/money';
import { useSettingsState } from '../../app/stores';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { CallTimer } from './call-timer';
import { Checklist } from './checklist';
import { NotesEditor } from './notes-editor';
import { Situations } from './situations';
import { useToday } from './use-today';
import { WrapUpForm } from './wrap-up-form';

/** What the caller works with during a call: who, how long, the steps, situations, notes. */
export function ActiveCall({ call }: { call: Call }) {
  const playbook = useCallPlaybook(call);
  const mode = useSettingsState((state) => state.settings.coachingMode);
  const today = useToday();
  // 'returned': the caller left the wrap-up, so End call takes focus back.
  const [wrapUp, setWrapUp] = useState<'closed' | 'open' | 'returned'>('closed');
  const daysPastDue = tokenValues(call).daysPastDue;
  const details = [
    call.contact,
    call.accountNumber && `Account ${call.accountNumber}`,
    call.invoice && `Invoice ${call.invoice}`,
    call.amountDueCents !== null && `${formatMoney(call.amountDueCents)} due`,
    daysPastDue && `${daysPastDue} days past due`,
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
      <Checklist call={call} playbook={playbook} mode={mode} today={today} />
      {playbook && <Situations call={call} playbook={playbook} mode={mode} today={today} />}
      <NotesEditor />
      {wrapUp === 'open' && playbook ? (
        <WrapUpForm
          call={call}
          playbook={playbook}
          today={today}
          onBack={() => setWrapUp('returned')}
        />
      ) : (
        <button
          type="button"
          className="button button--end"
          disabled={!playbook}
          autoFocus={wrapUp === 'returned'}
          onClick={() => setWrapUp('open')}
        >
          End call
        </button>
      )}
    </section>
  );
}

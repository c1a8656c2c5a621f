import { useState } from 'react';
import type { Call } from '../../../shared/domain/call';
import { tokenValues } from '../../../shared/domain/merge-tokens';
import { formatMoney } from '../../../shared/domain/money';
import { useCallState, useSettingsState } from '../../app/stores';
import { useCallPlaybook } from '../playbooks/use-call-playbook';
import { CallTimer } from './call-timer';
import { Checklist } from './checklist';
import { NotesEditor } from './notes-editor';
import { Situations } from './situations';
import { useToday } from './use-today';
import { WrapUpForm } from './wrap-up-form';

/** Where the wrap-up shows, so a command can bring the caller back into it. */
export const WRAP_UP_ID = 'wrap-up';

/** What the caller works with during a call: who, how long, the steps, situations, notes. */
export function ActiveCall({ call }: { call: Call }) {
  const playbook = useCallPlaybook(call);
  const mode = useSettingsState((state) => state.settings.coachingMode);
  const today = useToday();
  const isWrappingUp = useCallState((state) => state.isWrappingUp);
  const openWrapUp = useCallState((state) => state.actions.openWrapUp);
  const closeWrapUp = useCallState((state) => state.actions.closeWrapUp);
  // Once the caller has left the wrap-up, End call takes focus back when it reappears.
  const [hasLeftWrapUp, setHasLeftWrapUp] = useState(false);
  const daysPastDue = tokenValues(call).daysPastDue;
  const details = [
    call.contact,
    call.accountNumber && `Account ${call.accountNumber}`,
    call.invoice && `Invoice ${call.invoice}`,
    call.amountDueCents !== null && `${formatMoney(call.amountDueCents)} due`,
    daysPastDue && `${daysPastDue} days past due`,
  ].filter(Boolean);

  function handleBack() {
    setHasLeftWrapUp(true);
    closeWrapUp();
  }

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
      {isWrappingUp && playbook ? (
        <div id={WRAP_UP_ID}>
          <WrapUpForm call={call} playbook={playbook} today={today} onBack={handleBack} />
        </div>
      ) : (
        <button
          type="button"
          className="button button--end"
          disabled={!playbook}
          autoFocus={hasLeftWrapUp}
          onClick={openWrapUp}
        >
          End call
        </button>
      )}
    </section>
  );
}

import { usePlaybookState } from '../../app/stores';
import { snapshotKey } from '../playbooks/playbook-store';
import { CallBar } from './call-bar';
import { CallFollowUp } from './call-follow-up';
import { NotesDock } from './notes-dock';
import { Situations } from './situations';
import { StepStrip } from './step-strip';
import { useLiveCall, useLivePlaybook } from './use-live-call';
import { WorkingArea } from './working-area';

/**
 * The live call, in zones that fit the overlay: the call bar (with the follow-up the call was
 * started from, if any) and the steps at the top, the situations' buttons, one working area (the
 * coach card, or the situation or wrap-up being filled in), and the notes docked at the bottom.
 * Each zone reads only its part of the call.
 */
export function ActiveCall() {
  const playbook = useLivePlaybook();
  const key = useLiveCall((call) => snapshotKey(call.playbookId, call.playbookVersion));
  const playbookError = usePlaybookState((state) =>
    key === undefined ? undefined : state.snapshotErrors[key],
  );
  return (
    <section className="active-call" aria-labelledby="call-heading">
      <CallBar />
      <CallFollowUp />
      <StepStrip />
      {playbook && <Situations playbook={playbook} />}
      {playbook ? (
        <WorkingArea playbook={playbook} />
      ) : playbookError ? (
        <p className="form-error work-area" role="alert">
          This call’s playbook could not be loaded, so its steps cannot show: {playbookError} The
          notes still save.
        </p>
      ) : (
        <p className="loading work-area">Loading the playbook…</p>
      )}
      <NotesDock playbook={playbook} />
    </section>
  );
}

import type { Playbook } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { focusWhenShown } from '../keyboard/focus';
import { END_CALL_BUTTON_ID } from './call-element-ids';
import { useToday } from './use-today';
import { WrapUpForm } from './wrap-up-form';

/**
 * The wrap-up form for the live call. It reads the whole call (its situations and captures
 * suggest the outcome and follow-ups), so it renders on every change, but only while it shows.
 */
export function WrapUp({ playbook }: { playbook: Playbook }) {
  const call = useCallState((state) => state.call);
  const closeWrapUp = useCallState((state) => state.actions.closeWrapUp);
  const today = useToday();
  if (!call) return null;
  return (
    <WrapUpForm
      call={call}
      playbook={playbook}
      today={today}
      onBack={() => {
        closeWrapUp();
        // Back in the call, focus returns to End call, where the caller left the call.
        focusWhenShown(END_CALL_BUTTON_ID);
      }}
    />
  );
}

import { useCallState } from '../../app/stores';
import { FollowUpContext } from '../follow-ups/follow-up-context';
import { useToday } from './use-today';

/** The follow-up the live call was started from, if it was, for as long as the call is open. */
export function CallFollowUp() {
  const item = useCallState((state) => (state.call ? state.startedFrom[state.call.id] : undefined));
  const today = useToday();
  return item ? <FollowUpContext item={item} today={today} /> : null;
}

import { currentStepPosition, type Call } from '../../../shared/domain/call';

/** What a screen reader hears when the current step changes. */
export function stepAnnouncement(call: Call): string {
  const position = currentStepPosition(call);
  return position
    ? `Step ${position.number} of ${position.total}: ${position.step.title}`
    : 'All steps done — wrap up when ready';
}

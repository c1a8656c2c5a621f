import { currentStep, type Call, type StepProgress } from '../../../shared/domain/call';

/** The current step and where it stands among the call's steps. */
export interface StepPosition {
  readonly step: StepProgress;
  /** Counted from 1, as the caller reads it. */
  readonly number: number;
  readonly total: number;
}

/** Where the call is, or null once every step is done. */
export function currentStepPosition(call: Call): StepPosition | null {
  const step = currentStep(call);
  if (!step) return null;
  return { step, number: call.steps.indexOf(step) + 1, total: call.steps.length };
}

/** What a screen reader hears when the current step changes. */
export function stepAnnouncement(call: Call): string {
  const position = currentStepPosition(call);
  return position
    ? `Step ${position.number} of ${position.total}: ${position.step.title}`
    : 'All steps done — wrap up when ready';
}

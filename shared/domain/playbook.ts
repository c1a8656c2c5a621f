/** One step of a call as the playbook describes it: what to do, how to say it, what to ask. */
export interface PlaybookStep {
  readonly id: string;
  readonly title: string;
  /** One line the caller can take in at a glance. */
  readonly prompt: string;
  /** Example wording; the caller adapts it, never reads it like a script. */
  readonly phrases: readonly string[];
  /** Questions to get answered before moving on (may be empty). */
  readonly questions: readonly string[];
}

/** A versioned list of steps that guides one kind of call. */
export interface Playbook {
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly steps: readonly PlaybookStep[];
}

/** The step with this id, or undefined when the playbook has none. */
export function findPlaybookStep(playbook: Playbook, stepId: string): PlaybookStep | undefined {
  return playbook.steps.find((step) => step.id === stepId);
}

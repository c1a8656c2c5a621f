import type { Call, StepProgress } from '../../shared/domain/call';
import type { Playbook } from '../../shared/domain/playbook';
import type { StartCallInput } from '../../shared/domain/start-call';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';

/** A fixed instant (2023-11-14T22:13:20Z) so times in tests read as offsets from it. */
export const T0 = 1_700_000_000_000;

/** A valid `calls:start` input for the default playbook. */
export function startInput(overrides: Partial<StartCallInput> = {}): StartCallInput {
  return {
    playbookId: defaultArPlaybook.id,
    customer: 'Acme Supplies',
    accountNumber: 'AC-1001',
    invoice: 'INV-42',
    amountDueCents: 125_000,
    ...overrides,
  };
}

/** Step progress for every step of a playbook, all unchecked. */
export function openSteps(playbook: Playbook = defaultArPlaybook): StepProgress[] {
  return playbook.steps.map((step) => ({ stepId: step.id, title: step.title, checkedAt: null }));
}

/** An open call on the default playbook, started at T0, with nothing checked. */
export function buildCall(overrides: Partial<Call> = {}): Call {
  return {
    id: 'call-1',
    playbookId: defaultArPlaybook.id,
    playbookVersion: defaultArPlaybook.version,
    customer: 'Acme Supplies',
    accountNumber: 'AC-1001',
    invoice: 'INV-42',
    amountDueCents: 125_000,
    startedAt: T0,
    endedAt: null,
    steps: openSteps(),
    notes: '',
    ...overrides,
  };
}

/** A small two-step playbook for tests that should not depend on the default one's wording. */
export function buildPlaybook(overrides: Partial<Playbook> = {}): Playbook {
  return {
    id: 'test-playbook',
    version: 3,
    name: 'Test playbook',
    steps: [
      {
        id: 'first',
        title: 'First',
        prompt: 'Do the first thing.',
        phrases: ['One'],
        questions: [],
      },
      {
        id: 'second',
        title: 'Second',
        prompt: 'Do the second thing.',
        phrases: ['Two'],
        questions: [],
      },
    ],
    ...overrides,
  };
}

/** Ids `prefix-1`, `prefix-2`, … in order, for services that need deterministic ids. */
export function sequentialIds(prefix = 'call'): () => string {
  let next = 0;
  return () => {
    next += 1;
    return `${prefix}-${next}`;
  };
}

/** A clock the test moves by hand. */
export interface FakeClock {
  readonly now: () => number;
  set(at: number): void;
  advance(milliseconds: number): void;
}

export function fakeClock(start = T0): FakeClock {
  let at = start;
  return {
    now: () => at,
    set: (value) => {
      at = value;
    },
    advance: (milliseconds) => {
      at += milliseconds;
    },
  };
}

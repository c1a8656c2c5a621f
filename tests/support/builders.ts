import type { Call, StepProgress } from '../../shared/domain/call';
import type { Closing } from '../../shared/domain/closing';
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
    contact: 'Dana Reyes',
    customerSince: '2014',
    dueOn: '2023-10-15',
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
    accountId: null,
    customer: 'Acme Supplies',
    accountNumber: 'AC-1001',
    invoice: 'INV-42',
    amountDueCents: 125_000,
    contact: 'Dana Reyes',
    customerSince: '2014',
    dueOn: '2023-10-15',
    startedAt: T0,
    endedAt: null,
    steps: openSteps(),
    branches: [],
    captures: {},
    questionsAsked: [],
    notes: '',
    closing: null,
    ...overrides,
  };
}

/** An ended call started `minutes` after T0 that lasted two minutes. */
export function buildEndedCall(id: string, minutes: number, overrides: Partial<Call> = {}): Call {
  const startedAt = T0 + minutes * 60_000;
  return buildCall({ id, startedAt, endedAt: startedAt + 120_000, ...overrides });
}

/** A small two-step playbook for tests that should not depend on the default one's wording. */
export function buildPlaybook(overrides: Partial<Playbook> = {}): Playbook {
  const section = { phrases: [], questions: [], fields: [], donts: [] };
  return {
    format: 1,
    id: 'test-playbook',
    version: 3,
    name: 'Test playbook',
    description: 'A playbook for tests.',
    steps: [
      {
        ...section,
        id: 'first',
        title: 'First',
        prompt: 'Do the first thing.',
        why: 'Why one.',
        phrases: ['One'],
      },
      {
        ...section,
        id: 'second',
        title: 'Second',
        prompt: 'Do the second thing.',
        why: 'Why two.',
        phrases: ['Two'],
      },
    ],
    branches: [
      {
        ...section,
        id: 'promise',
        key: 'P',
        title: 'Promise',
        prompt: 'Pin it down.',
        why: 'So it can be checked.',
        fields: [{ id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' }],
        outcome: 'promised',
        action: { what: 'Check the payment arrived', dueField: 'pay-on' },
      },
    ],
    outcomes: [
      { id: 'promised', label: 'Promised', kind: 'action' },
      { id: 'no-answer', label: 'No answer', kind: 'follow-up' },
    ],
    donts: [],
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

/** A valid closing for ending a call in tests: nobody answered, try again on `dueOn`. */
export function noAnswerClosing(dueOn: string): Closing {
  return {
    outcomeId: 'no-answer',
    outcomeLabel: 'No answer',
    action: { what: 'Call again', dueOn },
    followUps: [],
  };
}

import type { SettingsRepository } from '../../../electron/main/modules/settings/settings-repository';
import { localDate } from '../../../shared/domain/calendar';
import type { Closing } from '../../../shared/domain/closing';
import type { Playbook } from '../../../shared/domain/playbook';
import type { EventChannel, Events } from '../../../shared/ipc/contract';
import { noAnswerClosing, T0 } from '../../support/builders';

// Values main's tests need beyond the shared builders: a playbook with a form, a question and a
// don't in every part, playbook files, and a `publish` that records what it was given.

/** A valid closing for the default playbook: nobody answered, try again on T0's day. */
export function noAnswer(dueOn = localDate(T0)): Closing {
  return noAnswerClosing(dueOn);
}

/** A small valid playbook for tests that should not depend on the default one's wording. */
export function smallPlaybook(overrides: Partial<Playbook> = {}): Playbook {
  return {
    format: 1,
    id: 'test-playbook',
    version: 3,
    name: 'Test playbook',
    description: 'Two steps and one situation.',
    steps: [
      {
        id: 'first',
        title: 'First',
        prompt: 'Do the first thing.',
        why: 'It comes first.',
        phrases: ['One'],
        questions: ['Is the first thing done?'],
        fields: [{ id: 'reference', label: 'Reference', type: 'text' }],
        donts: ['rushing'],
      },
      {
        id: 'second',
        title: 'Second',
        prompt: 'Do the second thing.',
        why: 'It comes next.',
        phrases: ['Two'],
        questions: [],
        fields: [],
        donts: [],
      },
    ],
    branches: [
      {
        id: 'promise',
        key: 'P',
        title: 'Promise to pay',
        prompt: 'Pin the promise down.',
        why: 'A promise with a date can be checked.',
        phrases: [],
        questions: ['By when?'],
        fields: [
          { id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' },
          {
            id: 'method',
            label: 'Method',
            type: 'choice',
            options: [{ id: 'check', label: 'Check' }],
            allowOther: true,
          },
        ],
        donts: [],
        outcome: 'promised',
        action: { what: 'Check the payment arrived', dueField: 'pay-on' },
      },
    ],
    outcomes: [
      { id: 'promised', label: 'Promise to pay', kind: 'action' },
      { id: 'no-answer', label: 'No answer', kind: 'follow-up' },
    ],
    donts: [{ id: 'rushing', text: 'Do not rush.', why: 'Rushed callers miss details.' }],
    ...overrides,
  };
}

/** A playbook as the file a team lead would import. */
export function playbookFile(playbook: Playbook): string {
  return `${JSON.stringify(playbook, null, 2)}\n`;
}

export interface Published {
  readonly channel: EventChannel;
  readonly payload: unknown;
}

/** A `publish` that keeps every event, and the events of one channel. */
export function recordingPublish(): {
  readonly events: Published[];
  publish<E extends EventChannel>(channel: E, payload: Events[E]): void;
  payloads<E extends EventChannel>(channel: E): Events[E][];
} {
  const events: Published[] = [];
  return {
    events,
    publish: (channel, payload) => {
      events.push({ channel, payload });
    },
    payloads: <E extends EventChannel>(channel: E) =>
      events
        .filter((event) => event.channel === channel)
        .map((event) => event.payload as Events[E]),
  };
}

/** A settings repository in memory: what the window and tray code store, kept as JSON would be. */
export function memorySettings(initial: Record<string, unknown> = {}): SettingsRepository & {
  readonly values: Map<string, unknown>;
} {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    values,
    read: (key) => values.get(key),
    write: (key, value) => {
      values.set(key, JSON.parse(JSON.stringify(value)) as unknown);
    },
  };
}

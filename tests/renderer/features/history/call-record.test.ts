import { describe, expect, it } from 'vitest';
import { recordFollowUps } from '../../../../renderer/features/history/call-record';
import type { Closing } from '../../../../shared/domain/closing';
import type { FollowUp } from '../../../../shared/domain/follow-ups';
import { buildPlaybook } from '../../../support/builders';

const playbook = buildPlaybook();

const promise: FollowUp = {
  sectionId: 'promise',
  what: 'Check the payment arrived',
  who: 'You',
  dueOn: '2026-11-27',
};

function closing(overrides: Partial<Closing> = {}): Closing {
  return {
    outcomeId: 'promised',
    outcomeLabel: 'Promised',
    action: { what: promise.what, dueOn: promise.dueOn },
    followUps: [promise],
    ...overrides,
  };
}

describe('recordFollowUps', () => {
  it('names each follow-up’s situation by its title and marks the headline', () => {
    expect(recordFollowUps(closing(), playbook)).toEqual([
      {
        key: '0:promise',
        what: 'Check the payment arrived',
        who: 'You',
        dueOn: '2026-11-27',
        situation: 'Promise',
        isHeadline: true,
      },
    ]);
  });

  it('names the situation by its id while the playbook is not at hand', () => {
    expect(recordFollowUps(closing(), undefined)[0]?.situation).toBe('promise');
  });

  it('names no situation for a headline of its own', () => {
    const records = recordFollowUps(
      closing({ action: { what: 'Call again', dueOn: '2026-11-24' } }),
      playbook,
    );

    expect(records.map((record) => [record.what, record.situation, record.isHeadline])).toEqual([
      ['Call again', null, true],
      ['Check the payment arrived', 'Promise', false],
    ]);
    expect(new Set(records.map((record) => record.key)).size).toBe(2);
  });

  it('lists nothing for a closing without follow-ups, or no closing', () => {
    expect(recordFollowUps(closing({ followUps: [] }), playbook)).toEqual([]);
    expect(recordFollowUps(null, playbook)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  emptyResultMessage,
  outcomeOptions,
} from '../../../../renderer/features/history/history-filters';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import { NO_FILTERS } from '../../../../shared/domain/history';
import { buildPlaybook } from '../../../support/builders';

const names = { outcome: 'Promise to pay', account: 'Acme Supplies' };

describe('activeFilterCount', () => {
  it('counts each filter that is set', () => {
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
    expect(
      activeFilterCount({ ...NO_FILTERS, outcomeId: 'dispute', from: '2026-11-01', accountId: 4 }),
    ).toBe(3);
  });
});

describe('outcomeOptions', () => {
  const first = buildPlaybook();
  const second = {
    ...buildPlaybook(),
    id: 'second',
    outcomes: [
      ...first.outcomes.slice(0, 1),
      { id: 'extra', label: 'Extra', kind: 'action' as const },
    ],
  };

  it('lists the default playbook’s outcomes first, then the others’ not yet listed', () => {
    const options = outcomeOptions([second, first], first.id, null);

    expect(options.map((option) => option.value)).toEqual([
      ...first.outcomes.map((outcome) => outcome.id),
      'extra',
    ]);
  });

  it('keeps an outcome filtered by that no playbook lists', () => {
    expect(outcomeOptions([], null, 'gone').map((option) => option.label)).toEqual(['gone']);
  });
});

describe('emptyResultMessage', () => {
  it('says there are no calls yet without a search or filters', () => {
    expect(emptyResultMessage(' ', NO_FILTERS, names)).toBe(
      'No calls yet. Ended calls appear here.',
    );
  });

  it('names the search', () => {
    expect(emptyResultMessage('zebra ', NO_FILTERS, names)).toBe('No calls match “zebra”.');
  });

  it('names every filter that is set', () => {
    const filters = {
      outcomeId: 'promise-to-pay',
      from: '2026-11-01',
      to: '2026-11-20',
      accountId: 4,
    };

    expect(emptyResultMessage('', filters, names)).toBe(
      `No calls match the filters: outcome “Promise to pay”, started ${formatIsoDate('2026-11-01')} to ${formatIsoDate('2026-11-20')}, account Acme Supplies.`,
    );
  });

  it('names the search and the filters together', () => {
    expect(emptyResultMessage('acme', { ...NO_FILTERS, to: '2026-11-20' }, names)).toBe(
      `No calls match “acme” (filters: started on or before ${formatIsoDate('2026-11-20')}).`,
    );
  });
});

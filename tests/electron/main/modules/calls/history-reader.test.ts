import {
  createCallRepository,
  type CallRepository,
} from '../../../../../electron/main/modules/calls/call-repository';
import {
  createHistoryReader,
  toSearchExpression,
  type HistoryReader,
} from '../../../../../electron/main/modules/calls/history-reader';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import type { Call } from '../../../../../shared/domain/call';
import {
  NO_FILTERS,
  type HistoryFilters,
  type HistoryQuery,
} from '../../../../../shared/domain/history';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import { buildCall, buildEndedCall, T0 } from '../../../../support/builders';
import { noAnswer } from '../../../support/fixtures';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
let opened: OpenedDatabase;
let repository: CallRepository;
let reader: HistoryReader;

beforeEach(() => {
  opened = openDatabase(dirs.make());
  repository = createCallRepository(opened.db, () => T0);
  reader = createHistoryReader(opened.db);
});

afterEach(() => {
  if (opened.db.isOpen) opened.db.close();
  dirs.cleanup();
});

function query(overrides: Partial<HistoryQuery> = {}): HistoryQuery {
  return { search: '', after: null, limit: 50, ...overrides };
}

function historyIds(overrides: Partial<HistoryQuery> = {}): string[] {
  return reader.page(query(overrides)).items.map((item) => item.id);
}

describe('createHistoryReader', () => {
  it('lists ended calls newest first', () => {
    repository.insert(buildEndedCall('a', 1));
    repository.insert(buildEndedCall('b', 2));
    repository.insert(buildEndedCall('c', 3));

    expect(historyIds()).toEqual(['c', 'b', 'a']);
  });

  it('orders by when calls were recorded, so a clock set back does not bury a new call', () => {
    repository.insert(buildEndedCall('before-clock-change', 10));
    repository.insert(buildEndedCall('after-clock-change', 5));

    expect(historyIds()).toEqual(['after-clock-change', 'before-clock-change']);
  });

  it('leaves out open calls', () => {
    repository.insert(buildEndedCall('ended', 1));
    repository.insert(buildCall({ id: 'open', startedAt: T0 + 5 * 60_000 }));

    expect(historyIds()).toEqual(['ended']);
  });

  it('summarises each call with its step counts', () => {
    repository.insert(
      buildEndedCall('c-1', 0, {
        steps: buildCall().steps.map((step, index) =>
          index < 3 ? { ...step, checkedAt: T0 + 1 } : step,
        ),
      }),
    );

    expect(reader.page(query()).items).toEqual([
      {
        id: 'c-1',
        accountId: null,
        customer: 'Acme Supplies',
        accountNumber: 'AC-1001',
        invoice: 'INV-42',
        amountDueCents: 125_000,
        excerpt: null,
        startedAt: T0,
        endedAt: T0 + 120_000,
        stepsDone: 3,
        stepsTotal: defaultArPlaybook.steps.length,
        outcomeLabel: null,
        actionDueOn: null,
      },
    ]);
  });

  it('summarises a call with its outcome and when its next action is due', () => {
    repository.insert(
      buildEndedCall('c-1', 0, {
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: { what: 'Confirm the payment arrived', dueOn: '2023-11-24' },
          followUps: [],
        },
      }),
    );

    expect(reader.page(query()).items[0]).toMatchObject({
      outcomeLabel: 'Promise to pay',
      actionDueOn: '2023-11-24',
    });
  });

  it('summarises a call that ended without an action with its outcome and no due date', () => {
    repository.insert(
      buildEndedCall('c-1', 0, {
        closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] },
      }),
    );

    expect(reader.page(query()).items[0]).toMatchObject({
      outcomeLabel: 'Refused',
      actionDueOn: null,
    });
  });

  it('summarises search results with their outcome', () => {
    repository.insert(
      buildEndedCall('c-1', 0, { customer: 'Globex', closing: noAnswer('2023-11-20') }),
    );

    expect(reader.page(query({ search: 'globex' })).items).toEqual([
      expect.objectContaining({
        id: 'c-1',
        outcomeLabel: 'No answer',
        actionDueOn: '2023-11-20',
      }),
    ]);
  });

  it('returns an empty last page when there is no history', () => {
    expect(reader.page(query())).toEqual({ items: [], next: null });
  });

  it('has no next cursor when everything fits on one page', () => {
    repository.insert(buildEndedCall('a', 1));
    repository.insert(buildEndedCall('b', 2));

    expect(reader.page(query({ limit: 2 })).next).toBeNull();
  });

  it('points the next cursor at the last call of a full page', () => {
    for (const [index, id] of ['a', 'b', 'c'].entries())
      repository.insert(buildEndedCall(id, index));

    const page = reader.page(query({ limit: 2 }));

    expect(page.items.map((item) => item.id)).toEqual(['c', 'b']);
    expect(reader.page(query({ after: page.next })).items.map((item) => item.id)).toEqual(['a']);
  });

  it('pages through every call once, in order, including calls that started at the same time', () => {
    const calls = [
      buildEndedCall('a', 0),
      buildEndedCall('b', 1),
      buildEndedCall('c', 1),
      buildEndedCall('d', 1),
      buildEndedCall('e', 2),
      buildEndedCall('f', 3),
      buildEndedCall('g', 3),
      buildEndedCall('h', 4),
    ];
    for (const call of calls) repository.insert(call);
    const expected = calls.map((call) => call.id).reverse();

    const seen: string[] = [];
    const pageSizes: number[] = [];
    let after: HistoryQuery['after'] = null;
    do {
      const page = reader.page(query({ after, limit: 3 }));
      seen.push(...page.items.map((item) => item.id));
      pageSizes.push(page.items.length);
      after = page.next;
    } while (after !== null);

    expect(seen).toEqual(expected);
    expect(pageSizes).toEqual([3, 3, 2]);
  });

  it('pages through search results with the same cursor', () => {
    for (let minute = 0; minute < 5; minute += 1) {
      repository.insert(buildEndedCall(`acme-${minute}`, minute, { customer: 'Acme Supplies' }));
      repository.insert(buildEndedCall(`globex-${minute}`, minute, { customer: 'Globex' }));
    }

    const first = reader.page(query({ search: 'acme', limit: 3 }));
    const second = reader.page(query({ search: 'acme', limit: 3, after: first.next }));

    expect([...first.items, ...second.items].map((item) => item.id)).toEqual([
      'acme-4',
      'acme-3',
      'acme-2',
      'acme-1',
      'acme-0',
    ]);
    expect(second.next).toBeNull();
  });

  describe('search', () => {
    beforeEach(() => {
      repository.insert(
        buildEndedCall('acme', 1, { customer: 'Acme Supplies', invoice: 'INV-1042', notes: '' }),
      );
      repository.insert(
        buildEndedCall('globex', 2, {
          customer: 'Globex Corporation',
          accountNumber: 'GX-77',
          invoice: 'INV-2001',
          notes: 'Check mailed to the lockbox on Monday',
        }),
      );
      repository.insert(
        buildEndedCall('muller', 3, { customer: 'Müller GmbH', invoice: 'R-5', notes: '' }),
      );
    });

    it('finds a call by customer name', () => {
      expect(historyIds({ search: 'globex' })).toEqual(['globex']);
    });

    it('matches the start of a word', () => {
      expect(historyIds({ search: 'Acm' })).toEqual(['acme']);
    });

    it('finds a call by words in its notes', () => {
      expect(historyIds({ search: 'lockbox monday' })).toEqual(['globex']);
    });

    it('needs every word to match', () => {
      expect(historyIds({ search: 'lockbox acme' })).toEqual([]);
    });

    it('finds a call by invoice number prefix', () => {
      expect(historyIds({ search: 'INV-104' })).toEqual(['acme']);
    });

    it('finds a call by account number', () => {
      expect(historyIds({ search: 'GX-77' })).toEqual(['globex']);
    });

    it('ignores accents', () => {
      expect(historyIds({ search: 'muller' })).toEqual(['muller']);
    });

    it('lists newest first among equal matches', () => {
      repository.insert(
        buildEndedCall('acme-again', 4, {
          customer: 'Acme Supplies',
          invoice: 'INV-1042',
          notes: '',
        }),
      );

      expect(historyIds({ search: 'acme' })).toEqual(['acme-again', 'acme']);
    });

    it('ranks a match in a name or reference above one in the notes', () => {
      repository.insert(
        buildEndedCall('mentions', 5, {
          customer: 'Initech',
          invoice: 'I-1',
          notes: 'Globex bought them',
        }),
      );

      expect(historyIds({ search: 'globex' })).toEqual(['globex', 'mentions']);
    });

    it('marks the matching words in an excerpt of the best match', () => {
      const [item] = reader.page(query({ search: 'lockbox' })).items;

      expect(item?.excerpt).toEqual([
        { text: 'Check mailed to the ', isMatch: false },
        { text: 'lockbox', isMatch: true },
        { text: ' on Monday', isMatch: false },
      ]);
    });

    it('finds a call by what was captured on it', () => {
      const call = repository.get('muller')!;
      repository.save(
        {
          ...call,
          captures: { 'check-in-mail': { 'check-number': '104233', tracking: '1Z999AA1' } },
        },
        'set-field',
      );

      expect(historyIds({ search: '104233' })).toEqual(['muller']);
      expect(historyIds({ search: '1z999' })).toEqual(['muller']);
    });

    it('pages ranked results by how many were shown', () => {
      const first = reader.page(query({ search: 'inv', limit: 1 }));
      const second = reader.page(query({ search: 'inv', limit: 1, after: first.next }));

      expect(first.next).toEqual({ offset: 1 });
      expect([...first.items, ...second.items].map((item) => item.id).sort()).toEqual([
        'acme',
        'globex',
      ]);
    });

    it('leaves out open calls that match', () => {
      repository.insert(
        buildCall({ id: 'open-globex', customer: 'Globex', startedAt: T0 + 10 * 60_000 }),
      );

      expect(historyIds({ search: 'globex' })).toEqual(['globex']);
    });

    it('finds a call by notes saved after it was inserted', () => {
      const call = repository.get('acme')!;
      repository.save({ ...call, notes: 'Promised a wire transfer' }, 'edit-notes');

      expect(historyIds({ search: 'wire' })).toEqual(['acme']);
    });

    it('no longer finds a call by notes that were replaced', () => {
      const call = repository.get('globex')!;
      repository.save({ ...call, notes: 'Nothing useful' }, 'edit-notes');

      expect(historyIds({ search: 'lockbox' })).toEqual([]);
    });

    it.each([
      '"AND (',
      '-foo*',
      'NEAR(acme',
      'acme OR',
      "O'Brien",
      '^globex',
      'col:acme',
      '*',
      '"',
      '(((',
      'NOT',
    ])('does not throw for text with FTS syntax: %s', (search) => {
      expect(() => reader.page(query({ search }))).not.toThrow();
    });

    it('searches for operator words as plain words', () => {
      repository.insert(
        buildEndedCall('and-notes', 4, { customer: 'Initech', notes: 'Said AND then hung up' }),
      );

      expect(historyIds({ search: '"AND (' })).toEqual(['and-notes']);
    });

    it('lists all ended calls when the search has no words', () => {
      expect(historyIds({ search: ' -*" ' })).toEqual(['muller', 'globex', 'acme']);
    });
  });
});

describe('toSearchExpression', () => {
  it('matches finished words exactly and the word being typed as a prefix', () => {
    expect(toSearchExpression('Acme supp')).toBe('"Acme" "supp"*');
  });

  it('matches every word exactly once the caller has typed a space after the last', () => {
    expect(toSearchExpression('Acme supplies ')).toBe('"Acme" "supplies"');
  });

  it('matches a word being typed exactly until it has two characters', () => {
    expect(toSearchExpression('Acme s')).toBe('"Acme" "s"');
    expect(toSearchExpression('東')).toBe('"東"');
  });

  it('splits on punctuation', () => {
    expect(toSearchExpression('INV-1042')).toBe('"INV" "1042"*');
  });

  it('drops FTS operators and quotes', () => {
    expect(toSearchExpression('"AND (')).toBe('"AND"');
    expect(toSearchExpression('-foo*')).toBe('"foo"');
  });

  it('keeps letters outside ASCII', () => {
    expect(toSearchExpression('Müller 東京')).toBe('"Müller" "東京"*');
  });

  it('returns null when there are no words', () => {
    expect(toSearchExpression('')).toBeNull();
    expect(toSearchExpression('  "*()- ')).toBeNull();
  });
});

describe('history filters', () => {
  const at = (day: string, hour: number) =>
    new Date(`${day}T${String(hour).padStart(2, '0')}:00:00`).getTime();
  const filters = (overrides: Partial<HistoryFilters>): HistoryFilters => ({
    ...NO_FILTERS,
    ...overrides,
  });

  beforeEach(() => {
    const ended = (id: string, startedAt: number, overrides: Partial<Call> = {}) =>
      repository.insert({
        ...buildCall({ id, startedAt, ...overrides }),
        endedAt: startedAt + 60_000,
      });
    ended('monday-late', at('2026-11-23', 23), { closing: noAnswer() });
    ended('tuesday-early', at('2026-11-24', 0), {
      closing: { ...noAnswer(), outcomeId: 'promise-to-pay', outcomeLabel: 'Promise to pay' },
    });
    ended('wednesday', at('2026-11-25', 12), { closing: noAnswer(), notes: 'promise made' });
  });

  it('narrows to one outcome', () => {
    expect(historyIds({ filters: filters({ outcomeId: 'promise-to-pay' }) })).toEqual([
      'tuesday-early',
    ]);
  });

  it('narrows to local days, both ends included', () => {
    expect(historyIds({ filters: filters({ from: '2026-11-24', to: '2026-11-24' }) })).toEqual([
      'tuesday-early',
    ]);
    expect(historyIds({ filters: filters({ from: '2026-11-24' }) })).toEqual([
      'wednesday',
      'tuesday-early',
    ]);
    expect(historyIds({ filters: filters({ to: '2026-11-23' }) })).toEqual(['monday-late']);
  });

  it('combines filters with search words', () => {
    expect(historyIds({ search: 'promise', filters: filters({ from: '2026-11-25' }) })).toEqual([
      'wednesday',
    ]);
  });
});

import {
  compareWork,
  dueCount,
  whenDue,
  worklistSections,
  type WorkItem,
} from '../../../shared/domain/worklist';
import { buildWorkItem } from '../../support/account-builders';

const TODAY = '2026-11-20';

let lastId = 0;
/** A work item with an id later than the last one's. */
const item = (overrides: Partial<WorkItem> = {}) =>
  buildWorkItem({ id: `fu-${String((lastId += 1)).padStart(3, '0')}`, ...overrides });

const ids = (items: readonly WorkItem[]) => items.map((one) => one.id);

describe('whenDue', () => {
  it('reads a follow-up as overdue, due today or upcoming by its day', () => {
    expect(whenDue('2026-11-19', TODAY)).toBe('overdue');
    expect(whenDue(TODAY, TODAY)).toBe('today');
    expect(whenDue('2026-11-21', TODAY)).toBe('upcoming');
  });

  it('counts days across a year end and a leap day', () => {
    expect(whenDue('2027-12-31', '2028-01-01')).toBe('overdue');
    expect(whenDue('2028-02-29', '2028-02-29')).toBe('today');
  });
});

describe('worklistSections', () => {
  it('shows overdue, then today, then upcoming, leaving empty sections out', () => {
    const later = item({ dueOn: '2026-12-01' });
    const late = item({ dueOn: '2026-11-02' });

    const sections = worklistSections([later, late], TODAY);

    expect(sections.map((section) => section.when)).toEqual(['overdue', 'upcoming']);
    expect(ids(sections[0]!.items)).toEqual([late.id]);
  });

  it('puts broken promises first, then the accounts that owe most, then the earliest due', () => {
    const small = item({ overdueCents: 10_000, dueOn: '2026-11-10' });
    const large = item({ overdueCents: 900_000, dueOn: '2026-11-18' });
    const broken = item({ overdueCents: 5_000, isBrokenPromise: true, kind: 'promise' });
    const sameAsLargeEarlier = item({ overdueCents: 900_000, dueOn: '2026-11-12' });

    const [overdue] = worklistSections(
      [small, large, { ...broken, dueOn: '2026-11-19' }, sameAsLargeEarlier],
      TODAY,
    );

    expect(ids(overdue!.items)).toEqual([broken.id, sameAsLargeEarlier.id, large.id, small.id]);
  });

  it('orders the same way whatever order storage returned the rows in', () => {
    const items = [
      item({ overdueCents: 100 }),
      item({ overdueCents: 100 }),
      item({ overdueCents: 300, isBrokenPromise: true }),
      item({ overdueCents: 200 }),
    ];
    const sorted = [...items].sort(compareWork);

    expect(ids(worklistSections([...items].reverse(), TODAY)[0]!.items)).toEqual(ids(sorted));
    expect(ids(sorted)).toEqual([items[2]!.id, items[3]!.id, items[0]!.id, items[1]!.id]);
  });

  it('is empty with nothing to follow up', () => {
    expect(worklistSections([], TODAY)).toEqual([]);
  });
});

describe('dueCount', () => {
  it('counts what needs doing by the end of today, not what is upcoming', () => {
    const items = [item({ dueOn: '2026-11-01' }), item(), item({ dueOn: '2026-11-21' })];

    expect(dueCount(items, TODAY)).toBe(2);
    expect(dueCount(items, '2026-11-21')).toBe(3);
  });
});

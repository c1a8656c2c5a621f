import { dueNotice } from '../../../shared/domain/due-notice';
import type { WorkItem } from '../../../shared/domain/worklist';
import { buildWorkItem } from '../../support/account-builders';

const TODAY = '2026-11-20';

const item = (id: string, overrides: Partial<WorkItem> = {}) => buildWorkItem({ id, ...overrides });

const none = new Set<string>();

describe('dueNotice', () => {
  it('tells of everything that fell due in one notice', () => {
    const notice = dueNotice(
      [item('a'), item('b', { customer: 'Harbor Freight Co', dueOn: '2026-11-18' })],
      none,
      TODAY,
    );

    expect(notice).toEqual({
      ids: ['a', 'b'],
      title: '2 follow-ups are due',
      body: 'Oakridge Dental and Harbor Freight Co.',
    });
  });

  it('stays quiet for follow-ups already told of, and when nothing is due', () => {
    expect(dueNotice([item('a')], new Set(['a']), TODAY)).toBeNull();
    expect(dueNotice([item('a', { dueOn: '2026-11-21' })], none, TODAY)).toBeNull();
    expect(dueNotice([], none, TODAY)).toBeNull();
  });

  it('tells only of the new ones when some were told of before', () => {
    const notice = dueNotice(
      [item('a'), item('b', { customer: 'Pinecrest' })],
      new Set(['a']),
      TODAY,
    );

    expect(notice).toMatchObject({ ids: ['b'], title: '1 follow-up is due', body: 'Pinecrest.' });
  });

  it('names a broken promise first and says it was not kept', () => {
    const notice = dueNotice(
      [item('a'), item('b', { customer: 'Pinecrest', isBrokenPromise: true, kind: 'promise' })],
      none,
      TODAY,
    );

    expect(notice).toMatchObject({
      ids: ['b', 'a'],
      body: 'Pinecrest and Oakridge Dental. A promise was not kept.',
    });
  });

  it('names two customers and counts the rest, each customer once', () => {
    const notice = dueNotice(
      [
        item('a', { customer: 'Alder' }),
        item('b', { customer: 'Alder' }),
        item('c', { customer: 'Birch' }),
        item('d', { customer: 'Cedar' }),
        item('e', { customer: 'Dogwood' }),
      ],
      none,
      TODAY,
    );

    expect(notice).toMatchObject({
      title: '5 follow-ups are due',
      body: 'Alder, Birch and 2 other accounts.',
    });
  });
});

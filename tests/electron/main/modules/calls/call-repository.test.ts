import {
  createCallRepository,
  type CallChange,
  type CallRepository,
} from '../../../../../electron/main/modules/calls/call-repository';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import type { Call } from '../../../../../shared/domain/call';
import type { Closing } from '../../../../../shared/domain/closing';
import { buildCall, buildEndedCall, T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';
import { noAnswer as noAnswerClosing } from '../../../support/fixtures';

/** Nobody answered, as this version stores it: with its (empty) list of follow-ups. */
const noAnswer = (dueOn?: string): Closing => ({ ...noAnswerClosing(dueOn), followUps: [] });

const dirs = tempDirs();
let opened: OpenedDatabase;
let repository: CallRepository;

beforeEach(() => {
  opened = openDatabase(dirs.make());
  repository = createCallRepository(opened.db, () => T0);
});

afterEach(() => {
  if (opened.db.isOpen) opened.db.close();
  dirs.cleanup();
});

describe('createCallRepository', () => {
  describe('insert and get', () => {
    it('returns the call as it was inserted', () => {
      const call = buildCall({
        id: 'c-1',
        notes: 'Check #1042 mailed Monday.\nSecond line, “quotes” and émojis 📞',
        steps: buildCall().steps.map((step, index) =>
          index < 2 ? { ...step, checkedAt: T0 + index * 1_000 } : step,
        ),
      });

      repository.insert(call);

      expect(repository.get('c-1')).toEqual(call);
    });

    it('returns every field of a call in a situation, with captures, ticks and a closing', () => {
      const call = buildCall({
        id: 'c-1',
        contact: 'Dana Reyes',
        customerSince: '2014',
        dueOn: '2023-10-15',
        endedAt: T0 + 300_000,
        branches: [
          { branchId: 'dispute', openedAt: T0 + 10_000 },
          { branchId: 'check-in-mail', openedAt: T0 + 20_000 },
        ],
        captures: {
          'check-in-mail': {
            'mailed-on': '2023-11-10',
            'mailed-to': 'other',
            'mailed-to:other': 'PO Box 9 “East”',
          },
          dispute: { reason: 'pricing' },
        },
        questionsAsked: ['check-in-mail#0', 'payment-status#2'],
        closing: {
          outcomeId: 'check-in-mail',
          outcomeLabel: 'Check in the mail',
          action: { what: 'Check the payment arrived', dueOn: '2023-11-21' },
          followUps: [
            { sectionId: 'dispute', what: 'Answer the dispute', who: 'Sam', dueOn: '2023-11-17' },
            {
              sectionId: 'check-in-mail',
              what: 'Check the payment arrived',
              who: 'You',
              dueOn: '2023-11-21',
            },
          ],
        },
      });

      repository.insert(call);

      expect(repository.get('c-1')).toEqual(call);
    });

    it('keeps a closing without a next action', () => {
      const closing = {
        outcomeId: 'refused',
        outcomeLabel: 'Refused',
        action: null,
        followUps: [],
      };
      repository.insert(buildCall({ id: 'c-1', endedAt: T0 + 1, closing }));

      expect(repository.get('c-1')?.closing).toEqual(closing);
    });

    it('reads a closing stored before follow-ups existed as having none', () => {
      repository.insert(buildCall({ id: 'c-1', endedAt: T0 + 1, closing: noAnswer('2023-11-20') }));
      // As an earlier version wrote it: the same closing without the list.
      opened.db.prepare('UPDATE calls SET closing_json = ? WHERE id = ?').run(
        JSON.stringify({
          outcomeId: 'no-answer',
          outcomeLabel: 'No answer',
          action: { what: 'Call again', dueOn: '2023-11-20' },
        }),
        'c-1',
      );

      expect(repository.get('c-1')?.closing).toEqual({
        outcomeId: 'no-answer',
        outcomeLabel: 'No answer',
        action: { what: 'Call again', dueOn: '2023-11-20' },
        followUps: [],
      });
    });

    it('copies the headline’s due date, not a follow-up’s, for the history list', () => {
      const closing: Closing = {
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: 'Confirm the payment', dueOn: '2023-11-24' },
        followUps: [
          { sectionId: 'dispute', what: 'Answer the dispute', who: 'Sam', dueOn: '2023-11-17' },
        ],
      };
      repository.insert(buildCall({ id: 'c-1', endedAt: T0 + 1, closing }));

      expect(
        opened.db.prepare('SELECT outcome_label, action_due_on FROM calls WHERE id = ?').get('c-1'),
      ).toEqual({ outcome_label: 'Promise to pay', action_due_on: '2023-11-24' });
    });

    it('keeps a null amount as null', () => {
      repository.insert(buildCall({ id: 'c-1', amountDueCents: null }));

      expect(repository.get('c-1')?.amountDueCents).toBeNull();
    });

    it('keeps a large amount exactly', () => {
      repository.insert(buildCall({ id: 'c-1', amountDueCents: 9_999_999_999_99 }));

      expect(repository.get('c-1')?.amountDueCents).toBe(9_999_999_999_99);
    });

    it('keeps an ended call’s end time', () => {
      repository.insert(buildEndedCall('c-1', 0));

      expect(repository.get('c-1')?.endedAt).toBe(T0 + 120_000);
    });

    it('returns null for an unknown id', () => {
      expect(repository.get('missing')).toBeNull();
    });

    it('refuses a second call with the same id', () => {
      repository.insert(buildCall({ id: 'c-1' }));

      expect(() => repository.insert(buildCall({ id: 'c-1' }))).toThrow();
    });
  });

  describe('save', () => {
    /** The stored call after one change of `type`, applied to all of `changed`. */
    function saved(changed: Call, type: CallChange): Call | null {
      repository.save(changed, type);
      return repository.get(changed.id);
    }

    it.each([
      ['check-step', { steps: buildCall().steps.map((step) => ({ ...step, checkedAt: T0 + 5 })) }],
      ['edit-notes', { notes: 'Promised payment Friday' }],
      ['open-branch', { branches: [{ branchId: 'promise-to-pay', openedAt: T0 + 5_000 }] }],
      ['set-field', { captures: { 'promise-to-pay': { amount: '1,250.00' } } }],
      ['set-question', { questionsAsked: ['promise-to-pay#1'] }],
      ['end', { endedAt: T0 + 60_000, closing: noAnswer('2023-11-20') }],
    ] as const)('writes what a %s changes', (type, change) => {
      const call = buildCall({ id: 'c-1' });
      repository.insert(call);

      expect(saved({ ...call, ...change }, type)).toEqual({ ...call, ...change });
    });

    it('writes only the columns its kind of change can touch', () => {
      const call = buildCall({ id: 'c-1', notes: 'first' });
      repository.insert(call);

      repository.save(
        { ...call, notes: 'not saved', captures: { dispute: { reason: 'x' } } },
        'set-field',
      );

      expect(repository.get('c-1')).toMatchObject({
        notes: 'first',
        captures: { dispute: { reason: 'x' } },
      });
    });

    it('leaves the search index alone when a step is checked', () => {
      const call = buildCall({ id: 'c-1', notes: 'lockbox' });
      repository.insert(call);
      const writes = () =>
        (opened.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
      const before = writes();

      repository.save(
        { ...call, steps: call.steps.map((step) => ({ ...step, checkedAt: T0 })) },
        'check-step',
      );

      // One row of `calls` changed; a notes or field save changes the search rows as well.
      expect(writes() - before).toBe(1);
    });

    it('makes a saved field findable by its value', () => {
      const call = buildCall({ id: 'c-1' });
      repository.insert(call);

      repository.save(
        { ...call, captures: { 'check-in-mail': { 'check-number': '104233' } } },
        'set-field',
      );

      expect(
        opened.db
          .prepare(`SELECT count(*) AS n FROM calls_search WHERE calls_search MATCH '"104233"'`)
          .get(),
      ).toEqual({ n: 1 });
    });

    it('throws for an id that was never inserted', () => {
      expect(() => repository.save(buildCall({ id: 'ghost' }), 'edit-notes')).toThrow(/ghost/);
    });

    it('does not create a call when saving an unknown id', () => {
      try {
        repository.save(buildCall({ id: 'ghost' }), 'edit-notes');
      } catch {
        // expected; the assertion is about what was stored
      }

      expect(repository.get('ghost')).toBeNull();
    });

    it('stamps updated_at with the injected clock', () => {
      let now = T0;
      const clocked = createCallRepository(opened.db, () => now);
      clocked.insert(buildCall({ id: 'c-1' }));
      now = T0 + 42;

      clocked.save(buildCall({ id: 'c-1', notes: 'x' }), 'edit-notes');

      expect(opened.db.prepare('SELECT updated_at FROM calls WHERE id = ?').get('c-1')).toEqual({
        updated_at: T0 + 42,
      });
    });
  });

  describe('findOpen', () => {
    it('returns null when there are no calls', () => {
      expect(repository.findOpen()).toBeNull();
    });

    it('returns null when every call has ended', () => {
      repository.insert(buildEndedCall('c-1', 0));

      expect(repository.findOpen()).toBeNull();
    });

    it('returns the open call with its notes', () => {
      repository.insert(buildEndedCall('ended', 10));
      repository.insert(buildCall({ id: 'open', startedAt: T0, notes: 'half typed' }));

      expect(repository.findOpen()).toMatchObject({
        id: 'open',
        notes: 'half typed',
        endedAt: null,
      });
    });

    it('returns the newest open call when there are several', () => {
      repository.insert(buildCall({ id: 'older', startedAt: T0 }));
      repository.insert(buildCall({ id: 'newer', startedAt: T0 + 60_000 }));

      expect(repository.findOpen()?.id).toBe('newer');
    });
  });
});

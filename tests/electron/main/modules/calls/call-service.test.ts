import { RequestError } from '../../../../../electron/main/core/request-error';
import { createFollowUpRepository } from '../../../../../electron/main/modules/follow-ups/follow-up-repository';
import {
  createCallService,
  type CallService,
} from '../../../../../electron/main/modules/calls/call-service';
import {
  createPlaybookService,
  type PlaybookService,
} from '../../../../../electron/main/modules/playbooks/playbook-service';
import { createHistoryReader } from '../../../../../electron/main/modules/calls/history-reader';
import { createCallRepository } from '../../../../../electron/main/modules/calls/call-repository';
import { createAccountRepository } from '../../../../../electron/main/modules/accounts/account-repository';
import { inTransaction } from '../../../../../electron/main/storage/transaction';
import { openDatabase, type OpenedDatabase } from '../../../../../electron/main/storage/database';
import { createPlaybookRepository } from '../../../../../electron/main/modules/playbooks/playbook-repository';
import type { Call, CallCommand } from '../../../../../shared/domain/call';
import { localDate } from '../../../../../shared/domain/calendar';
import type { Closing, StoredClosing } from '../../../../../shared/domain/closing';
import {
  FOLLOW_UP_WHAT_MAX_LENGTH,
  FOLLOW_UP_WHO_MAX_LENGTH,
  type FollowUp,
} from '../../../../../shared/domain/follow-ups';
import { defaultArPlaybook } from '../../../../../shared/playbooks/default-ar-playbook';
import {
  buildCall,
  fakeClock,
  sequentialIds,
  startInput,
  T0,
  type FakeClock,
} from '../../../../support/builders';
import { createRecordingLogger } from '../../../../support/ipc-fakes';
import { tempDirs } from '../../../../support/temp-dir';
import { noAnswer, playbookFile, recordingPublish, smallPlaybook } from '../../../support/fixtures';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];
const DAY = 86_400_000;

interface Harness {
  readonly service: CallService;
  readonly playbooks: PlaybookService;
  /** Every call published on `call:changed`, in order. */
  published(): Call[];
  readonly clock: FakeClock;
  readonly db: OpenedDatabase;
}

/** A service over a real database in `dataDir`, as main builds it on each launch. */
function launch(dataDir: string, clock = fakeClock(), newId = sequentialIds()): Harness {
  const db = openDatabase(dataDir);
  opened.push(db);
  const recorder = recordingPublish();
  const playbooks = createPlaybookService({
    playbooks: createPlaybookRepository(db.db, createRecordingLogger()),
    clock: clock.now,
    publish: recorder.publish,
    builtIn: [defaultArPlaybook, smallPlaybook()],
  });
  const history = createHistoryReader(db.db);
  const followUps = createFollowUpRepository(db.db);
  const service = createCallService({
    calls: createCallRepository(db.db, clock.now),
    accounts: createAccountRepository(db.db, clock.now),
    inTransaction: (work) => inTransaction(db.db, work),
    recordEnded: (call, playbook, at) => followUps.recordCall(call, playbook, null, at),
    recordStarted: () => undefined,
    playbooks,
    clock: clock.now,
    newId,
    publish: recorder.publish,
    // Main reads history in the read worker; here the same reader runs on this connection.
    readHistory: (query) => Promise.resolve(history.page(query)),
  });
  return { service, playbooks, published: () => recorder.payloads('call:changed'), clock, db };
}

function errorOf(action: () => unknown): RequestError {
  try {
    action();
  } catch (error) {
    if (error instanceof RequestError) return error;
    throw error;
  }
  throw new Error('Expected a RequestError, but nothing was thrown');
}

const end = (closing: Closing = noAnswer()): CallCommand => ({ type: 'end', closing });

afterEach(() => {
  for (const { db } of opened.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

describe('createCallService', () => {
  describe('start', () => {
    it('creates an open call at the clock’s time with a new id', () => {
      const { service } = launch(dirs.make());

      const call = service.start(startInput());

      expect(call).toMatchObject({
        id: 'call-1',
        startedAt: T0,
        endedAt: null,
        customer: 'Acme Supplies',
        notes: '',
      });
    });

    it('keeps the contact, the customer’s first year and the invoice’s due date', () => {
      const { service } = launch(dirs.make());

      const call = service.start(
        startInput({ contact: 'Dana Reyes', customerSince: '2014', dueOn: '2023-10-15' }),
      );

      expect(service.get(call.id)).toMatchObject({
        contact: 'Dana Reyes',
        customerSince: '2014',
        dueOn: '2023-10-15',
        branches: [],
        captures: {},
        questionsAsked: [],
        closing: null,
      });
    });

    it('gives the call the playbook’s steps, all unchecked', () => {
      const { service } = launch(dirs.make());

      const call = service.start(startInput({ playbookId: 'test-playbook' }));

      expect(call.steps).toEqual([
        { stepId: 'first', title: 'First', checkedAt: null },
        { stepId: 'second', title: 'Second', checkedAt: null },
      ]);
      expect(call.playbookVersion).toBe(3);
    });

    it('starts on the newest version of the playbook', () => {
      const { service, playbooks } = launch(dirs.make());
      playbooks.import(playbookFile(smallPlaybook({ version: 4, name: 'Newer' })));

      expect(service.start(startInput({ playbookId: 'test-playbook' })).playbookVersion).toBe(4);
    });

    it('publishes the new call', () => {
      const harness = launch(dirs.make());

      const call = harness.service.start(startInput());

      expect(harness.published()).toEqual([call]);
    });

    it('stores the call so it can be fetched', () => {
      const { service } = launch(dirs.make());

      const call = service.start(startInput());

      expect(service.get(call.id)).toEqual(call);
    });

    it('refuses with conflict while another call is open', () => {
      const { service } = launch(dirs.make());
      service.start(startInput({ customer: 'Globex' }));

      const error = errorOf(() => service.start(startInput()));

      expect(error.code).toBe('conflict');
      expect(error.message).toContain('Globex');
    });

    it('neither stores nor publishes a refused call', () => {
      const harness = launch(dirs.make());
      const { service } = harness;
      service.start(startInput());

      errorOf(() => service.start(startInput()));

      expect(harness.published()).toHaveLength(1);
      expect(service.get('call-1')).toBeTruthy();
      expect(errorOf(() => service.get('call-2')).code).toBe('not-found');
    });

    it('starts a new call once the open one has ended', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      service.apply('call-1', end());
      clock.advance(60_000);

      const next = service.start(startInput());

      expect(next).toMatchObject({ id: 'call-2', startedAt: T0 + 60_000 });
    });

    it('refuses an unknown playbook with not-found', () => {
      const harness = launch(dirs.make());

      expect(errorOf(() => harness.service.start(startInput({ playbookId: 'nope' }))).code).toBe(
        'not-found',
      );
      expect(harness.published()).toEqual([]);
    });

    describe('the account', () => {
      const accountOf = (harness: Harness, call: Call) =>
        harness.db.db
          .prepare('SELECT name, number, customer_since AS since FROM accounts WHERE id = ?')
          .get(call.accountId) as unknown;

      it('creates one from the form when there is none', () => {
        const harness = launch(dirs.make());

        const call = harness.service.start(startInput({ customerSince: '2014' }));

        expect(accountOf(harness, call)).toEqual({
          name: 'Acme Supplies',
          number: 'AC-1001',
          since: '2014',
        });
        expect(harness.db.db.prepare('SELECT name FROM account_contacts').all()).toEqual([
          { name: 'Dana Reyes' },
        ]);
      });

      it('finds it again by number, then by name, and adds a new contact once', () => {
        const harness = launch(dirs.make());
        const first = harness.service.start(startInput());
        harness.service.apply(first.id, { type: 'end', closing: noAnswer() });

        const byNumber = harness.service.start(
          startInput({ customer: 'Acme Supplies Inc', contact: 'Sam Okafor' }),
        );
        harness.service.apply(byNumber.id, { type: 'end', closing: noAnswer() });
        const byName = harness.service.start(
          startInput({ customer: ' acme supplies ', accountNumber: '', contact: 'sam okafor' }),
        );

        expect([byNumber.accountId, byName.accountId]).toEqual([first.accountId, first.accountId]);
        expect(
          harness.db.db.prepare('SELECT name FROM account_contacts ORDER BY position').all(),
        ).toEqual([{ name: 'Dana Reyes' }, { name: 'Sam Okafor' }]);
      });

      it('takes the customer’s name and number from an account that was picked', () => {
        const harness = launch(dirs.make());
        const first = harness.service.start(
          startInput({ customer: 'Globex', accountNumber: 'GX-9' }),
        );
        harness.service.apply(first.id, { type: 'end', closing: noAnswer() });

        const call = harness.service.start(
          startInput({ accountId: first.accountId, customer: 'glob', accountNumber: '' }),
        );

        expect(call).toMatchObject({
          accountId: first.accountId,
          customer: 'Globex',
          accountNumber: 'GX-9',
        });
      });

      it('keeps on a picked account the year and the contact the form gives', () => {
        const harness = launch(dirs.make());
        const first = harness.service.start(startInput({ customerSince: '', contact: '' }));
        harness.service.apply(first.id, { type: 'end', closing: noAnswer() });

        const call = harness.service.start(
          startInput({
            accountId: first.accountId,
            customerSince: '2014',
            contact: 'Rosa Delgado',
          }),
        );

        expect(accountOf(harness, call)).toMatchObject({ since: '2014' });
        expect(harness.db.db.prepare('SELECT name FROM account_contacts').all()).toEqual([
          { name: 'Rosa Delgado' },
        ]);
      });

      it('refuses an account that does not exist, storing nothing', () => {
        const harness = launch(dirs.make());

        expect(errorOf(() => harness.service.start(startInput({ accountId: 404 }))).code).toBe(
          'not-found',
        );
        expect(harness.db.db.prepare('SELECT count(*) AS n FROM calls').get()).toEqual({ n: 0 });
      });
    });
  });

  describe('apply', () => {
    it('stamps a checked step with main’s clock', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      clock.advance(7_000);

      const call = service.apply('call-1', { type: 'check-step', stepId: 'empathize' });

      expect(call.steps.find((step) => step.stepId === 'empathize')?.checkedAt).toBe(T0 + 7_000);
    });

    it('saves the result', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      const call = service.apply('call-1', { type: 'edit-notes', notes: 'Check #1042' });

      expect(service.get('call-1')).toEqual(call);
    });

    it('publishes the result', () => {
      const harness = launch(dirs.make());
      harness.service.start(startInput());

      const call = harness.service.apply('call-1', { type: 'edit-notes', notes: 'Check #1042' });

      expect(harness.published().at(-1)).toEqual(call);
    });

    it('opens a situation of the call’s playbook at main’s time and stores it', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      clock.advance(5_000);

      service.apply('call-1', { type: 'open-branch', branchId: 'check-in-mail' });

      expect(service.get('call-1').branches).toEqual([
        { branchId: 'check-in-mail', openedAt: T0 + 5_000 },
      ]);
    });

    it('stores a captured value and a ticked question', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());
      // Any section with a question will do; the default playbook's wording changes over time.
      const asked = [...defaultArPlaybook.steps, ...defaultArPlaybook.branches].find(
        (section) => section.questions.length > 0,
      )!;

      service.apply('call-1', {
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'check-number',
        value: '104522',
      });
      service.apply('call-1', {
        type: 'set-question',
        sectionId: asked.id,
        index: asked.questions.length - 1,
        isAsked: true,
      });

      expect(service.get('call-1')).toMatchObject({
        captures: { 'check-in-mail': { 'check-number': '104522' } },
        questionsAsked: [`${asked.id}#${asked.questions.length - 1}`],
      });
    });

    it('stores the words typed for the "Other" choice of a field that allows it', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      service.apply('call-1', {
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'mailed-to:other',
        value: 'Our Denver office',
      });

      expect(service.get('call-1').captures['check-in-mail']).toEqual({
        'mailed-to:other': 'Our Denver office',
      });
    });

    it.each<[string, CallCommand, string]>([
      [
        'a situation',
        { type: 'open-branch', branchId: 'lost-in-space' },
        'That situation is not in this playbook.',
      ],
      [
        'a situation to close',
        { type: 'close-branch', branchId: 'lost-in-space' },
        'That situation is not in this playbook.',
      ],
      [
        'a form',
        { type: 'set-field', sectionId: 'lost-in-space', fieldId: 'amount', value: '1' },
        'That form is not in this playbook.',
      ],
      [
        'a field',
        { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'colour', value: 'red' },
        'That field is not in this form.',
      ],
      [
        'an "Other" detail of a choice without one',
        { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'method:other', value: 'x' },
        'That field is not in this form.',
      ],
      [
        'a question',
        { type: 'set-question', sectionId: 'check-in-mail', index: 6, isAsked: true },
        'That question is not in this playbook.',
      ],
      [
        'a question of a form',
        { type: 'set-question', sectionId: 'lost-in-space', index: 0, isAsked: true },
        'That question is not in this playbook.',
      ],
    ])('refuses %s the call’s playbook does not have with conflict', (_label, command, message) => {
      const harness = launch(dirs.make());
      const started = harness.service.start(startInput());

      const error = errorOf(() => harness.service.apply('call-1', command));

      expect(error).toMatchObject({ code: 'conflict', message });
      expect(harness.service.get('call-1')).toEqual(started);
      expect(harness.published()).toHaveLength(1);
    });

    it('checks commands against the call’s own snapshot, not a newer version', () => {
      const { service, playbooks } = launch(dirs.make());
      service.start(startInput({ playbookId: 'test-playbook' }));
      const newer = smallPlaybook({ version: 4 });
      playbooks.import(
        playbookFile({
          ...newer,
          branches: [...newer.branches, { ...newer.branches[0]!, id: 'dispute', key: 'D' }],
        }),
      );

      const error = errorOf(() =>
        service.apply('call-1', { type: 'open-branch', branchId: 'dispute' }),
      );

      expect(error.code).toBe('conflict');
    });

    it('refuses a command on an ended call with conflict', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());
      service.apply('call-1', end());

      const error = errorOf(() => service.apply('call-1', { type: 'edit-notes', notes: 'late' }));

      expect(error.code).toBe('conflict');
      expect(error.message).toBe('This call has already ended.');
    });

    it('leaves an ended call as it was when refusing', () => {
      const harness = launch(dirs.make());
      harness.service.start(startInput());
      const ended = harness.service.apply('call-1', end());

      errorOf(() => harness.service.apply('call-1', { type: 'edit-notes', notes: 'late' }));

      expect(harness.service.get('call-1')).toEqual(ended);
      expect(harness.published()).toHaveLength(2);
    });

    it('refuses an unknown step with conflict', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      const error = errorOf(() =>
        service.apply('call-1', { type: 'check-step', stepId: 'no-such-step' }),
      );

      expect(error.code).toBe('conflict');
      expect(error.message).toBe('That step is not part of this call.');
    });

    it('refuses an unknown call id with not-found', () => {
      const { service } = launch(dirs.make());

      expect(errorOf(() => service.apply('missing', end())).code).toBe('not-found');
    });
  });

  describe('apply end', () => {
    it('ends the call at main’s time with its closing', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      clock.advance(90_000);

      const ended = service.apply('call-1', end(noAnswer(localDate(T0 + DAY))));

      expect(ended.endedAt).toBe(T0 + 90_000);
      expect(ended.closing).toEqual({
        outcomeId: 'no-answer',
        outcomeLabel: 'No answer',
        action: { what: 'Call again', dueOn: localDate(T0 + DAY) },
        followUps: [],
      });
      expect(service.get('call-1')).toEqual(ended);
    });

    it('accepts a next action due today', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      expect(service.apply('call-1', end(noAnswer(localDate(T0)))).endedAt).toBe(T0);
    });

    it('stores the outcome label of the call’s snapshot, whatever label was sent', async () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      const ended = service.apply(
        'call-1',
        end({ ...noAnswer(), outcomeId: 'voicemail', outcomeLabel: 'Paid in full!' }),
      );

      expect(ended.closing?.outcomeLabel).toBe('Voicemail');
      expect(
        (await service.history({ search: '', after: null, limit: 10 })).items[0],
      ).toMatchObject({
        outcomeLabel: 'Voicemail',
        actionDueOn: localDate(T0),
      });
    });

    it('labels the outcome from the version the call started on after a newer one was imported', () => {
      const { service, playbooks } = launch(dirs.make());
      service.start(startInput());
      playbooks.import(
        playbookFile({
          ...defaultArPlaybook,
          outcomes: defaultArPlaybook.outcomes.map((outcome) =>
            outcome.id === 'no-answer' ? { ...outcome, label: 'Nobody picked up' } : outcome,
          ),
        }),
      );

      const ended = service.apply('call-1', end());

      expect(playbooks.current('default-ar').version).toBe(defaultArPlaybook.version + 1);
      expect(ended.playbookVersion).toBe(defaultArPlaybook.version);
      expect(ended.closing?.outcomeLabel).toBe('No answer');
    });

    it('keeps the caller’s words for the action, trimmed', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      const ended = service.apply('call-1', {
        type: 'end',
        closing: {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: { what: '  Confirm the ACH arrived  ', dueOn: localDate(T0 + 3 * DAY) },
          followUps: [],
        },
      });

      expect(ended.closing?.action).toEqual({
        what: 'Confirm the ACH arrived',
        dueOn: localDate(T0 + 3 * DAY),
      });
    });

    it('ends a call that reached the customer without an action when that was confirmed', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());

      const ended = service.apply(
        'call-1',
        end({ outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] }),
      );

      expect(ended.closing).toEqual({
        outcomeId: 'refused',
        outcomeLabel: 'Refused',
        action: null,
        followUps: [],
      });
    });

    it.each<[string, Closing, string]>([
      [
        'without an outcome',
        { outcomeId: '', outcomeLabel: '', action: null, followUps: [] },
        'The call is still open. Choose how the call ended.',
      ],
      [
        'with an outcome the playbook does not have',
        { ...noAnswer(), outcomeId: 'abducted', outcomeLabel: 'Abducted' },
        'The call is still open. Choose one of the outcomes listed.',
      ],
      [
        'with a due date that has passed',
        noAnswer(localDate(T0 - DAY)),
        'The call is still open. That date has passed. Choose today or a later date.',
      ],
      [
        'with a due date that is not a real date',
        noAnswer('2023-02-30'),
        'The call is still open. Enter a real date.',
      ],
      [
        'when nobody answered and no date to try again was given',
        { outcomeId: 'voicemail', outcomeLabel: 'Voicemail', action: null, followUps: [] },
        'The call is still open. Choose when to try again.',
      ],
    ])('refuses to end %s with invalid-input', (_label, closing, message) => {
      const harness = launch(dirs.make());
      const started = harness.service.start(startInput());

      const error = errorOf(() => harness.service.apply('call-1', end(closing)));

      expect(error).toMatchObject({ code: 'invalid-input', message });
      expect(harness.service.get('call-1')).toEqual(started);
      expect(harness.service.open()?.id).toBe('call-1');
      expect(harness.published()).toHaveLength(1);
    });

    describe('with follow-ups', () => {
      const answerBy = localDate(T0 + 2 * DAY);
      const payOn = localDate(T0 + 4 * DAY);
      const dispute: FollowUp = {
        sectionId: 'dispute',
        what: 'Answer the dispute',
        who: 'Sam in Sales',
        dueOn: answerBy,
      };
      const promise: FollowUp = {
        sectionId: 'promise-to-pay',
        what: 'Confirm the payment arrived',
        who: 'You',
        dueOn: payOn,
      };
      const partialDispute = (followUps: readonly FollowUp[]): Closing => ({
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: 'Confirm the payment arrived', dueOn: payOn },
        followUps,
      });

      it('keeps both dates of a partial dispute, and lists the headline’s date in history', async () => {
        const { service } = launch(dirs.make());
        service.start(startInput());

        const ended = service.apply('call-1', end(partialDispute([dispute, promise])));

        expect(ended.closing?.followUps).toEqual([dispute, promise]);
        expect(service.get('call-1').closing?.followUps).toEqual([dispute, promise]);
        expect(
          (await service.history({ search: '', after: null, limit: 10 })).items[0]?.actionDueOn,
        ).toBe(payOn);
      });

      it('puts every follow-up on the worklist as the call ends, and none before', () => {
        const { service, db } = launch(dirs.make());
        service.start(startInput());
        const worklist = createFollowUpRepository(db.db);
        service.apply('call-1', { type: 'check-step', stepId: 'acknowledge' });
        expect(worklist.open(localDate(T0))).toEqual([]);

        service.apply('call-1', end(partialDispute([dispute, promise])));

        expect(
          worklist.open(localDate(T0)).map(({ kind, who, dueOn }) => ({ kind, who, dueOn })),
        ).toEqual([
          { kind: 'dispute', who: 'Sam in Sales', dueOn: answerBy },
          { kind: 'promise', who: 'You', dueOn: payOn },
        ]);
      });

      it('keeps the follow-ups trimmed, naming the caller when nobody is named', () => {
        const { service } = launch(dirs.make());
        service.start(startInput());

        const ended = service.apply(
          'call-1',
          end(partialDispute([{ ...dispute, what: '  Answer the dispute ', who: '  ' }])),
        );

        expect(ended.closing?.followUps).toEqual([{ ...dispute, who: 'You' }]);
      });

      it('makes the earliest follow-up the headline when none was given', () => {
        const { service } = launch(dirs.make());
        service.start(startInput());

        const ended = service.apply(
          'call-1',
          end({ ...partialDispute([promise, dispute]), action: null }),
        );

        expect(ended.closing?.action).toEqual({ what: 'Answer the dispute', dueOn: answerBy });
      });

      it('ends with no follow-ups a closing sent without the list', () => {
        const { service } = launch(dirs.make());
        service.start(startInput());
        // As a window built before follow-ups existed sends it.
        const older: StoredClosing = {
          outcomeId: 'promise-to-pay',
          outcomeLabel: 'Promise to pay',
          action: { what: 'Confirm the payment arrived', dueOn: payOn },
        };

        const ended = service.apply('call-1', end(older as Closing));

        expect(ended.closing?.followUps).toEqual([]);
      });

      it.each<[string, FollowUp, string]>([
        ['with no words', { ...dispute, what: '   ' }, 'Say what should happen.'],
        [
          'with words over the limit',
          { ...dispute, what: 'x'.repeat(FOLLOW_UP_WHAT_MAX_LENGTH + 1) },
          `Keep this under ${FOLLOW_UP_WHAT_MAX_LENGTH} characters.`,
        ],
        [
          'naming someone at great length',
          { ...dispute, who: 'x'.repeat(FOLLOW_UP_WHO_MAX_LENGTH + 1) },
          `Keep this under ${FOLLOW_UP_WHO_MAX_LENGTH} characters.`,
        ],
        [
          'due on a day that has passed',
          { ...dispute, dueOn: localDate(T0 - DAY) },
          'That date has passed. Choose today or a later date.',
        ],
        [
          'due on a day that does not exist',
          { ...dispute, dueOn: '2023-11-31' },
          'Enter a real date.',
        ],
        ['without a date', { ...dispute, dueOn: '' }, 'Choose a date, or remove this follow-up.'],
        [
          'for a situation the playbook does not have',
          { ...dispute, sectionId: 'alien-abduction' },
          'That situation is not in this playbook.',
        ],
        [
          'twice for the same situation',
          { ...promise, dueOn: localDate(T0 + 5 * DAY) },
          'That situation already has a follow-up.',
        ],
      ])('refuses to end with a follow-up %s, with invalid-input', (_label, bad, message) => {
        const harness = launch(dirs.make());
        const started = harness.service.start(startInput());

        const error = errorOf(() =>
          harness.service.apply('call-1', end(partialDispute([promise, bad]))),
        );

        expect(error).toMatchObject({
          code: 'invalid-input',
          message: `The call is still open. ${message}`,
        });
        expect(harness.service.get('call-1')).toEqual(started);
        expect(harness.published()).toHaveLength(1);
      });

      it('names the headline’s problem before a follow-up’s', () => {
        const { service } = launch(dirs.make());
        service.start(startInput());

        const error = errorOf(() =>
          service.apply(
            'call-1',
            end({ ...partialDispute([{ ...dispute, what: '' }]), outcomeId: '' }),
          ),
        );

        expect(error.message).toBe('The call is still open. Choose how the call ended.');
      });
    });

    it('ends a call stored before snapshots were kept with the playbook’s newest version', () => {
      const dataDir = dirs.make();
      const harness = launch(dataDir);
      createCallRepository(harness.db.db, () => T0).insert(
        buildCall({ id: 'legacy', playbookVersion: 1 }),
      );

      const ended = harness.service.apply('legacy', end());

      expect(ended.closing?.outcomeLabel).toBe('No answer');
      expect(ended.endedAt).toBe(T0);
    });
  });

  describe('get', () => {
    it('refuses an unknown call id with not-found', () => {
      const { service } = launch(dirs.make());

      expect(errorOf(() => service.get('missing'))).toMatchObject({
        code: 'not-found',
        message: 'That call could not be found.',
      });
    });
  });

  describe('open', () => {
    it('returns null when no call is open', () => {
      expect(launch(dirs.make()).service.open()).toBeNull();
    });

    it('returns null once the call has ended', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());
      service.apply('call-1', end());

      expect(service.open()).toBeNull();
    });

    it('returns the unfinished call with its notes, checks and captures after a restart', () => {
      const dataDir = dirs.make();
      const before = launch(dataDir);
      before.service.start(startInput());
      before.clock.advance(3_000);
      before.service.apply('call-1', { type: 'check-step', stepId: 'acknowledge' });
      before.service.apply('call-1', { type: 'open-branch', branchId: 'promise-to-pay' });
      before.service.apply('call-1', {
        type: 'set-field',
        sectionId: 'promise-to-pay',
        fieldId: 'amount',
        value: '1,250.00',
      });
      const lastSaved = before.service.apply('call-1', {
        type: 'edit-notes',
        notes: 'Check #1042 sent Monday',
      });
      before.db.db.close();

      const after = launch(dataDir, fakeClock(T0 + 3_600_000), sequentialIds('after'));

      expect(after.service.open()).toEqual(lastSaved);
    });

    it('lets the call go on after a restart', () => {
      const dataDir = dirs.make();
      const before = launch(dataDir);
      before.service.start(startInput());
      before.db.db.close();
      const after = launch(dataDir, fakeClock(T0 + 10_000));

      const ended = after.service.apply('call-1', end());

      expect(ended.endedAt).toBe(T0 + 10_000);
    });
  });

  describe('history', () => {
    it('lists ended calls newest first', async () => {
      const { service, clock } = launch(dirs.make());
      for (const customer of ['First', 'Second']) {
        const { id } = service.start(startInput({ customer }));
        clock.advance(1_000);
        service.apply(id, end());
        clock.advance(1_000);
      }
      service.start(startInput({ customer: 'Still open' }));

      const page = await service.history({ search: '', after: null, limit: 10 });

      expect(page.items.map((item) => item.customer)).toEqual(['Second', 'First']);
    });
  });
});

import { RequestError } from '../../../../electron/main/ipc/request-error';
import {
  createCallService,
  type CallService,
} from '../../../../electron/main/services/call-service';
import { createPlaybookService } from '../../../../electron/main/services/playbook-service';
import { createCallRepository } from '../../../../electron/main/storage/call-repository';
import { openDatabase, type OpenedDatabase } from '../../../../electron/main/storage/database';
import type { Call } from '../../../../shared/domain/call';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import {
  buildPlaybook,
  fakeClock,
  sequentialIds,
  startInput,
  T0,
  type FakeClock,
} from '../../../support/builders';
import { tempDirs } from '../../../support/temp-dir';

const dirs = tempDirs();
const opened: OpenedDatabase[] = [];

interface Harness {
  readonly service: CallService;
  readonly published: Call[];
  readonly clock: FakeClock;
  readonly db: OpenedDatabase;
}

/** A service over a real database in `dataDir`, as main builds it on each launch. */
function launch(dataDir: string, clock = fakeClock(), newId = sequentialIds()): Harness {
  const db = openDatabase(dataDir);
  opened.push(db);
  const published: Call[] = [];
  const service = createCallService({
    calls: createCallRepository(db.db, clock.now),
    playbooks: createPlaybookService([defaultArPlaybook, buildPlaybook()]),
    clock: clock.now,
    newId,
    publish: (call) => published.push(call),
  });
  return { service, published, clock, db };
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

    it('gives the call the playbook’s steps, all unchecked', () => {
      const { service } = launch(dirs.make());

      const call = service.start(startInput({ playbookId: 'test-playbook' }));

      expect(call.steps).toEqual([
        { stepId: 'first', title: 'First', checkedAt: null },
        { stepId: 'second', title: 'Second', checkedAt: null },
      ]);
      expect(call.playbookVersion).toBe(3);
    });

    it('publishes the new call', () => {
      const { service, published } = launch(dirs.make());

      const call = service.start(startInput());

      expect(published).toEqual([call]);
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
      const { service, published } = launch(dirs.make());
      service.start(startInput());

      errorOf(() => service.start(startInput()));

      expect(published).toHaveLength(1);
      expect(service.get('call-1')).toBeTruthy();
      expect(errorOf(() => service.get('call-2')).code).toBe('not-found');
    });

    it('starts a new call once the open one has ended', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      service.apply('call-1', { type: 'end' });
      clock.advance(60_000);

      const next = service.start(startInput());

      expect(next).toMatchObject({ id: 'call-2', startedAt: T0 + 60_000 });
    });

    it('refuses an unknown playbook with not-found', () => {
      const { service, published } = launch(dirs.make());

      expect(errorOf(() => service.start(startInput({ playbookId: 'nope' }))).code).toBe(
        'not-found',
      );
      expect(published).toEqual([]);
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
      const { service, published } = launch(dirs.make());
      service.start(startInput());

      const call = service.apply('call-1', { type: 'edit-notes', notes: 'Check #1042' });

      expect(published.at(-1)).toEqual(call);
    });

    it('ends the call at main’s time', () => {
      const { service, clock } = launch(dirs.make());
      service.start(startInput());
      clock.advance(90_000);

      expect(service.apply('call-1', { type: 'end' }).endedAt).toBe(T0 + 90_000);
    });

    it('refuses a command on an ended call with conflict', () => {
      const { service } = launch(dirs.make());
      service.start(startInput());
      service.apply('call-1', { type: 'end' });

      const error = errorOf(() => service.apply('call-1', { type: 'edit-notes', notes: 'late' }));

      expect(error.code).toBe('conflict');
      expect(error.message).toBe('This call has already ended.');
    });

    it('leaves an ended call as it was when refusing', () => {
      const { service, published } = launch(dirs.make());
      service.start(startInput());
      const ended = service.apply('call-1', { type: 'end' });

      errorOf(() => service.apply('call-1', { type: 'edit-notes', notes: 'late' }));

      expect(service.get('call-1')).toEqual(ended);
      expect(published).toHaveLength(2);
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

      expect(errorOf(() => service.apply('missing', { type: 'end' })).code).toBe('not-found');
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
      service.apply('call-1', { type: 'end' });

      expect(service.open()).toBeNull();
    });

    it('returns the unfinished call with its notes and checks after a restart', () => {
      const dataDir = dirs.make();
      const before = launch(dataDir);
      before.service.start(startInput());
      before.clock.advance(3_000);
      before.service.apply('call-1', { type: 'check-step', stepId: 'acknowledge' });
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

      const ended = after.service.apply('call-1', { type: 'end' });

      expect(ended.endedAt).toBe(T0 + 10_000);
    });
  });

  describe('history', () => {
    it('lists ended calls newest first', () => {
      const { service, clock } = launch(dirs.make());
      for (const customer of ['First', 'Second']) {
        const { id } = service.start(startInput({ customer }));
        clock.advance(1_000);
        service.apply(id, { type: 'end' });
        clock.advance(1_000);
      }
      service.start(startInput({ customer: 'Still open' }));

      const page = service.history({ search: '', after: null, limit: 10 });

      expect(page.items.map((item) => item.customer)).toEqual(['Second', 'First']);
    });
  });
});

import { createDispatch } from '../../../../electron/main/ipc/dispatch';
import { RequestError } from '../../../../electron/main/core/request-error';
import { createFakeHandlers, createRecordingLogger } from '../../../support/ipc-fakes';
import { buildCall, startInput } from '../../../support/builders';
import { noAnswer } from '../../support/fixtures';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../../../shared/playbooks/playbook-schema';

describe('createDispatch', () => {
  it('answers invalid-input for a channel the contract does not declare', async () => {
    const dispatch = createDispatch(createFakeHandlers(), createRecordingLogger());

    const result = await dispatch('calls:delete-all', []);

    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid-input', message: 'Unknown request: calls:delete-all' },
    });
  });

  it('answers invalid-input for an inherited property name used as a channel', async () => {
    const dispatch = createDispatch(createFakeHandlers(), createRecordingLogger());

    const result = await dispatch('constructor', []);

    expect(!result.ok && result.error.code).toBe('invalid-input');
  });

  it('answers invalid-input with each problem and its path when the arguments fail the schema', async () => {
    const dispatch = createDispatch(createFakeHandlers(), createRecordingLogger());

    const result = await dispatch('calls:start', [
      { ...startInput(), customer: '   ', amountDueCents: -5 },
    ]);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid-input');
    expect(result.error.issues).toHaveLength(2);
    expect(result.error.issues?.some((issue) => issue.startsWith('0.customer: '))).toBe(true);
    expect(result.error.issues?.some((issue) => issue.startsWith('0.amountDueCents: '))).toBe(true);
  });

  it('does not run the handler when the arguments fail the schema', async () => {
    const started: unknown[] = [];
    const handlers = createFakeHandlers({
      'calls:start': (input) => {
        started.push(input);
        return buildCall();
      },
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    await dispatch('calls:start', [{ customer: 'Acme' }]);

    expect(started).toEqual([]);
  });

  it('refuses extra arguments to a request that takes none', async () => {
    const dispatch = createDispatch(createFakeHandlers(), createRecordingLogger());

    const result = await dispatch('calls:active', ['unexpected']);

    expect(!result.ok && result.error.code).toBe('invalid-input');
  });

  it('refuses unknown fields instead of passing them to the handler', async () => {
    const dispatch = createDispatch(createFakeHandlers(), createRecordingLogger());

    const result = await dispatch('calls:apply', [
      'call-1',
      { type: 'end', closing: noAnswer(), force: true },
    ]);

    expect(!result.ok && result.error.issues).toEqual([expect.stringMatching(/^1: .*force/)]);
  });

  it.each<[string, string, unknown[]]>([
    ['playbooks:get without a version', 'playbooks:get', ['default-ar']],
    ['playbooks:get with version 0', 'playbooks:get', ['default-ar', 0]],
    ['playbooks:get with a fractional version', 'playbooks:get', ['default-ar', 2.5]],
    ['playbooks:get with the version as text', 'playbooks:get', ['default-ar', '2']],
    ['playbooks:get with an empty id', 'playbooks:get', ['', 2]],
    ['playbooks:import without a file', 'playbooks:import', []],
    ['playbooks:import with an object', 'playbooks:import', [{ format: 1 }]],
    [
      'playbooks:import with a file over the size limit',
      'playbooks:import',
      ['x'.repeat(PLAYBOOK_FILE_MAX_BYTES + 1)],
    ],
    ['playbooks:export without an id', 'playbooks:export', []],
    ['playbooks:export with an empty id', 'playbooks:export', ['']],
    ['playbooks:export with a number', 'playbooks:export', [42]],
    ['settings:get with an argument', 'settings:get', ['preferences']],
    ['settings:update without a patch', 'settings:update', []],
    ['settings:update with an unknown mode', 'settings:update', [{ coachingMode: 'wizard' }]],
    ['settings:update with an unknown setting', 'settings:update', [{ glitter: true }]],
    [
      'settings:update with a hotkey for an unknown action',
      'settings:update',
      [{ hotkeys: { fly: 'Ctrl+F' } }],
    ],
    ['overlay:set-click-through with text', 'overlay:set-click-through', ['on']],
    ['settings:update with text', 'settings:update', ['expert']],
  ])('answers invalid-input without running the handler for %s', async (_label, channel, args) => {
    const ran: string[] = [];
    const record = (name: string) => () => {
      ran.push(name);
      throw new Error('the handler should not run');
    };
    const handlers = createFakeHandlers({
      'playbooks:get': record('playbooks:get'),
      'playbooks:import': record('playbooks:import'),
      'playbooks:export': record('playbooks:export'),
      'settings:get': record('settings:get'),
      'settings:update': record('settings:update'),
      'overlay:set-click-through': record('overlay:set-click-through'),
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch(channel, args);

    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', issues: expect.any(Array) as unknown },
    });
    expect(ran).toEqual([]);
  });

  it('passes a playbook file of the largest accepted size to the handler', async () => {
    const received: number[] = [];
    const handlers = createFakeHandlers({
      'playbooks:import': (fileText) => {
        received.push(fileText.length);
        throw new RequestError('invalid-input', 'Refused.', ['(document): too big to be real']);
      },
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    await dispatch('playbooks:import', ['x'.repeat(PLAYBOOK_FILE_MAX_BYTES)]);

    expect(received).toEqual([PLAYBOOK_FILE_MAX_BYTES]);
  });

  it('answers with the issues of a RequestError the handler throws', async () => {
    const handlers = createFakeHandlers({
      'playbooks:import': () => {
        throw new RequestError('invalid-input', 'This file was not imported.', [
          'steps[2].fields[0].type: expected one of text, date, money, number, choice',
        ]);
      },
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch('playbooks:import', ['{}']);

    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-input',
        message: 'This file was not imported.',
        issues: ['steps[2].fields[0].type: expected one of text, date, money, number, choice'],
      },
    });
  });

  it('runs the handler with the parsed arguments and answers ok with its value', async () => {
    const received: unknown[][] = [];
    const handlers = createFakeHandlers({
      'calls:apply': (callId, command) => {
        received.push([callId, command]);
        return buildCall({ id: callId, notes: 'noted' });
      },
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch('calls:apply', [
      'call-3',
      { type: 'edit-notes', notes: 'noted' },
    ]);

    expect(received).toEqual([['call-3', { type: 'edit-notes', notes: 'noted' }]]);
    expect(result).toEqual({ ok: true, value: buildCall({ id: 'call-3', notes: 'noted' }) });
  });

  it('waits for an async handler and answers with its resolved value', async () => {
    const handlers = createFakeHandlers({
      'calls:get': async (callId) => buildCall({ id: await Promise.resolve(callId) }),
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch('calls:get', ['call-5']);

    expect(result).toEqual({ ok: true, value: buildCall({ id: 'call-5' }) });
  });

  it('answers with the code and message of a RequestError the handler throws', async () => {
    const logger = createRecordingLogger();
    const handlers = createFakeHandlers({
      'calls:get': () => {
        throw new RequestError('not-found', 'That call could not be found.');
      },
    });
    const dispatch = createDispatch(handlers, logger);

    const result = await dispatch('calls:get', ['missing']);

    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That call could not be found.' },
    });
    expect(logger.entries).toEqual([]);
  });

  it('answers with the code of a RequestError an async handler rejects with', async () => {
    const handlers = createFakeHandlers({
      'calls:start': () =>
        Promise.reject(new RequestError('conflict', 'The call with Acme is still open.')),
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch('calls:start', [startInput()]);

    expect(result).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'The call with Acme is still open.' },
    });
  });

  it('answers internal with a plain sentence and no raw error text when the handler throws unexpectedly', async () => {
    const handlers = createFakeHandlers({
      'calls:history': () => {
        throw new Error('SQLITE_CORRUPT: database disk image is malformed at /home/me/data.db');
      },
    });
    const dispatch = createDispatch(handlers, createRecordingLogger());

    const result = await dispatch('calls:history', [{ search: '', after: null, limit: 50 }]);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('internal');
    expect(result.error.message).toMatch(/^[A-Z].*[.!]/);
    expect(result.error.message).not.toContain('SQLITE');
    expect(result.error.message).not.toContain('/home/me');
  });

  it('logs an unexpected error with its channel through the injected logger', async () => {
    const logger = createRecordingLogger();
    const failure = new Error('disk full');
    const handlers = createFakeHandlers({
      'app:status': () => {
        throw failure;
      },
    });
    const dispatch = createDispatch(handlers, logger);

    await dispatch('app:status', []);

    expect(logger.entries).toEqual([{ message: 'Request app:status failed', error: failure }]);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCall } from '../../../../shared/domain/call';
import { localDate } from '../../../../shared/domain/calendar';
import type { Closing } from '../../../../shared/domain/closing';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import {
  createCallStore,
  type CallStoreOptions,
} from '../../../../renderer/features/call/call-store';
import { noAnswerClosing, startInput } from '../../../support/builders';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { createApiAfterCrash } from './after-crash';

const acme = startInput({ customer: 'Acme Plumbing', invoice: 'INV-2207' });

/** Nobody answered; try again today. */
const closing = (): Closing => noAnswerClosing(localDate(Date.now()));

function setup(testApi: TestApi = createTestApi(), options: CallStoreOptions = {}) {
  const store = createCallStore(testApi.api, options);
  return { store, testApi, actions: store.getState().actions };
}

async function setupWithCall(options: CallStoreOptions = {}) {
  const context = setup(createTestApi(), options);
  await context.actions.start(acme);
  const call = context.store.getState().call!;
  return { ...context, call };
}

const checkedAt = (
  call: { steps: readonly { stepId: string; checkedAt: number | null }[] } | null,
  stepId: string,
) => call?.steps.find((step) => step.stepId === stepId)?.checkedAt;

describe('createCallStore', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('takes up the open call without isResumed when main started cleanly (a reload)', async () => {
    const testApi = createTestApi();
    const open = testApi.control.seedOpenCall({
      customer: 'Bright Dental',
      notes: 'left a voicemail',
    });
    const { store, actions } = setup(testApi);

    await actions.load();

    expect(store.getState()).toMatchObject({ phase: 'active', isResumed: false, call: open });
  });

  it('resumes the open call with isResumed true when main recovered it after a crash', async () => {
    const { api, call } = createApiAfterCrash({
      customer: 'Bright Dental',
      notes: 'left a voicemail',
    });
    const store = createCallStore(api);

    await store.getState().actions.load();

    expect(store.getState()).toMatchObject({ phase: 'active', isResumed: true, call });
  });

  it('stays resumed on every reload after a crash while nothing is done in the call', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });

    const loads = [createCallStore(api), createCallStore(api), createCallStore(api)];
    for (const store of loads) await store.getState().actions.load();

    expect(loads.map((store) => store.getState().isResumed)).toEqual([true, true, true]);
  });

  it('is no longer resumed, here or after a reload, once a step is checked', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });
    const store = createCallStore(api);
    await store.getState().actions.load();

    await store.getState().actions.checkCurrentStep();
    const reloaded = createCallStore(api);
    await reloaded.getState().actions.load();

    expect(store.getState().isResumed).toBe(false);
    expect(reloaded.getState()).toMatchObject({ phase: 'active', isResumed: false });
  });

  it('is no longer resumed once typed notes are saved', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });
    const store = createCallStore(api);
    await store.getState().actions.load();

    store.getState().actions.editNotes('Called back');
    expect(store.getState().isResumed).toBe(true);
    await vi.advanceTimersByTimeAsync(300);

    await vi.waitFor(() => expect(store.getState().saveState).toBe('saved'));
    expect(store.getState().isResumed).toBe(false);
  });

  it('stays resumed when main refuses a command, since nothing changed', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });
    const store = createCallStore(api);
    await store.getState().actions.load();

    await store.getState().actions.toggleStep('no-such-step', true);

    expect(store.getState().error).not.toBeNull();
    expect(store.getState().isResumed).toBe(true);
  });

  it('is no longer resumed when another window changes the call', async () => {
    const { api, call } = createApiAfterCrash({ customer: 'Bright Dental' });
    const store = createCallStore(api);
    await store.getState().actions.load();

    store.getState().actions.received({ ...call, notes: 'Typed in the other window' });

    expect(store.getState().isResumed).toBe(false);
  });

  it('becomes idle when load finds no open call', async () => {
    const { store, actions } = setup();

    await actions.load();

    expect(store.getState()).toMatchObject({ phase: 'idle', call: null, isResumed: false });
  });

  it('makes the started call active when start succeeds', async () => {
    const { store, actions } = setup();

    await expect(actions.start(acme)).resolves.toBeNull();

    expect(store.getState().phase).toBe('active');
    expect(store.getState().call).toMatchObject({ customer: 'Acme Plumbing', endedAt: null });
  });

  it('returns main’s error and stays idle when start is refused', async () => {
    const testApi = createTestApi();
    testApi.control.seedOpenCall({ customer: 'Bright Dental' });
    const { store, actions } = setup(testApi);

    const error = await actions.start(acme);

    expect(error?.code).toBe('conflict');
    expect(store.getState().call).toBeNull();
  });

  it('checks the step at once, before main answers, when toggleStep is called', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    const release = testApi.control.hold();

    const toggling = actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).not.toBeNull();
    expect(checkedAt(testApi.control.storedCall(call.id), 'acknowledge')).toBeNull();
    release();
    await toggling;
  });

  it('keeps main’s answer over its own optimistic guess when toggleStep resolves', async () => {
    const { store, testApi, actions } = await setupWithCall({ clock: () => 1 });
    testApi.control.advanceClock(42_000);

    await actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).toBe(testApi.control.now());
  });

  it('rolls the step back and sets the error when main refuses the command', async () => {
    const { store, testApi, actions } = await setupWithCall();
    testApi.control.failNext('calls:apply', {
      code: 'conflict',
      message: 'This call has already ended.',
    });

    await actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).toBeNull();
    expect(store.getState().error).toBe('This call has already ended.');
  });

  it('shows the error of an older command that fails while a newer one is still waiting', async () => {
    const { store, testApi, actions } = await setupWithCall();
    testApi.control.failNext('calls:apply', {
      code: 'conflict',
      message: 'That step is not part of this call.',
    });
    const release = testApi.control.hold();

    const older = actions.toggleStep('acknowledge', true);
    const newer = actions.toggleStep('empathize', true);
    release();
    await Promise.all([older, newer]);

    expect(store.getState().error).toBe('That step is not part of this call.');
    expect(checkedAt(store.getState().call, 'empathize')).not.toBeNull();
  });

  it('updates the notes at once when editNotes is called', async () => {
    const { store, testApi, actions } = await setupWithCall();

    actions.editNotes('Promised payment Friday');

    expect(store.getState().call?.notes).toBe('Promised payment Friday');
    expect(testApi.control.requestsTo('calls:apply')).toEqual([]);
  });

  it('sends the notes to main after the debounce when editNotes is called', async () => {
    const { testApi, actions, call } = await setupWithCall();

    actions.editNotes('Promised payment Friday');
    await vi.advanceTimersByTimeAsync(299);
    expect(testApi.control.requestsTo('calls:type')).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(testApi.control.requestsTo('calls:type')).toEqual([
      [call.id, { type: 'edit-notes', notes: 'Promised payment Friday' }],
    ]);
    expect(testApi.control.storedCall(call.id)?.notes).toBe('Promised payment Friday');
  });

  it('saves pending notes before sending end when end is called', async () => {
    const { testApi, actions, call } = await setupWithCall();

    actions.editNotes('Check #4411 mailed Monday');
    await actions.end(closing());

    expect(testApi.control.commandsSent()).toEqual([
      { type: 'edit-notes', notes: 'Check #4411 mailed Monday' },
      { type: 'end', closing: closing() },
    ]);
    expect(testApi.control.storedCall(call.id)).toMatchObject({
      notes: 'Check #4411 mailed Monday',
      endedAt: testApi.control.now(),
    });
  });

  it('becomes idle with the call as lastEnded when end succeeds', async () => {
    const { store, actions, call } = await setupWithCall();

    await actions.end(closing());

    expect(store.getState()).toMatchObject({
      phase: 'idle',
      call: null,
      lastEnded: { id: call.id },
    });
  });

  it('sends end once and reports no error when end is called twice before main answers', async () => {
    const { store, testApi, actions } = await setupWithCall();
    const release = testApi.control.hold();

    const first = actions.end(closing());
    const second = actions.end(closing());
    release();
    await Promise.all([first, second]);

    expect(
      testApi.control.requestsTo('calls:apply').filter(([, command]) => command.type === 'end'),
    ).toHaveLength(1);
    expect(store.getState()).toMatchObject({ phase: 'idle', call: null, error: null });
  });

  it('does not save a call’s unsaved notes into the next call when the first was ended elsewhere', async () => {
    const { store, testApi, actions, call: first } = await setupWithCall();
    actions.connect();
    actions.editNotes('Notes about Acme');
    // Another window ends the call before the notes' save is due.
    await testApi.api.calls.apply(first.id, { type: 'end', closing: closing() });
    await actions.start({ ...acme, customer: 'Bright Dental' });
    const second = store.getState().call!;

    await vi.advanceTimersByTimeAsync(5000);

    expect(testApi.control.storedCall(second.id)?.notes).toBe('');
  });

  it('keeps the call open with an error when end cannot save the notes', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    testApi.control.failSaves(true);

    actions.editNotes('Check #4411 mailed Monday');
    await actions.end(closing());

    expect(store.getState()).toMatchObject({
      phase: 'active',
      call: { id: call.id, endedAt: null },
    });
    expect(store.getState().error).toMatch(/not saved yet, so the call stays open/);
    expect(
      testApi.control.requestsTo('calls:apply').map(([, command]) => command.type),
    ).not.toContain('end');
  });

  it('ignores a broadcast about another call when received is called', async () => {
    const { store, actions } = await setupWithCall();
    const before = store.getState().call;
    const other = createCall(
      'someone-else',
      { ...acme, customer: 'Other Co' },
      defaultArPlaybook,
      0,
    );

    actions.received({ ...other, notes: 'not ours' });

    expect(store.getState().call).toBe(before);
  });

  it('takes main’s newer copy but keeps the typed notes when received is called', async () => {
    const { store, actions, call } = await setupWithCall();
    actions.editNotes('typed here');
    const checked = {
      ...call,
      steps: call.steps.map((step) =>
        step.stepId === 'acknowledge' ? { ...step, checkedAt: 5 } : step,
      ),
    };

    actions.received(checked);

    expect(checkedAt(store.getState().call, 'acknowledge')).toBe(5);
    expect(store.getState().call?.notes).toBe('typed here');
  });

  it('goes idle when received reports the call ended elsewhere', async () => {
    const { store, actions, call } = await setupWithCall();

    actions.received({ ...call, endedAt: call.startedAt + 1000 });

    expect(store.getState()).toMatchObject({
      phase: 'idle',
      call: null,
      lastEnded: { id: call.id },
    });
  });

  it('passes main’s broadcasts to received once connected', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    actions.connect();

    testApi.control.emitCallChanged({ ...call, endedAt: call.startedAt + 1000 });

    expect(store.getState().phase).toBe('idle');
  });

  it('takes up a call started in another window when received while idle', async () => {
    const { store, actions } = setup();
    await actions.load();
    const elsewhere = createCall('call-elsewhere', acme, defaultArPlaybook, 1_000);

    actions.received(elsewhere);

    expect(store.getState()).toMatchObject({ phase: 'active', call: elsewhere, isResumed: false });
  });

  it('updates the field at once, before anything is sent, when setField is called', async () => {
    const { store, testApi, actions } = await setupWithCall();

    actions.setField('check-in-mail', 'check-number', '4411');

    expect(store.getState().call?.captures['check-in-mail']).toEqual({ 'check-number': '4411' });
    expect(testApi.control.requestsTo('calls:apply')).toEqual([]);
  });

  it('stores the field in main after the debounce when setField is called', async () => {
    const { testApi, actions, call } = await setupWithCall();

    actions.setField('check-in-mail', 'check-number', '4411');
    await vi.advanceTimersByTimeAsync(300);

    expect(testApi.control.storedCall(call.id)?.captures['check-in-mail']).toEqual({
      'check-number': '4411',
    });
  });

  it('sends only the last value when one field is typed key by key', async () => {
    const { testApi, actions, call } = await setupWithCall();

    for (const value of ['4', '44', '441', '4411']) actions.setField('dispute', 'owner', value);
    await vi.advanceTimersByTimeAsync(300);

    expect(testApi.control.requestsTo('calls:type')).toEqual([
      [call.id, { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: '4411' }],
    ]);
  });

  it('saves both of two typed fields, in the order they were first typed', async () => {
    const { testApi, actions, call } = await setupWithCall();

    actions.setField('check-in-mail', 'check-number', '4411');
    actions.setField('check-in-mail', 'amount', '1,250.00');
    actions.setField('check-in-mail', 'check-number', '44110');
    await vi.advanceTimersByTimeAsync(300);

    expect(testApi.control.requestsTo('calls:type').map(([, command]) => command)).toEqual([
      { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'check-number', value: '44110' },
      { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'amount', value: '1,250.00' },
    ]);
    expect(testApi.control.storedCall(call.id)?.captures['check-in-mail']).toEqual({
      'check-number': '44110',
      amount: '1,250.00',
    });
  });

  it('reports failed and keeps both typed fields here when their save fails', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    testApi.control.failNext('calls:type', { code: 'unavailable', message: 'Storage is away.' });

    actions.setField('promise-to-pay', 'amount', '500');
    actions.setField('promise-to-pay', 'method', 'ach');
    await vi.advanceTimersByTimeAsync(300);

    expect(store.getState().saveState).toBe('failed');
    expect(store.getState().call?.captures['promise-to-pay']).toEqual({
      amount: '500',
      method: 'ach',
    });
    expect(testApi.control.storedCall(call.id)?.captures).toEqual({});
  });

  it('stores both fields and reports saved once the retry after a failed save succeeds', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    testApi.control.failNext('calls:type', { code: 'unavailable', message: 'Storage is away.' });
    actions.setField('promise-to-pay', 'amount', '500');
    actions.setField('promise-to-pay', 'method', 'ach');
    await vi.advanceTimersByTimeAsync(300);

    await vi.advanceTimersByTimeAsync(2000);

    expect(store.getState().saveState).toBe('saved');
    expect(testApi.control.storedCall(call.id)?.captures['promise-to-pay']).toEqual({
      amount: '500',
      method: 'ach',
    });
  });

  it('keeps a typed field not yet saved when main answers another command', async () => {
    const { store, actions } = await setupWithCall();

    actions.setField('dispute', 'owner', 'Priya');
    await actions.openBranch('dispute');

    expect(store.getState().call?.captures.dispute).toEqual({ owner: 'Priya' });
  });

  it('opens the branch at once, before main answers, when openBranch is called', async () => {
    const { store, testApi, actions } = await setupWithCall();
    const release = testApi.control.hold();

    const opening = actions.openBranch('dispute');

    expect(store.getState().call?.branches.map((branch) => branch.branchId)).toEqual(['dispute']);
    release();
    await opening;
  });

  it('stores the open branch in main when openBranch resolves', async () => {
    const { testApi, actions, call } = await setupWithCall();

    await actions.openBranch('check-in-mail');
    await actions.openBranch('dispute');

    expect(testApi.control.storedCall(call.id)?.branches.map((branch) => branch.branchId)).toEqual([
      'check-in-mail',
      'dispute',
    ]);
  });

  it('keeps what was captured in the branch when closeBranch is called', async () => {
    const { store, testApi, actions, call } = await setupWithCall();
    await actions.openBranch('dispute');
    actions.setField('dispute', 'owner', 'Priya');

    await actions.closeBranch('dispute');
    await vi.advanceTimersByTimeAsync(300);

    expect(store.getState().call?.branches).toEqual([]);
    expect(testApi.control.storedCall(call.id)?.captures.dispute).toEqual({ owner: 'Priya' });
  });

  it('stores the question as asked when toggleQuestion is called', async () => {
    const { testApi, actions, call } = await setupWithCall();

    await actions.toggleQuestion('check-in-mail', 0, true);

    expect(testApi.control.storedCall(call.id)?.questionsAsked).toEqual(['check-in-mail#0']);
  });

  it('stores the closing with the ended call and resolves true when end succeeds', async () => {
    const { testApi, actions, call } = await setupWithCall();

    await expect(actions.end(closing())).resolves.toBe(true);

    expect(testApi.control.storedCall(call.id)?.closing).toEqual(closing());
  });

  it('saves pending form fields before sending end when end is called', async () => {
    const { testApi, actions, call } = await setupWithCall();

    actions.setField('follow-up', 'recap-to', 'ap@acme.example');
    await actions.end(closing());

    expect(testApi.control.commandsSent().map((command) => command.type)).toEqual([
      'set-field',
      'end',
    ]);
    expect(testApi.control.storedCall(call.id)?.captures['follow-up']).toEqual({
      'recap-to': 'ap@acme.example',
    });
  });

  it('resolves false, stays open and shows main’s words when main refuses the closing', async () => {
    const { store, actions, call } = await setupWithCall();

    const isEnded = await actions.end({
      outcomeId: 'made-up',
      outcomeLabel: 'Made up',
      action: null,
      followUps: [],
    });

    expect(isEnded).toBe(false);
    expect(store.getState()).toMatchObject({
      phase: 'active',
      call: { id: call.id, endedAt: null },
      error: 'The call is still open. Choose one of the outcomes listed.',
    });
  });

  describe('moving through the steps', () => {
    const stepIds = defaultArPlaybook.steps.map((step) => step.id);
    const doneSteps = (call: { steps: readonly { checkedAt: number | null }[] } | null) =>
      call?.steps.map((step) => step.checkedAt !== null);

    async function setupWithDone(done: number) {
      const context = await setupWithCall();
      for (const stepId of stepIds.slice(0, done)) await context.actions.toggleStep(stepId, true);
      return context;
    }

    it('checks the current step and stores it in main when checkCurrentStep is called', async () => {
      const { store, testApi, actions, call } = await setupWithCall();

      await actions.checkCurrentStep();

      expect(checkedAt(store.getState().call, stepIds[0]!)).not.toBeNull();
      expect(checkedAt(testApi.control.storedCall(call.id), stepIds[0]!)).not.toBeNull();
      expect(checkedAt(store.getState().call, stepIds[1]!)).toBeNull();
    });

    it('checks the first open step when a later one was checked out of order', async () => {
      const { store, actions } = await setupWithCall();
      await actions.toggleStep(stepIds[2]!, true);

      await actions.checkCurrentStep();
      await actions.checkCurrentStep();

      expect(doneSteps(store.getState().call)?.slice(0, 4)).toEqual([true, true, true, false]);
    });

    it('checks one step per call when checkCurrentStep is called twice before main answers', async () => {
      const { store, testApi, actions } = await setupWithCall();
      const release = testApi.control.hold();

      const first = actions.checkCurrentStep();
      const second = actions.checkCurrentStep();
      release();
      await Promise.all([first, second]);

      expect(doneSteps(store.getState().call)?.slice(0, 3)).toEqual([true, true, false]);
    });

    it('sends nothing when checkCurrentStep is called with every step done', async () => {
      const { testApi, actions } = await setupWithDone(stepIds.length);
      const sent = testApi.control.requestsTo('calls:apply').length;

      await actions.checkCurrentStep();

      expect(testApi.control.requestsTo('calls:apply')).toHaveLength(sent);
    });

    it('unchecks the step before the current one when previousStep is called', async () => {
      const { store, testApi, actions, call } = await setupWithDone(3);

      await actions.previousStep();

      expect(doneSteps(store.getState().call)?.slice(0, 4)).toEqual([true, true, false, false]);
      expect(checkedAt(testApi.control.storedCall(call.id), stepIds[2]!)).toBeNull();
    });

    it('reopens the last step when previousStep is called with every step done', async () => {
      const { store, actions } = await setupWithDone(stepIds.length);

      await actions.previousStep();

      expect(doneSteps(store.getState().call)).toEqual(stepIds.map((_, index) => index < 6));
    });

    it('sends nothing when previousStep is called at the first step', async () => {
      const { store, testApi, actions } = await setupWithCall();
      await actions.toggleStep(stepIds[3]!, true);
      const sent = testApi.control.requestsTo('calls:apply').length;

      await actions.previousStep();

      expect(testApi.control.requestsTo('calls:apply')).toHaveLength(sent);
      expect(checkedAt(store.getState().call, stepIds[3]!)).not.toBeNull();
    });

    it('does nothing when checkCurrentStep or previousStep is called without a call', async () => {
      const { testApi, actions } = setup();

      await actions.checkCurrentStep();
      await actions.previousStep();

      expect(testApi.control.requestsTo('calls:apply')).toEqual([]);
    });
  });

  describe('the wrap-up', () => {
    it('starts closed and opens when openWrapUp is called', async () => {
      const { store, actions } = await setupWithCall();
      expect(store.getState().isWrappingUp).toBe(false);

      actions.openWrapUp();

      expect(store.getState().isWrappingUp).toBe(true);
    });

    it('closes when closeWrapUp is called', async () => {
      const { store, actions } = await setupWithCall();
      actions.openWrapUp();

      actions.closeWrapUp();

      expect(store.getState().isWrappingUp).toBe(false);
    });

    it('stays closed when openWrapUp is called without a call', () => {
      const { store, actions } = setup();

      actions.openWrapUp();

      expect(store.getState().isWrappingUp).toBe(false);
    });

    it('closes when the call ends', async () => {
      const { store, actions } = await setupWithCall();
      actions.openWrapUp();

      await actions.end(closing());

      expect(store.getState().isWrappingUp).toBe(false);
    });

    it('closes when main says the call ended elsewhere', async () => {
      const { store, testApi, actions, call } = await setupWithCall();
      actions.connect();
      actions.openWrapUp();

      await testApi.api.calls.apply(call.id, { type: 'end', closing: closing() });

      expect(store.getState()).toMatchObject({ phase: 'idle', isWrappingUp: false });
    });

    it('is closed for the next call when one starts', async () => {
      const { store, actions } = await setupWithCall();
      actions.openWrapUp();
      await actions.end(closing());

      await actions.start(acme);

      expect(store.getState()).toMatchObject({ phase: 'active', isWrappingUp: false });
    });
  });
});

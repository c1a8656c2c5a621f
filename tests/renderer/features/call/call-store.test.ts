import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createCall } from '../../../../shared/domain/call';
import type { StartCallInput } from '../../../../shared/domain/start-call';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import {
  createCallStore,
  type CallStoreOptions,
} from '../../../../renderer/features/call/call-store';
import { createFakeApi, type FakeApi } from '../../../support/fake-api';

const acme: StartCallInput = {
  playbookId: defaultArPlaybook.id,
  customer: 'Acme Plumbing',
  accountNumber: 'AC-1001',
  invoice: 'INV-2207',
  amountDueCents: 125_000,
};

function setup(fake: FakeApi = createFakeApi(), options: CallStoreOptions = {}) {
  const store = createCallStore(fake.api, options);
  return { store, fake, actions: store.getState().actions };
}

async function setupWithCall(options: CallStoreOptions = {}) {
  const context = setup(createFakeApi(), options);
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

  it('resumes the open call with isResumed true when load finds one', async () => {
    const fake = createFakeApi();
    const open = fake.control.seedOpenCall({
      customer: 'Bright Dental',
      notes: 'left a voicemail',
    });
    const { store, actions } = setup(fake);

    await actions.load();

    expect(store.getState()).toMatchObject({ phase: 'active', isResumed: true, call: open });
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
    const fake = createFakeApi();
    fake.control.seedOpenCall({ customer: 'Bright Dental' });
    const { store, actions } = setup(fake);

    const error = await actions.start(acme);

    expect(error?.code).toBe('conflict');
    expect(store.getState().call).toBeNull();
  });

  it('checks the step at once, before main answers, when toggleStep is called', async () => {
    const { store, fake, actions, call } = await setupWithCall();
    const release = fake.control.hold();

    const toggling = actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).not.toBeNull();
    expect(checkedAt(fake.control.storedCall(call.id)!, 'acknowledge')).toBeNull();
    release();
    await toggling;
  });

  it('keeps main’s answer over its own optimistic guess when toggleStep resolves', async () => {
    const { store, fake, actions } = await setupWithCall({ clock: () => 1 });
    fake.control.advanceClock(42_000);

    await actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).toBe(fake.control.now());
  });

  it('rolls the step back and sets the error when main refuses the command', async () => {
    const { store, fake, actions } = await setupWithCall();
    fake.control.failNext('calls:apply', {
      code: 'conflict',
      message: 'This call has already ended.',
    });

    await actions.toggleStep('acknowledge', true);

    expect(checkedAt(store.getState().call, 'acknowledge')).toBeNull();
    expect(store.getState().error).toBe('This call has already ended.');
  });

  it('shows the error of an older command that fails while a newer one is still waiting', async () => {
    const { store, fake, actions } = await setupWithCall();
    fake.control.failNext('calls:apply', {
      code: 'conflict',
      message: 'That step is not part of this call.',
    });
    const release = fake.control.hold();

    const older = actions.toggleStep('acknowledge', true);
    const newer = actions.toggleStep('empathize', true);
    release();
    await Promise.all([older, newer]);

    expect(store.getState().error).toBe('That step is not part of this call.');
    expect(checkedAt(store.getState().call, 'empathize')).not.toBeNull();
  });

  it('updates the notes at once when editNotes is called', async () => {
    const { store, fake, actions } = await setupWithCall();

    actions.editNotes('Promised payment Friday');

    expect(store.getState().call?.notes).toBe('Promised payment Friday');
    expect(fake.control.requestsTo('calls:apply')).toEqual([]);
  });

  it('sends the notes to main after the debounce when editNotes is called', async () => {
    const { fake, actions, call } = await setupWithCall();

    actions.editNotes('Promised payment Friday');
    await vi.advanceTimersByTimeAsync(299);
    expect(fake.control.requestsTo('calls:apply')).toEqual([]);

    await vi.advanceTimersByTimeAsync(1);
    expect(fake.control.requestsTo('calls:apply')).toEqual([
      [call.id, { type: 'edit-notes', notes: 'Promised payment Friday' }],
    ]);
    expect(fake.control.storedCall(call.id)?.notes).toBe('Promised payment Friday');
  });

  it('saves pending notes before sending end when end is called', async () => {
    const { fake, actions, call } = await setupWithCall();

    actions.editNotes('Check #4411 mailed Monday');
    await actions.end();

    expect(fake.control.requestsTo('calls:apply').map(([, command]) => command)).toEqual([
      { type: 'edit-notes', notes: 'Check #4411 mailed Monday' },
      { type: 'end' },
    ]);
    expect(fake.control.storedCall(call.id)).toMatchObject({
      notes: 'Check #4411 mailed Monday',
      endedAt: fake.control.now(),
    });
  });

  it('becomes idle with the call as lastEnded when end succeeds', async () => {
    const { store, actions, call } = await setupWithCall();

    await actions.end();

    expect(store.getState()).toMatchObject({
      phase: 'idle',
      call: null,
      lastEnded: { id: call.id },
    });
  });

  it('sends end once and reports no error when end is called twice before main answers', async () => {
    const { store, fake, actions } = await setupWithCall();
    const release = fake.control.hold();

    const first = actions.end();
    const second = actions.end();
    release();
    await Promise.all([first, second]);

    expect(
      fake.control.requestsTo('calls:apply').filter(([, command]) => command.type === 'end'),
    ).toHaveLength(1);
    expect(store.getState()).toMatchObject({ phase: 'idle', call: null, error: null });
  });

  it('does not save a call’s unsaved notes into the next call when the first was ended elsewhere', async () => {
    const { store, fake, actions, call: first } = await setupWithCall();
    actions.connect();
    actions.editNotes('Notes about Acme');
    // Another window ends the call before the notes' save is due.
    await fake.api.calls.apply(first.id, { type: 'end' });
    await actions.start({ ...acme, customer: 'Bright Dental' });
    const second = store.getState().call!;

    await vi.advanceTimersByTimeAsync(5000);

    expect(fake.control.storedCall(second.id)?.notes).toBe('');
  });

  it('keeps the call open with an error when end cannot save the notes', async () => {
    const { store, fake, actions, call } = await setupWithCall();
    fake.control.failSaves(true);

    actions.editNotes('Check #4411 mailed Monday');
    await actions.end();

    expect(store.getState()).toMatchObject({
      phase: 'active',
      call: { id: call.id, endedAt: null },
    });
    expect(store.getState().error).toMatch(/notes are not saved yet/);
    expect(fake.control.requestsTo('calls:apply').map(([, command]) => command.type)).not.toContain(
      'end',
    );
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
      steps: call.steps.map((step, index) => (index === 0 ? { ...step, checkedAt: 5 } : step)),
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
    const { store, fake, actions, call } = await setupWithCall();
    actions.connect();

    fake.control.emitCallChanged({ ...call, endedAt: call.startedAt + 1000 });

    expect(store.getState().phase).toBe('idle');
  });

  it('takes up a call started in another window when received while idle', async () => {
    const { store, actions } = setup();
    await actions.load();
    const elsewhere = createCall('call-elsewhere', acme, defaultArPlaybook, 1_000);

    actions.received(elsewhere);

    expect(store.getState()).toMatchObject({ phase: 'active', call: elsewhere, isResumed: false });
  });
});

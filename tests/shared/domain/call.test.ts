import {
  applyCommand,
  commandProblem,
  countStepsDone,
  createCall,
  currentStep,
  summarizeCall,
  type Call,
} from '../../../shared/domain/call';
import { callCommandSchema } from '../../../shared/ipc/schemas';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { buildCall, buildPlaybook, startInput, T0 } from '../../support/builders';

const stepIds = defaultArPlaybook.steps.map((step) => step.id);

function checkedAtOf(call: Call, stepId: string): number | null | undefined {
  return call.steps.find((step) => step.stepId === stepId)?.checkedAt;
}

describe('createCall', () => {
  it('copies the caller details from the input', () => {
    const call = createCall(
      'c-1',
      startInput({ customer: 'Globex', invoice: 'INV-7' }),
      defaultArPlaybook,
      T0,
    );

    expect(call).toMatchObject({
      id: 'c-1',
      customer: 'Globex',
      accountNumber: 'AC-1001',
      invoice: 'INV-7',
      amountDueCents: 125_000,
    });
  });

  it('records the playbook id and version it was started from', () => {
    const playbook = buildPlaybook({ id: 'pb', version: 7 });

    const call = createCall('c-1', startInput({ playbookId: 'pb' }), playbook, T0);

    expect(call.playbookId).toBe('pb');
    expect(call.playbookVersion).toBe(7);
  });

  it('starts open at the given time with empty notes', () => {
    const call = createCall('c-1', startInput(), defaultArPlaybook, T0);

    expect(call.startedAt).toBe(T0);
    expect(call.endedAt).toBeNull();
    expect(call.notes).toBe('');
  });

  it('lists every playbook step in order, unchecked, with its title', () => {
    const call = createCall('c-1', startInput(), buildPlaybook(), T0);

    expect(call.steps).toEqual([
      { stepId: 'first', title: 'First', checkedAt: null },
      { stepId: 'second', title: 'Second', checkedAt: null },
    ]);
  });

  it('keeps a null amount as null', () => {
    const call = createCall('c-1', startInput({ amountDueCents: null }), defaultArPlaybook, T0);

    expect(call.amountDueCents).toBeNull();
  });
});

describe('applyCommand', () => {
  it('stamps a checked step with the time it was applied at', () => {
    const call = applyCommand(buildCall(), { type: 'check-step', stepId: 'empathize' }, T0 + 5_000);

    expect(checkedAtOf(call, 'empathize')).toBe(T0 + 5_000);
  });

  it('leaves the other steps untouched when one is checked', () => {
    const call = applyCommand(buildCall(), { type: 'check-step', stepId: 'empathize' }, T0 + 5_000);

    expect(
      call.steps
        .filter((step) => step.stepId !== 'empathize')
        .every((step) => step.checkedAt === null),
    ).toBe(true);
  });

  it('clears the time when a checked step is unchecked', () => {
    const checked = applyCommand(
      buildCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      T0 + 1_000,
    );

    const unchecked = applyCommand(
      checked,
      { type: 'uncheck-step', stepId: 'acknowledge' },
      T0 + 2_000,
    );

    expect(checkedAtOf(unchecked, 'acknowledge')).toBeNull();
  });

  it('keeps the first time when a step is checked twice', () => {
    const once = applyCommand(
      buildCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      T0 + 1_000,
    );

    const twice = applyCommand(once, { type: 'check-step', stepId: 'acknowledge' }, T0 + 9_000);

    expect(checkedAtOf(twice, 'acknowledge')).toBe(T0 + 1_000);
  });

  it('takes the new time when a step is checked again after being unchecked', () => {
    let call = applyCommand(buildCall(), { type: 'check-step', stepId: 'acknowledge' }, T0 + 1_000);
    call = applyCommand(call, { type: 'uncheck-step', stepId: 'acknowledge' }, T0 + 2_000);

    call = applyCommand(call, { type: 'check-step', stepId: 'acknowledge' }, T0 + 3_000);

    expect(checkedAtOf(call, 'acknowledge')).toBe(T0 + 3_000);
  });

  it('checks steps in any order', () => {
    let call = buildCall();
    call = applyCommand(call, { type: 'check-step', stepId: 'leave-action' }, T0 + 1_000);
    call = applyCommand(call, { type: 'check-step', stepId: 'acknowledge' }, T0 + 2_000);
    call = applyCommand(call, { type: 'check-step', stepId: 'recognition' }, T0 + 3_000);

    expect(call.steps.map((step) => step.checkedAt)).toEqual([
      T0 + 2_000,
      null,
      T0 + 3_000,
      null,
      T0 + 1_000,
    ]);
  });

  it('keeps the steps in playbook order whatever order they are checked in', () => {
    const call = applyCommand(
      buildCall(),
      { type: 'check-step', stepId: 'leave-action' },
      T0 + 1_000,
    );

    expect(call.steps.map((step) => step.stepId)).toEqual(stepIds);
  });

  it('replaces the notes on edit-notes', () => {
    const call = applyCommand(
      buildCall({ notes: 'old' }),
      { type: 'edit-notes', notes: 'Check #1042 sent Monday' },
      T0,
    );

    expect(call.notes).toBe('Check #1042 sent Monday');
  });

  it('sets endedAt on end', () => {
    const call = applyCommand(buildCall(), { type: 'end' }, T0 + 60_000);

    expect(call.endedAt).toBe(T0 + 60_000);
  });

  it('does not change the input call', () => {
    const before = buildCall();
    const snapshot = structuredClone(before);

    applyCommand(before, { type: 'check-step', stepId: 'acknowledge' }, T0 + 1_000);
    applyCommand(before, { type: 'edit-notes', notes: 'x' }, T0 + 1_000);

    expect(before).toEqual(snapshot);
  });

  it.each([
    { type: 'check-step', stepId: 'empathize' },
    { type: 'uncheck-step', stepId: 'acknowledge' },
    { type: 'edit-notes', notes: 'changed' },
    { type: 'end' },
  ] as const)('never changes an ended call ($type)', (command) => {
    const ended = buildCall({
      endedAt: T0 + 10_000,
      notes: 'final',
      steps: buildCall().steps.map((step, index) =>
        index === 0 ? { ...step, checkedAt: T0 + 1_000 } : step,
      ),
    });

    expect(applyCommand(ended, command, T0 + 20_000)).toBe(ended);
  });

  it('ignores a step that is not part of the call', () => {
    const call = buildCall();

    expect(applyCommand(call, { type: 'check-step', stepId: 'no-such-step' }, T0 + 1_000)).toBe(
      call,
    );
  });
});

describe('commandProblem', () => {
  it('returns null for a command that can be applied', () => {
    expect(commandProblem(buildCall(), { type: 'check-step', stepId: 'acknowledge' })).toBeNull();
  });

  it('reports a step that is not part of the call', () => {
    expect(commandProblem(buildCall(), { type: 'check-step', stepId: 'no-such-step' })).toBe(
      'That step is not part of this call.',
    );
  });

  it('reports an unknown step on uncheck too', () => {
    expect(commandProblem(buildCall(), { type: 'uncheck-step', stepId: 'no-such-step' })).toBe(
      'That step is not part of this call.',
    );
  });

  it('reports any command on an ended call', () => {
    expect(
      commandProblem(buildCall({ endedAt: T0 + 1 }), { type: 'edit-notes', notes: 'late' }),
    ).toBe('This call has already ended.');
  });
});

describe('callCommandSchema', () => {
  it('accepts each command type', () => {
    for (const command of [
      { type: 'check-step', stepId: 'a' },
      { type: 'uncheck-step', stepId: 'a' },
      { type: 'edit-notes', notes: '' },
      { type: 'end' },
    ]) {
      expect(callCommandSchema.safeParse(command).success).toBe(true);
    }
  });

  it('rejects a command that carries its own time', () => {
    expect(callCommandSchema.safeParse({ type: 'end', at: T0 }).success).toBe(false);
  });
});

describe('currentStep', () => {
  it('returns the first step when none is checked', () => {
    expect(currentStep(buildCall())?.stepId).toBe('acknowledge');
  });

  it('returns the first unchecked step even when later ones are checked', () => {
    let call = applyCommand(buildCall(), { type: 'check-step', stepId: 'acknowledge' }, T0 + 1);
    call = applyCommand(call, { type: 'check-step', stepId: 'recognition' }, T0 + 2);

    expect(currentStep(call)?.stepId).toBe('empathize');
  });

  it('returns null when every step is checked', () => {
    const call = buildCall({
      steps: buildCall().steps.map((step) => ({ ...step, checkedAt: T0 })),
    });

    expect(currentStep(call)).toBeNull();
  });
});

describe('countStepsDone', () => {
  it('counts the checked steps', () => {
    let call = applyCommand(buildCall(), { type: 'check-step', stepId: 'acknowledge' }, T0 + 1);
    call = applyCommand(call, { type: 'check-step', stepId: 'leave-action' }, T0 + 2);

    expect(countStepsDone(call.steps)).toBe(2);
  });

  it('returns 0 for no steps', () => {
    expect(countStepsDone([])).toBe(0);
  });
});

describe('summarizeCall', () => {
  it('gives the history line of an ended call', () => {
    const checked = applyCommand(
      buildCall({ id: 'c-9' }),
      { type: 'check-step', stepId: 'empathize' },
      T0 + 1_000,
    );
    const ended = { ...checked, endedAt: T0 + 90_000 };

    expect(summarizeCall(ended)).toEqual({
      id: 'c-9',
      customer: 'Acme Supplies',
      accountNumber: 'AC-1001',
      invoice: 'INV-42',
      startedAt: T0,
      endedAt: T0 + 90_000,
      stepsDone: 1,
      stepsTotal: 5,
    });
  });
});

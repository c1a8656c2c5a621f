import {
  applyCommand,
  commandProblem,
  countStepsDone,
  createCall,
  currentStep,
  currentStepPosition,
  stepBeforeCurrent,
  playbookProblem,
  questionKey,
  summarizeCall,
  type Call,
  type CallCommand,
} from '../../../shared/domain/call';
import type { Closing } from '../../../shared/domain/closing';
import type { Playbook } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { startInput, T0 } from '../../support/builders';

const stepIds = defaultArPlaybook.steps.map((step) => step.id);

/** An open call on the default playbook, started at T0, with nothing done yet. */
function openCall(overrides: Partial<Call> = {}): Call {
  return { ...createCall('call-1', startInput(), defaultArPlaybook, T0), ...overrides };
}

/** A two-step playbook, for tests that should not depend on the default one's wording. */
function smallPlaybook(overrides: Partial<Playbook> = {}): Playbook {
  const section = { prompt: 'Do it.', why: 'Because.', phrases: [], fields: [], donts: [] };
  return {
    format: 1,
    id: 'small',
    version: 3,
    name: 'Small',
    description: '',
    steps: [
      { ...section, id: 'first', title: 'First', questions: [] },
      { ...section, id: 'second', title: 'Second', questions: [] },
    ],
    branches: [],
    outcomes: [{ id: 'done', label: 'Done', kind: 'action' }],
    donts: [],
    ...overrides,
  };
}

const promiseClosing: Closing = {
  outcomeId: 'promise-to-pay',
  outcomeLabel: 'Promise to pay',
  action: { what: 'Confirm the payment arrived', dueOn: '2023-11-20' },
  followUps: [],
};

/** Applies commands one after another, each a second after the one before. */
function applyAll(call: Call, ...commands: CallCommand[]): Call {
  return commands.reduce(
    (current, command, index) => applyCommand(current, command, T0 + (index + 1) * 1_000),
    call,
  );
}

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

  it('copies the contact, customer-since year and due date from the input', () => {
    const call = createCall(
      'c-1',
      startInput({ contact: 'Lee Park', customerSince: '2009', dueOn: '2023-09-30' }),
      defaultArPlaybook,
      T0,
    );

    expect(call).toMatchObject({ contact: 'Lee Park', customerSince: '2009', dueOn: '2023-09-30' });
  });

  it('keeps an unknown due date as null', () => {
    const call = createCall('c-1', startInput({ dueOn: null }), defaultArPlaybook, T0);

    expect(call.dueOn).toBeNull();
  });

  it('records the playbook id and version it was started from', () => {
    const call = createCall('c-1', startInput({ playbookId: 'small' }), smallPlaybook(), T0);

    expect(call.playbookId).toBe('small');
    expect(call.playbookVersion).toBe(3);
  });

  it('starts open at the given time with empty notes', () => {
    const call = createCall('c-1', startInput(), defaultArPlaybook, T0);

    expect(call.startedAt).toBe(T0);
    expect(call.endedAt).toBeNull();
    expect(call.notes).toBe('');
  });

  it('starts with no branches, captures, ticked questions or closing', () => {
    const call = createCall('c-1', startInput(), defaultArPlaybook, T0);

    expect(call).toMatchObject({ branches: [], captures: {}, questionsAsked: [], closing: null });
  });

  it('lists every playbook step in order, unchecked, with its title', () => {
    const call = createCall('c-1', startInput(), smallPlaybook(), T0);

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
    const call = applyCommand(openCall(), { type: 'check-step', stepId: 'empathize' }, T0 + 5_000);

    expect(checkedAtOf(call, 'empathize')).toBe(T0 + 5_000);
  });

  it('leaves the other steps untouched when one is checked', () => {
    const call = applyCommand(openCall(), { type: 'check-step', stepId: 'empathize' }, T0 + 5_000);

    expect(
      call.steps
        .filter((step) => step.stepId !== 'empathize')
        .every((step) => step.checkedAt === null),
    ).toBe(true);
  });

  it('clears the time when a checked step is unchecked', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'uncheck-step', stepId: 'acknowledge' },
    );

    expect(checkedAtOf(call, 'acknowledge')).toBeNull();
  });

  it('keeps the first time when a step is checked twice', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'acknowledge' },
    );

    expect(checkedAtOf(call, 'acknowledge')).toBe(T0 + 1_000);
  });

  it('takes the new time when a step is checked again after being unchecked', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'uncheck-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'acknowledge' },
    );

    expect(checkedAtOf(call, 'acknowledge')).toBe(T0 + 3_000);
  });

  it('checks steps in any order', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'leave-action' },
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'recognition' },
    );

    expect(call.steps.map((step) => [step.stepId, step.checkedAt])).toEqual([
      ['prepare', null],
      ['acknowledge', T0 + 2_000],
      ['empathize', null],
      ['recognition', T0 + 3_000],
      ['probe-mail', null],
      ['leave-action', T0 + 1_000],
      ['follow-up', null],
    ]);
  });

  it('keeps the steps in playbook order whatever order they are checked in', () => {
    const call = applyCommand(
      openCall(),
      { type: 'check-step', stepId: 'leave-action' },
      T0 + 1_000,
    );

    expect(call.steps.map((step) => step.stepId)).toEqual(stepIds);
  });

  it('replaces the notes on edit-notes', () => {
    const call = applyCommand(
      openCall({ notes: 'old' }),
      { type: 'edit-notes', notes: 'Check #1042 sent Monday' },
      T0,
    );

    expect(call.notes).toBe('Check #1042 sent Monday');
  });

  it('opens a branch at the time the command is applied', () => {
    const call = applyCommand(openCall(), { type: 'open-branch', branchId: 'dispute' }, T0 + 4_000);

    expect(call.branches).toEqual([{ branchId: 'dispute', openedAt: T0 + 4_000 }]);
  });

  it('keeps open branches oldest first', () => {
    const call = applyAll(
      openCall(),
      { type: 'open-branch', branchId: 'dispute' },
      { type: 'open-branch', branchId: 'promise-to-pay' },
    );

    expect(call.branches).toEqual([
      { branchId: 'dispute', openedAt: T0 + 1_000 },
      { branchId: 'promise-to-pay', openedAt: T0 + 2_000 },
    ]);
  });

  it('moves a branch opened again to the end, with the new time', () => {
    const call = applyAll(
      openCall(),
      { type: 'open-branch', branchId: 'dispute' },
      { type: 'open-branch', branchId: 'promise-to-pay' },
      { type: 'open-branch', branchId: 'dispute' },
    );

    expect(call.branches).toEqual([
      { branchId: 'promise-to-pay', openedAt: T0 + 2_000 },
      { branchId: 'dispute', openedAt: T0 + 3_000 },
    ]);
  });

  it('closes an open branch', () => {
    const call = applyAll(
      openCall(),
      { type: 'open-branch', branchId: 'dispute' },
      { type: 'open-branch', branchId: 'promise-to-pay' },
      { type: 'close-branch', branchId: 'dispute' },
    );

    expect(call.branches).toEqual([{ branchId: 'promise-to-pay', openedAt: T0 + 2_000 }]);
  });

  it('keeps what was captured in a branch when it is closed', () => {
    const call = applyAll(
      openCall(),
      { type: 'open-branch', branchId: 'check-in-mail' },
      { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'check-number', value: '104522' },
      { type: 'close-branch', branchId: 'check-in-mail' },
    );

    expect(call.captures).toEqual({ 'check-in-mail': { 'check-number': '104522' } });
  });

  it('finds the captures again when a closed branch is reopened', () => {
    const call = applyAll(
      openCall(),
      { type: 'open-branch', branchId: 'dispute' },
      { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Pat' },
      { type: 'close-branch', branchId: 'dispute' },
      { type: 'open-branch', branchId: 'dispute' },
    );

    expect(call.captures['dispute']).toEqual({ owner: 'Pat' });
  });

  it('changes no branch when closing one that is not open', () => {
    const before = applyCommand(openCall(), { type: 'open-branch', branchId: 'dispute' }, T0 + 1);

    const after = applyCommand(before, { type: 'close-branch', branchId: 'hardship' }, T0 + 2);

    expect(after.branches).toEqual(before.branches);
  });

  it('stores a field value under its form and field, exactly as typed', () => {
    const call = applyCommand(
      openCall(),
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'amount', value: ' 1,250 ' },
      T0 + 1_000,
    );

    expect(call.captures).toEqual({ 'promise-to-pay': { amount: ' 1,250 ' } });
  });

  it('replaces an earlier value of the same field', () => {
    const call = applyAll(
      openCall(),
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'amount', value: '500' },
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'amount', value: '600' },
    );

    expect(call.captures['promise-to-pay']).toEqual({ amount: '600' });
  });

  it('keeps the other fields of the form and the other forms', () => {
    const call = applyAll(
      openCall(),
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'amount', value: '500' },
      { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Pat' },
      { type: 'set-field', sectionId: 'promise-to-pay', fieldId: 'pay-on', value: '2023-11-20' },
    );

    expect(call.captures).toEqual({
      'promise-to-pay': { amount: '500', 'pay-on': '2023-11-20' },
      dispute: { owner: 'Pat' },
    });
  });

  it('stores the words typed after "Other" under the field’s other key', () => {
    const call = applyAll(
      openCall(),
      { type: 'set-field', sectionId: 'check-in-mail', fieldId: 'mailed-to', value: 'other' },
      {
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'mailed-to:other',
        value: 'FedEx depot',
      },
    );

    expect(call.captures['check-in-mail']).toEqual({
      'mailed-to': 'other',
      'mailed-to:other': 'FedEx depot',
    });
  });

  it('records a question as asked when it is ticked', () => {
    const call = applyCommand(
      openCall(),
      { type: 'set-question', sectionId: 'check-in-mail', index: 1, isAsked: true },
      T0 + 1_000,
    );

    expect(call.questionsAsked).toEqual(['check-in-mail#1']);
  });

  it('forgets a question when it is unticked, keeping the others', () => {
    const call = applyAll(
      openCall(),
      { type: 'set-question', sectionId: 'check-in-mail', index: 0, isAsked: true },
      { type: 'set-question', sectionId: 'check-in-mail', index: 1, isAsked: true },
      { type: 'set-question', sectionId: 'check-in-mail', index: 0, isAsked: false },
    );

    expect(call.questionsAsked).toEqual(['check-in-mail#1']);
  });

  it('records a question ticked twice once', () => {
    const call = applyAll(
      openCall(),
      { type: 'set-question', sectionId: 'prepare', index: 2, isAsked: true },
      { type: 'set-question', sectionId: 'prepare', index: 2, isAsked: true },
    );

    expect(call.questionsAsked).toEqual(['prepare#2']);
  });

  it('changes nothing when a question that was never ticked is unticked', () => {
    const call = applyCommand(
      openCall(),
      { type: 'set-question', sectionId: 'prepare', index: 0, isAsked: false },
      T0 + 1_000,
    );

    expect(call.questionsAsked).toEqual([]);
  });

  it('ends the call at the time applied, with its closing', () => {
    const call = applyCommand(openCall(), { type: 'end', closing: promiseClosing }, T0 + 60_000);

    expect(call.endedAt).toBe(T0 + 60_000);
    expect(call.closing).toEqual(promiseClosing);
  });

  it('does not change the input call', () => {
    const before = openCall();
    const snapshot = structuredClone(before);

    applyAll(
      before,
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'edit-notes', notes: 'x' },
      { type: 'open-branch', branchId: 'dispute' },
      { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Pat' },
      { type: 'set-question', sectionId: 'dispute', index: 0, isAsked: true },
      { type: 'close-branch', branchId: 'dispute' },
      { type: 'end', closing: promiseClosing },
    );

    expect(before).toEqual(snapshot);
  });

  it.each<CallCommand>([
    { type: 'check-step', stepId: 'empathize' },
    { type: 'uncheck-step', stepId: 'prepare' },
    { type: 'edit-notes', notes: 'changed' },
    { type: 'open-branch', branchId: 'hardship' },
    { type: 'close-branch', branchId: 'dispute' },
    { type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Sam' },
    { type: 'set-question', sectionId: 'dispute', index: 2, isAsked: true },
    { type: 'set-question', sectionId: 'dispute', index: 0, isAsked: false },
    {
      type: 'end',
      closing: { outcomeId: 'refused', outcomeLabel: 'Refused', action: null, followUps: [] },
    },
  ])('never changes an ended call ($type)', (command) => {
    const ended = openCall({
      endedAt: T0 + 10_000,
      notes: 'final',
      steps: openCall().steps.map((step, index) =>
        index === 0 ? { ...step, checkedAt: T0 + 1_000 } : step,
      ),
      branches: [{ branchId: 'dispute', openedAt: T0 + 2_000 }],
      captures: { dispute: { owner: 'Pat' } },
      questionsAsked: ['dispute#0'],
      closing: promiseClosing,
    });

    expect(applyCommand(ended, command, T0 + 20_000)).toBe(ended);
  });

  it('ignores a step that is not part of the call', () => {
    const call = openCall();

    expect(applyCommand(call, { type: 'check-step', stepId: 'no-such-step' }, T0 + 1_000)).toBe(
      call,
    );
  });
});

describe('questionKey', () => {
  it('records a question as its form id and index', () => {
    expect(questionKey('check-in-mail', 3)).toBe('check-in-mail#3');
  });
});

describe('commandProblem', () => {
  it('returns null for a command that can be applied', () => {
    expect(commandProblem(openCall(), { type: 'check-step', stepId: 'acknowledge' })).toBeNull();
  });

  it('reports a step that is not part of the call', () => {
    expect(commandProblem(openCall(), { type: 'check-step', stepId: 'no-such-step' })).toBe(
      'That step is not part of this call.',
    );
  });

  it('reports an unknown step on uncheck too', () => {
    expect(commandProblem(openCall(), { type: 'uncheck-step', stepId: 'no-such-step' })).toBe(
      'That step is not part of this call.',
    );
  });

  it('reports any command on an ended call', () => {
    expect(
      commandProblem(openCall({ endedAt: T0 + 1 }), { type: 'edit-notes', notes: 'late' }),
    ).toBe('This call has already ended.');
  });

  it('reports ending a call that has already ended', () => {
    expect(
      commandProblem(openCall({ endedAt: T0 + 1 }), { type: 'end', closing: promiseClosing }),
    ).toBe('This call has already ended.');
  });

  it('leaves the branch, field and question checks to the playbook', () => {
    expect(commandProblem(openCall(), { type: 'open-branch', branchId: 'no-such' })).toBeNull();
  });
});

describe('playbookProblem', () => {
  const problem = (command: CallCommand) => playbookProblem(defaultArPlaybook, command);

  it.each(['open-branch', 'close-branch'] as const)('accepts %s for a known branch', (type) => {
    expect(problem({ type, branchId: 'check-in-mail' })).toBeNull();
  });

  it.each(['open-branch', 'close-branch'] as const)('refuses %s for an unknown branch', (type) => {
    expect(problem({ type, branchId: 'lost-in-post' })).toBe(
      'That situation is not in this playbook.',
    );
  });

  it('refuses to open a step as if it were a branch', () => {
    expect(problem({ type: 'open-branch', branchId: 'prepare' })).toBe(
      'That situation is not in this playbook.',
    );
  });

  it('accepts a field of a branch', () => {
    expect(
      problem({ type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Pat' }),
    ).toBeNull();
  });

  it('accepts a field of a step', () => {
    expect(
      problem({ type: 'set-field', sectionId: 'follow-up', fieldId: 'recap-to', value: 'a@b.c' }),
    ).toBeNull();
  });

  it('refuses a field of a form the playbook does not have', () => {
    expect(problem({ type: 'set-field', sectionId: 'no-such', fieldId: 'owner', value: '' })).toBe(
      'That form is not in this playbook.',
    );
  });

  it('refuses a field the form does not have', () => {
    expect(
      problem({ type: 'set-field', sectionId: 'dispute', fieldId: 'check-number', value: '1' }),
    ).toBe('That field is not in this form.');
  });

  it.each([
    ['check-in-mail', 'mailed-to:other'],
    ['dispute', 'reason:other'],
  ])('accepts the "Other" words of a choice that allows them (%s %s)', (sectionId, fieldId) => {
    expect(problem({ type: 'set-field', sectionId, fieldId, value: 'FedEx depot' })).toBeNull();
  });

  it('refuses "Other" words for a choice that does not allow them', () => {
    expect(
      problem({
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'method:other',
        value: '',
      }),
    ).toBe('That field is not in this form.');
  });

  it('refuses "Other" words for a field that is not a choice', () => {
    expect(
      problem({
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'amount:other',
        value: '',
      }),
    ).toBe('That field is not in this form.');
  });

  it('accepts the last question of a form', () => {
    const last = defaultArPlaybook.branches.find((b) => b.id === 'check-in-mail')!.questions.length;

    expect(
      problem({ type: 'set-question', sectionId: 'check-in-mail', index: last - 1, isAsked: true }),
    ).toBeNull();
  });

  it('accepts a question of a step', () => {
    expect(
      problem({ type: 'set-question', sectionId: 'prepare', index: 0, isAsked: true }),
    ).toBeNull();
  });

  it('refuses a question past the end of the form’s list', () => {
    const count = defaultArPlaybook.branches.find((b) => b.id === 'check-in-mail')!.questions
      .length;

    expect(
      problem({ type: 'set-question', sectionId: 'check-in-mail', index: count, isAsked: true }),
    ).toBe('That question is not in this playbook.');
  });

  it('refuses a question of a step that has none', () => {
    expect(problem({ type: 'set-question', sectionId: 'empathize', index: 0, isAsked: true })).toBe(
      'That question is not in this playbook.',
    );
  });

  it('refuses a question of a form the playbook does not have', () => {
    expect(problem({ type: 'set-question', sectionId: 'no-such', index: 0, isAsked: true })).toBe(
      'That question is not in this playbook.',
    );
  });

  it.each<CallCommand>([
    { type: 'check-step', stepId: 'prepare' },
    { type: 'uncheck-step', stepId: 'prepare' },
    { type: 'edit-notes', notes: 'x' },
    { type: 'end', closing: promiseClosing },
  ])('has nothing to say about $type', (command) => {
    expect(problem(command)).toBeNull();
  });
});

describe('currentStepPosition', () => {
  it('counts the current step from 1 among all the steps', () => {
    const call = applyAll(openCall(), { type: 'check-step', stepId: 'prepare' });
    expect(currentStepPosition(call)).toMatchObject({ number: 2, total: 7 });
    expect(currentStepPosition(call)?.step.stepId).toBe('acknowledge');
  });

  it('is null once every step is done', () => {
    const call = openCall({ steps: openCall().steps.map((step) => ({ ...step, checkedAt: T0 })) });
    expect(currentStepPosition(call)).toBeNull();
  });
});

describe('stepBeforeCurrent', () => {
  it('is nothing at the start', () => {
    expect(stepBeforeCurrent(openCall())).toBeNull();
  });

  it('is the step just before the current one, even when later ones are checked', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'prepare' },
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'recognition' },
    );
    expect(stepBeforeCurrent(call)?.stepId).toBe('acknowledge');
  });

  it('is the last step once every step is done', () => {
    const call = openCall({ steps: openCall().steps.map((step) => ({ ...step, checkedAt: T0 })) });
    expect(stepBeforeCurrent(call)?.stepId).toBe('follow-up');
  });
});

describe('currentStep', () => {
  it('returns the first step when none is checked', () => {
    expect(currentStep(openCall())?.stepId).toBe('prepare');
  });

  it('returns the first unchecked step even when later ones are checked', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'prepare' },
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'recognition' },
    );

    expect(currentStep(call)?.stepId).toBe('empathize');
  });

  it('returns null when every step is checked', () => {
    const call = openCall({
      steps: openCall().steps.map((step) => ({ ...step, checkedAt: T0 })),
    });

    expect(currentStep(call)).toBeNull();
  });
});

describe('countStepsDone', () => {
  it('counts the checked steps', () => {
    const call = applyAll(
      openCall(),
      { type: 'check-step', stepId: 'acknowledge' },
      { type: 'check-step', stepId: 'leave-action' },
    );

    expect(countStepsDone(call.steps)).toBe(2);
  });

  it('returns 0 for no steps', () => {
    expect(countStepsDone([])).toBe(0);
  });
});

describe('summarizeCall', () => {
  it('gives the history line of an ended call', () => {
    const call = applyAll(
      openCall({ id: 'c-9' }),
      { type: 'check-step', stepId: 'empathize' },
      { type: 'end', closing: promiseClosing },
    );

    expect(summarizeCall({ ...call, endedAt: T0 + 90_000 })).toEqual({
      id: 'c-9',
      accountId: null,
      customer: 'Acme Supplies',
      accountNumber: 'AC-1001',
      invoice: 'INV-42',
      amountDueCents: 125_000,
      excerpt: null,
      startedAt: T0,
      endedAt: T0 + 90_000,
      stepsDone: 1,
      stepsTotal: stepIds.length,
      outcomeLabel: 'Promise to pay',
      actionDueOn: '2023-11-20',
    });
  });

  it('has no due date for a call that ended without an action', () => {
    const closing: Closing = {
      outcomeId: 'refused',
      outcomeLabel: 'Refused',
      action: null,
      followUps: [],
    };

    expect(summarizeCall({ ...openCall(), endedAt: T0 + 1, closing })).toMatchObject({
      outcomeLabel: 'Refused',
      actionDueOn: null,
    });
  });

  it('has no outcome for a call stored before outcomes existed', () => {
    expect(summarizeCall({ ...openCall(), endedAt: T0 + 1, closing: null })).toMatchObject({
      outcomeLabel: null,
      actionDueOn: null,
    });
  });
});

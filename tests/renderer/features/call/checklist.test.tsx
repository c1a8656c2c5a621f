import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import type { CoachingMode } from '../../../../shared/domain/settings';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { createTestApi, type CallSeed } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const [prepare, acknowledge, , , paymentStatus, leaveAction, followUp] = defaultArPlaybook.steps;

/** Every step but the last, checked: the follow-up step is current. */
const ALL_BUT_LAST = Object.fromEntries(
  defaultArPlaybook.steps.slice(0, -1).map((step, index) => [step.id, (index + 1) * 10_000]),
);

async function renderActiveCall(seed: Partial<CallSeed> = {}, mode: CoachingMode = 'trainee') {
  const testApi = createTestApi({ settings: { coachingMode: mode } });
  const call = testApi.control.seedOpenCall({
    customer: 'Acme Plumbing',
    startedAt: testApi.control.now(),
    ...seed,
  });
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  const steps = await screen.findByRole('list', { name: 'Call steps' });
  // Guidance needs the playbook, which loads alongside the call.
  await screen.findByRole('toolbar', { name: 'Situations' });
  return { ...view, user, call, steps };
}

const currentStepItem = (steps: HTMLElement) =>
  within(steps).getByRole('listitem', { current: 'step' });

const stepCheckbox = (steps: HTMLElement, title: string) =>
  within(steps).getByRole('checkbox', { name: title });

async function tabTo(user: UserEvent, element: HTMLElement) {
  for (let presses = 0; presses < 40 && document.activeElement !== element; presses += 1) {
    await user.tab();
  }
  expect(element).toHaveFocus();
}

describe('Checklist', () => {
  it('shows one checkbox per step, labelled with the step titles in order', async () => {
    // Experts see no questions to tick, so the only checkboxes are the steps.
    const { steps } = await renderActiveCall({}, 'expert');

    const checkboxes = within(steps).getAllByRole('checkbox');

    expect(checkboxes).toHaveLength(7);
    defaultArPlaybook.steps.forEach((step, index) => {
      expect(checkboxes[index]).toHaveAccessibleName(step.title);
      expect(checkboxes[index]).not.toBeChecked();
    });
  });

  it('marks the first unchecked step as the current one', async () => {
    const { steps } = await renderActiveCall({ checkedSteps: { prepare: 10_000 } });

    expect(within(steps).getAllByRole('listitem', { current: 'step' })).toHaveLength(1);
    expect(currentStepItem(steps)).toContainElement(stepCheckbox(steps, acknowledge!.title));
  });

  it('shows the current step’s prompt and hides the other steps’ prompts', async () => {
    const { steps } = await renderActiveCall();

    expect(currentStepItem(steps)).toHaveTextContent(prepare!.prompt);
    expect(steps).not.toHaveTextContent(acknowledge!.prompt);
  });

  it('shows the payment-status step’s questions as checkboxes when it is current', async () => {
    const { steps } = await renderActiveCall({
      checkedSteps: { prepare: 1, acknowledge: 2, empathize: 3, recognition: 4 },
    });

    const questions = within(currentStepItem(steps)).getByRole('group', { name: 'Ask' });
    const boxes = within(questions).getAllByRole('checkbox');

    expect(boxes).toHaveLength(paymentStatus!.questions.length);
    paymentStatus!.questions.forEach((question, index) => {
      expect(boxes[index]).toHaveAccessibleName(question);
    });
  });

  it('records the step and moves to the next when checked with Tab and Space', async () => {
    const { user, steps, testApi, call } = await renderActiveCall();
    const first = stepCheckbox(steps, prepare!.title);

    await tabTo(user, first);
    await user.keyboard(' ');

    expect(first).toBeChecked();
    await waitFor(() =>
      expect(currentStepItem(steps)).toContainElement(stepCheckbox(steps, acknowledge!.title)),
    );
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[0]?.checkedAt).toEqual(expect.any(Number)),
    );
  });

  it('checks a later step without moving the current one when steps are done out of order', async () => {
    const { user, steps, testApi, call } = await renderActiveCall();

    await user.click(stepCheckbox(steps, leaveAction!.title));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[5]?.checkedAt).not.toBeNull(),
    );
    expect(stepCheckbox(steps, leaveAction!.title)).toBeChecked();
    expect(currentStepItem(steps)).toContainElement(stepCheckbox(steps, prepare!.title));
  });

  it('unchecks a step when it is clicked again', async () => {
    const { user, steps, testApi, call } = await renderActiveCall({
      checkedSteps: { prepare: 10_000 },
    });
    const first = stepCheckbox(steps, prepare!.title);

    await user.click(first);

    expect(first).not.toBeChecked();
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[0]?.checkedAt).toBeNull(),
    );
  });

  it('describes a checked step’s checkbox with the time it was done', async () => {
    const { user, steps, testApi } = await renderActiveCall();
    testApi.control.advanceClock(65_000);
    const checkbox = stepCheckbox(steps, prepare!.title);

    await user.click(checkbox);

    await waitFor(() => expect(checkbox).toHaveAccessibleDescription('done at 1:05'));
  });

  it('shows the follow-up step’s form under it when it is current', async () => {
    const { steps } = await renderActiveCall({ checkedSteps: ALL_BUT_LAST }, 'expert');

    const form = within(currentStepItem(steps)).getByRole('group', { name: followUp!.title });

    expect(within(form).getByRole('textbox', { name: 'Recap goes to' })).toBeInTheDocument();
  });

  it('stores what is typed into a step’s form in main', async () => {
    const { user, steps, testApi, call } = await renderActiveCall({ checkedSteps: ALL_BUT_LAST });

    await user.type(
      within(steps).getByRole('textbox', { name: 'Recap goes to' }),
      'ap@acme.example',
    );

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.captures['follow-up']).toEqual({
        'recap-to': 'ap@acme.example',
      }),
    );
  });

  it('shows no form under a current step that has no fields', async () => {
    const { steps } = await renderActiveCall();

    expect(within(steps).queryByRole('textbox')).not.toBeInTheDocument();
  });
});

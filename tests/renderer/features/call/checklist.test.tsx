import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { createFakeApi, type CallSeed } from '../../../support/fake-api';
import { renderWithStores } from '../../../support/render';

const [acknowledge, empathize, , checkInMail, leaveAction] = defaultArPlaybook.steps;

async function renderActiveCall(seed: Partial<CallSeed> = {}) {
  const fake = createFakeApi();
  const call = fake.control.seedOpenCall({
    customer: 'Acme Plumbing',
    startedAt: fake.control.now(),
    ...seed,
  });
  const user = userEvent.setup();
  const view = renderWithStores(<App />, fake);
  const steps = await screen.findByRole('list', { name: 'Call steps' });
  // Guidance needs the playbook, which loads alongside the call.
  await within(steps).findByRole('heading', { name: 'You could say' });
  return { ...view, user, call, steps };
}

const currentStepItem = (steps: HTMLElement) =>
  within(steps).getByRole('listitem', { current: 'step' });

async function tabTo(user: UserEvent, element: HTMLElement) {
  for (let presses = 0; presses < 30 && document.activeElement !== element; presses += 1) {
    await user.tab();
  }
  expect(element).toHaveFocus();
}

describe('Checklist', () => {
  it('shows one checkbox per step, labelled with the step titles in order', async () => {
    const { steps } = await renderActiveCall();

    const checkboxes = within(steps).getAllByRole('checkbox');

    expect(checkboxes).toHaveLength(5);
    defaultArPlaybook.steps.forEach((step, index) => {
      expect(checkboxes[index]).toHaveAccessibleName(step.title);
      expect(checkboxes[index]).not.toBeChecked();
    });
  });

  it('marks the first unchecked step as the current one', async () => {
    const { steps } = await renderActiveCall({ checkedSteps: { acknowledge: 10_000 } });

    expect(within(steps).getAllByRole('listitem', { current: 'step' })).toHaveLength(1);
    expect(within(currentStepItem(steps)).getByRole('checkbox')).toHaveAccessibleName(
      empathize!.title,
    );
  });

  it('shows the current step’s prompt and phrases and hides the others’', async () => {
    const { steps } = await renderActiveCall();

    const current = currentStepItem(steps);
    expect(current).toHaveTextContent(acknowledge!.prompt);
    for (const phrase of acknowledge!.phrases) expect(current).toHaveTextContent(phrase);
    expect(steps).not.toHaveTextContent(empathize!.prompt);
  });

  it('shows the four questions of the check-in-the-mail step when it is current', async () => {
    const { steps } = await renderActiveCall({
      checkedSteps: { acknowledge: 10_000, empathize: 20_000, recognition: 30_000 },
    });

    const current = currentStepItem(steps);
    expect(within(current).getByRole('checkbox')).toHaveAccessibleName(checkInMail!.title);
    expect(within(current).getByRole('heading', { name: 'Ask' })).toBeInTheDocument();
    const texts = within(current)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(checkInMail!.questions).toHaveLength(4);
    expect(texts).toEqual(expect.arrayContaining([...checkInMail!.questions]));
  });

  it('records the step and moves to the next when checked with Tab and Space', async () => {
    const { user, steps, fake, call } = await renderActiveCall();
    const first = within(steps).getByRole('checkbox', { name: acknowledge!.title });

    await tabTo(user, first);
    await user.keyboard(' ');

    expect(first).toBeChecked();
    await waitFor(() =>
      expect(within(currentStepItem(steps)).getByRole('checkbox')).toHaveAccessibleName(
        empathize!.title,
      ),
    );
    await waitFor(() =>
      expect(fake.control.storedCall(call.id)?.steps[0]?.checkedAt).toEqual(expect.any(Number)),
    );
  });

  it('checks a later step without moving the current one when steps are done out of order', async () => {
    const { user, steps, fake, call } = await renderActiveCall();

    await user.click(within(steps).getByRole('checkbox', { name: leaveAction!.title }));

    await waitFor(() =>
      expect(fake.control.storedCall(call.id)?.steps[4]?.checkedAt).not.toBeNull(),
    );
    expect(within(steps).getByRole('checkbox', { name: leaveAction!.title })).toBeChecked();
    expect(within(currentStepItem(steps)).getByRole('checkbox')).toHaveAccessibleName(
      acknowledge!.title,
    );
  });

  it('unchecks a step when it is clicked again', async () => {
    const { user, steps, fake, call } = await renderActiveCall({
      checkedSteps: { acknowledge: 10_000 },
    });
    const first = within(steps).getByRole('checkbox', { name: acknowledge!.title });

    await user.click(first);

    expect(first).not.toBeChecked();
    await waitFor(() => expect(fake.control.storedCall(call.id)?.steps[0]?.checkedAt).toBeNull());
  });

  it('shows when the step was done, as time into the call', async () => {
    const { user, steps, fake } = await renderActiveCall();
    fake.control.advanceClock(65_000);

    await user.click(within(steps).getByRole('checkbox', { name: acknowledge!.title }));

    // Once checked, the first step shows no guidance, so it is the first list item.
    await waitFor(() =>
      expect(within(steps).getAllByRole('listitem')[0]).toHaveTextContent('done at 1:05'),
    );
  });

  it('describes a checked step’s checkbox with the time it was done', async () => {
    const { user, steps, fake } = await renderActiveCall();
    fake.control.advanceClock(65_000);
    const checkbox = within(steps).getByRole('checkbox', { name: acknowledge!.title });

    await user.click(checkbox);

    await waitFor(() => expect(checkbox).toHaveAccessibleDescription('done at 1:05'));
  });
});

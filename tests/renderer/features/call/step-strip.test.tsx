import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { EXPERT, coachCard, renderSeededCall, stepStrip } from './render-call';

const steps = defaultArPlaybook.steps;
const [prepare, acknowledge, , , , leaveAction] = steps;

const box = (title: string) => within(stepStrip()).getByRole('checkbox', { name: title });
const currentItem = () => within(stepStrip()).getByRole('listitem', { current: 'step' });

async function tabTo(user: UserEvent, element: HTMLElement) {
  for (let presses = 0; presses < 40 && document.activeElement !== element; presses += 1) {
    await user.tab();
  }
  expect(element).toHaveFocus();
}

// Each test starts main's real core, which is slow on a busy machine.
describe('StepStrip', { timeout: 60_000 }, () => {
  it('shows one checkbox per step, named by its title and shown as its number, in order', async () => {
    await renderSeededCall();

    const boxes = within(stepStrip()).getAllByRole('checkbox');
    const items = within(stepStrip()).getAllByRole('listitem');

    expect(boxes).toHaveLength(steps.length);
    steps.forEach((step, index) => {
      expect(boxes[index]).toHaveAccessibleName(step.title);
      expect(boxes[index]).not.toBeChecked();
      expect(items[index]).toHaveTextContent(new RegExp(`^${index + 1}$`));
    });
  });

  it('gives the first nine steps their number key', async () => {
    await renderSeededCall();

    steps.forEach((step, index) => {
      expect(box(step.title)).toHaveAttribute('aria-keyshortcuts', String(index + 1));
    });
  });

  it('ticks the steps done and marks the first one not done as current', async () => {
    await renderSeededCall({ checkedSteps: { prepare: 10_000, empathize: 20_000 } });

    expect(box(prepare!.title)).toBeChecked();
    expect(box(acknowledge!.title)).not.toBeChecked();
    expect(within(stepStrip()).getAllByRole('listitem', { current: 'step' })).toHaveLength(1);
    expect(currentItem()).toContainElement(box(acknowledge!.title));
  });

  it('marks no step current once every step is done', async () => {
    await renderSeededCall({
      checkedSteps: Object.fromEntries(steps.map((step, index) => [step.id, index + 1])),
    });

    expect(within(stepStrip()).queryByRole('listitem', { current: 'step' })).toBeNull();
    expect(coachCard('All steps done')).toBeInTheDocument();
  });

  it('checks a step with Tab and Space, stores it, and moves the card to the next step', async () => {
    const { user, testApi, call } = await renderSeededCall({}, EXPERT);
    const first = box(prepare!.title);

    await tabTo(user, first);
    await user.keyboard(' ');

    expect(first).toBeChecked();
    await waitFor(() => expect(currentItem()).toContainElement(box(acknowledge!.title)));
    expect(coachCard(acknowledge!.title)).toBeInTheDocument();
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[0]?.checkedAt).toEqual(expect.any(Number)),
    );
  });

  it('checks a later step without moving the current one when steps are done out of order', async () => {
    const { user, testApi, call } = await renderSeededCall();

    await user.click(box(leaveAction!.title));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[5]?.checkedAt).not.toBeNull(),
    );
    expect(box(leaveAction!.title)).toBeChecked();
    expect(currentItem()).toContainElement(box(prepare!.title));
    expect(coachCard(prepare!.title)).toBeInTheDocument();
  });

  it('unchecks a step when it is clicked again, and the card goes back to it', async () => {
    const { user, testApi, call } = await renderSeededCall({ checkedSteps: { prepare: 10_000 } });

    await user.click(box(prepare!.title));

    expect(box(prepare!.title)).not.toBeChecked();
    expect(await screen.findByRole('article', { name: prepare!.title })).toBeInTheDocument();
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[0]?.checkedAt).toBeNull(),
    );
  });

  it('describes a checked step’s checkbox with the time into the call it was done', async () => {
    const { user, testApi } = await renderSeededCall();
    testApi.control.advanceClock(65_000);
    const checkbox = box(prepare!.title);

    await user.click(checkbox);

    await waitFor(() => expect(checkbox).toHaveAccessibleDescription('done at 1:05'));
  });

  it('gives an unchecked step no description', async () => {
    await renderSeededCall();

    expect(box(prepare!.title)).not.toHaveAccessibleDescription();
  });
});

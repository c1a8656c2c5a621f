import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Call } from '../../../../shared/domain/call';
import type { TestApi } from '../../../support/test-api';
import { isoDaysFromToday, renderCall } from './render-call';

type SetUp = (testApi: TestApi, call: Call) => Promise<unknown>;

/** Renders a call and opens its wrap-up. */
async function renderWrapUp(setUp?: SetUp) {
  const rendered = await renderCall({}, {}, setUp);
  await rendered.user.click(screen.getByRole('button', { name: 'End call' }));
  const form = screen.getByRole('region', { name: 'Wrap up' });
  return { ...rendered, form };
}

const outcome = (form: HTMLElement) => within(form).getByRole('combobox', { name: /^Outcome/ });
const nextAction = (form: HTMLElement) =>
  within(form).getByRole('textbox', { name: /^Next action/ });
const endButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'End call' });
const endRequests = (testApi: TestApi) =>
  testApi.control.requestsTo('calls:apply').filter(([, command]) => command.type === 'end');

describe('WrapUpForm', () => {
  it('opens inline under the call with focus on Outcome when End call is pressed', async () => {
    const { form } = await renderWrapUp();

    expect(within(form).getByRole('heading', { name: 'Wrap up' })).toBeVisible();
    expect(outcome(form)).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'Call steps' })).toBeVisible();
  });

  it('closes and gives focus back to End call when Back to the call is pressed', async () => {
    const { user, form } = await renderWrapUp();

    await user.click(within(form).getByRole('button', { name: 'Back to the call' }));

    expect(screen.queryByRole('region', { name: 'Wrap up' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End call' })).toHaveFocus();
  });

  it('closes and gives focus back to End call when Escape is pressed', async () => {
    const { user } = await renderWrapUp();

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Wrap up' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End call' })).toHaveFocus();
  });

  it('asks for the outcome, focuses it and sends nothing when none is chosen', async () => {
    const { user, form, testApi } = await renderWrapUp();
    await user.click(nextAction(form));

    await user.click(endButton(form));

    expect(outcome(form)).toHaveAttribute('aria-invalid', 'true');
    expect(outcome(form)).toHaveAccessibleDescription('Choose how the call ended.');
    expect(outcome(form)).toHaveFocus();
    expect(endRequests(testApi)).toEqual([]);
  });

  it('pre-fills the outcome, action and due date from the latest situation', async () => {
    const answerBy = isoDaysFromToday(5);
    const { form } = await renderWrapUp(async (testApi, call) => {
      await testApi.api.calls.apply(call.id, { type: 'open-branch', branchId: 'promise-to-pay' });
      await testApi.api.calls.apply(call.id, { type: 'open-branch', branchId: 'dispute' });
      await testApi.api.calls.apply(call.id, {
        type: 'set-field',
        sectionId: 'dispute',
        fieldId: 'answer-by',
        value: answerBy,
      });
    });

    expect(outcome(form)).toHaveDisplayValue('Dispute');
    expect(nextAction(form)).toHaveValue(
      'Pass the dispute to its owner and call back with the answer',
    );
    expect(within(form).getByLabelText('Due')).toHaveValue(answerBy);
  });

  it('asks for a due date and focuses it when an action has none', async () => {
    const { user, form } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'Callback requested');
    await user.type(nextAction(form), 'Call back after their AP meeting');

    await user.click(endButton(form));

    const due = within(form).getByLabelText('Due');
    expect(due).toHaveAccessibleDescription('Add a due date, so the action can be followed up.');
    expect(due).toHaveFocus();
  });

  it('refuses a due date that has passed', async () => {
    const { user, form } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'Callback requested');
    await user.type(nextAction(form), 'Call back');
    await user.type(within(form).getByLabelText('Due'), isoDaysFromToday(-1));

    await user.click(endButton(form));

    expect(within(form).getByLabelText('Due')).toHaveAccessibleDescription(
      'That date has passed. Choose today or a later date.',
    );
  });

  it('ends the call with the outcome, action and due date given', async () => {
    const { user, form, testApi, call } = await renderWrapUp();
    const due = isoDaysFromToday(2);
    await user.selectOptions(outcome(form), 'Callback requested');
    await user.type(nextAction(form), 'Call back after their AP meeting');
    await user.type(within(form).getByLabelText('Due'), due);

    await user.click(endButton(form));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.closing).toEqual({
        outcomeId: 'callback-requested',
        outcomeLabel: 'Callback requested',
        action: { what: 'Call back after their AP meeting', dueOn: due },
      }),
    );
  });

  it('says once, in a sentence, that no action is set instead of ending', async () => {
    const { user, form, testApi } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'Refused');

    await user.click(endButton(form));

    const question = within(form).getByRole('group', {
      name: 'No next action is set. Every call should leave the customer with one.',
    });
    expect(within(question).getByRole('button', { name: 'Add an action' })).toHaveFocus();
    expect(endRequests(testApi)).toEqual([]);
  });

  it('ends without an action, asking nothing more, when the caller confirms it', async () => {
    const { user, form, testApi, call } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'Refused');
    await user.click(endButton(form));

    await user.click(within(form).getByRole('button', { name: 'End without an action' }));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.closing).toEqual({
        outcomeId: 'refused',
        outcomeLabel: 'Refused',
        action: null,
      }),
    );
    expect(endRequests(testApi)).toHaveLength(1);
  });

  it('takes the caller to Next action when Add an action is pressed', async () => {
    const { user, form } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'Refused');
    await user.click(endButton(form));

    await user.click(within(form).getByRole('button', { name: 'Add an action' }));

    expect(nextAction(form)).toHaveFocus();
    expect(within(form).queryByRole('group')).not.toBeInTheDocument();
  });

  it('labels the date Try again on and the action optional for a call nobody answered', async () => {
    const { user, form } = await renderWrapUp();

    await user.selectOptions(outcome(form), 'Voicemail');

    expect(within(form).getByLabelText('Try again on')).toBeInTheDocument();
    expect(nextAction(form)).toHaveAccessibleName('Next action (optional)');
  });

  it('ends a call nobody answered with only the date to try again', async () => {
    const { user, form, testApi, call } = await renderWrapUp();
    const tomorrow = isoDaysFromToday(1);
    await user.selectOptions(outcome(form), 'No answer');
    await user.type(within(form).getByLabelText('Try again on'), tomorrow);

    await user.click(endButton(form));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.closing).toEqual({
        outcomeId: 'no-answer',
        outcomeLabel: 'No answer',
        action: { what: 'Call again', dueOn: tomorrow },
      }),
    );
  });

  it('asks when to try again for a call nobody answered without a date', async () => {
    const { user, form } = await renderWrapUp();
    await user.selectOptions(outcome(form), 'No answer');

    await user.click(endButton(form));

    const date = within(form).getByLabelText('Try again on');
    expect(date).toHaveAccessibleDescription('Choose when to try again.');
    expect(date).toHaveFocus();
  });

  it('mentions, once and quietly, a captured value that still has a problem, and still ends', async () => {
    const { user, form, testApi, call } = await renderWrapUp(async (api, started) => {
      await api.api.calls.apply(started.id, {
        type: 'set-field',
        sectionId: 'check-in-mail',
        fieldId: 'check-number',
        value: '12A',
      });
    });

    expect(form).toHaveTextContent(
      'Still marked as a problem: Check in the mail: Check number. You can end the call anyway; what you typed is kept.',
    );
    expect(within(form).queryByRole('alert')).not.toBeInTheDocument();
    await user.selectOptions(outcome(form), 'Voicemail');
    await user.type(within(form).getByLabelText('Try again on'), isoDaysFromToday(1));
    await user.click(endButton(form));

    await waitFor(() => expect(endRequests(testApi)).toHaveLength(1));
    expect(testApi.control.storedCall(call.id)?.captures['check-in-mail']?.['check-number']).toBe(
      '12A',
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { WrapUpForm } from '../../../../renderer/features/call/wrap-up-form';
import type { Call, CallCommand } from '../../../../shared/domain/call';
import { localDate } from '../../../../shared/domain/calendar';
import type { Playbook, PlaybookBranch } from '../../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { buildPlaybook, startInput } from '../../../support/builders';
import { renderWithStores } from '../../../support/render';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { isoDaysFromToday } from './render-call';
import { formatDateEntry } from '../../../../shared/domain/date-entry';

const section = { phrases: [], questions: [], donts: [], prompt: 'Do it.', why: 'Because.' };

function branch(overrides: Partial<PlaybookBranch> & Pick<PlaybookBranch, 'id' | 'key'>) {
  return { ...section, title: overrides.id, fields: [], outcome: 'other', ...overrides };
}

/** Situations and outcomes like the default playbook's, in words of their own. */
const followUpPlaybook: Playbook = buildPlaybook({
  id: 'follow-up-playbook',
  version: 1,
  branches: [
    branch({
      id: 'dispute',
      key: 'D',
      title: 'Dispute',
      outcome: 'disputed',
      fields: [
        { id: 'owner', label: 'Owner', type: 'text' },
        { id: 'answer-by', label: 'Answer by', type: 'date', allow: 'future' },
      ],
      action: { what: 'Answer the dispute', dueField: 'answer-by', whoField: 'owner' },
    }),
    branch({
      id: 'promise',
      key: 'P',
      title: 'Promise',
      outcome: 'promised',
      fields: [{ id: 'pay-on', label: 'Pay by', type: 'date', allow: 'future' }],
      action: { what: 'See the payment arrived', dueField: 'pay-on' },
    }),
    branch({
      id: 'wrong',
      key: 'W',
      title: 'Wrong person',
      outcome: 'wrong-contact',
      fields: [
        { id: 'right-contact', label: 'Right contact', type: 'text' },
        { id: 'reach-at', label: 'Phone or e-mail', type: 'text' },
      ],
      action: { what: 'Call the right person' },
    }),
  ],
  outcomes: [
    { id: 'promised', label: 'Promised', kind: 'action' },
    { id: 'disputed', label: 'Disputed', kind: 'action' },
    { id: 'no-answer', label: 'Nobody there', kind: 'follow-up', key: 'N' },
    { id: 'voicemail', label: 'Left a message', kind: 'follow-up', key: 'V' },
    { id: 'wrong-contact', label: 'Wrong person', kind: 'follow-up', key: 'X' },
  ],
});

type SetUp = (apply: (command: CallCommand) => Promise<void>) => Promise<unknown>;

interface RenderOptions {
  readonly playbook?: Playbook;
  readonly setUp?: SetUp;
  /** The caller's today, as the call view passes it. Default: the faked today. */
  readonly today?: string;
}

/**
 * Starts a call in main on `playbook`, runs `setUp` there, then renders the wrap-up for it the
 * way the call view does, once the window's call store holds the call.
 */
async function renderWrapUp(options: RenderOptions = {}) {
  const playbook = options.playbook ?? defaultArPlaybook;
  const testApi = createTestApi(playbook === defaultArPlaybook ? {} : { playbooks: [playbook] });
  const started = await testApi.api.calls.start(startInput({ playbookId: playbook.id }));
  if (!started.ok) throw new Error(started.error.message);
  const callId = started.value.id;
  await options.setUp?.(async (command) => {
    const applied = await testApi.api.calls.apply(callId, command);
    if (!applied.ok) throw new Error(applied.error.message);
  });
  const call = testApi.control.storedCall(callId)!;
  let backs = 0;
  const user = userEvent.setup();
  const view = renderWithStores(
    <WrapUpForm
      call={call}
      playbook={playbook}
      today={options.today ?? localDate(Date.now())}
      onBack={() => (backs += 1)}
    />,
    testApi,
  );
  await waitFor(() => expect(view.stores.call.getState().call?.id).toBe(callId));
  const form = screen.getByRole('region', { name: 'Wrap up' });
  return { ...view, user, form, call, testApi, backs: () => backs };
}

const outcome = (form: HTMLElement) => within(form).getByRole('combobox', { name: /^Outcome/ });
const nextAction = (form: HTMLElement) =>
  within(form).getByRole('textbox', { name: /^Next action/ });
const endButton = (form: HTMLElement) => within(form).getByRole('button', { name: 'End call' });
const endRequests = (testApi: TestApi) =>
  testApi.control.requestsTo('calls:apply').filter(([, command]) => command.type === 'end');
const storedClosing = (testApi: TestApi, call: Call) =>
  testApi.control.storedCall(call.id)?.closing;

const answerBy = isoDaysFromToday(2);
const payOn = isoDaysFromToday(4);

/** A dispute on part of the invoice, with Sam on it, and a promise to pay the rest. */
const partialDispute: SetUp = async (apply) => {
  await apply({ type: 'open-branch', branchId: 'dispute' });
  await apply({ type: 'set-field', sectionId: 'dispute', fieldId: 'owner', value: 'Sam' });
  await apply({ type: 'set-field', sectionId: 'dispute', fieldId: 'answer-by', value: answerBy });
  await apply({ type: 'open-branch', branchId: 'promise' });
  await apply({ type: 'set-field', sectionId: 'promise', fieldId: 'pay-on', value: payOn });
};

const followUpList = (form: HTMLElement) => within(form).getByRole('list', { name: 'Follow-ups' });
/** A stored date as a date field shows it when not being typed in (en-US here). */
const shown = (isoDate: string) => formatDateEntry(isoDate, 'en-US');

const followUpDate = (form: HTMLElement, what: string) =>
  within(followUpList(form)).getByLabelText(new RegExp(`^${what} — `));

describe('WrapUpForm', () => {
  it('puts focus on Outcome when it opens', async () => {
    const { form } = await renderWrapUp();

    expect(within(form).getByRole('heading', { name: 'Wrap up' })).toBeVisible();
    expect(outcome(form)).toHaveFocus();
  });

  it('goes back to the call when Back to the call is pressed', async () => {
    const { user, form, backs, testApi } = await renderWrapUp();

    await user.click(within(form).getByRole('button', { name: 'Back to the call' }));

    expect(backs()).toBe(1);
    expect(endRequests(testApi)).toEqual([]);
  });

  it('goes back to the call when Escape is pressed', async () => {
    const { user, backs } = await renderWrapUp();

    await user.keyboard('{Escape}');

    expect(backs()).toBe(1);
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
    const { form } = await renderWrapUp({
      setUp: async (apply) => {
        await apply({ type: 'open-branch', branchId: 'promise-to-pay' });
        await apply({ type: 'open-branch', branchId: 'dispute' });
        await apply({
          type: 'set-field',
          sectionId: 'dispute',
          fieldId: 'answer-by',
          value: answerBy,
        });
      },
    });

    expect(outcome(form)).toHaveDisplayValue('Dispute');
    expect(nextAction(form)).toHaveValue(
      defaultArPlaybook.branches.find((b) => b.id === 'dispute')?.action?.what,
    );
    expect(within(form).getByLabelText('Due')).toHaveValue(shown(answerBy));
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
      expect(storedClosing(testApi, call)).toEqual({
        outcomeId: 'callback-requested',
        outcomeLabel: 'Callback requested',
        action: { what: 'Call back after their AP meeting', dueOn: due },
        followUps: [],
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
      expect(storedClosing(testApi, call)).toEqual({
        outcomeId: 'refused',
        outcomeLabel: 'Refused',
        action: null,
        followUps: [],
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
    expect(within(form).queryByText(/No next action is set/)).not.toBeInTheDocument();
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
      expect(storedClosing(testApi, call)).toEqual({
        outcomeId: 'no-answer',
        outcomeLabel: 'No answer',
        action: { what: 'Call again', dueOn: tomorrow },
        followUps: [],
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
    const { user, form, testApi, call } = await renderWrapUp({
      setUp: (apply) =>
        apply({
          type: 'set-field',
          sectionId: 'check-in-mail',
          fieldId: 'check-number',
          value: '12A',
        }),
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

  describe('follow-ups', () => {
    it('lists each commitment of a partial dispute with what, who and when', async () => {
      const { form } = await renderWrapUp({ playbook: followUpPlaybook, setUp: partialDispute });

      const items = within(followUpList(form)).getAllByRole('listitem');
      expect(items.map((item) => item.querySelector('label')?.textContent)).toEqual([
        'Answer the dispute — Sam',
        'See the payment arrived — You',
      ]);
      expect(followUpDate(form, 'Answer the dispute')).toHaveValue(shown(answerBy));
      expect(followUpDate(form, 'See the payment arrived')).toHaveValue(shown(payOn));
      // The headline stays the latest situation's, as before.
      expect(nextAction(form)).toHaveValue('See the payment arrived');
      expect(within(form).getByLabelText('Due')).toHaveValue(shown(payOn));
    });

    it('keeps both dates of a partial dispute when the call ends', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });

      await user.click(endButton(form));

      await waitFor(() =>
        expect(storedClosing(testApi, call)).toEqual({
          outcomeId: 'promised',
          outcomeLabel: 'Promised',
          action: { what: 'See the payment arrived', dueOn: payOn },
          followUps: [
            { sectionId: 'dispute', what: 'Answer the dispute', who: 'Sam', dueOn: answerBy },
            { sectionId: 'promise', what: 'See the payment arrived', who: 'You', dueOn: payOn },
          ],
        }),
      );
    });

    it('lists nothing when the call left no follow-up', async () => {
      const { form } = await renderWrapUp({ playbook: followUpPlaybook });

      expect(within(form).queryByRole('list', { name: 'Follow-ups' })).not.toBeInTheDocument();
      expect(within(form).queryByRole('group', { name: 'Follow-ups' })).not.toBeInTheDocument();
    });

    it('changes a follow-up’s date from the keyboard', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });
      const later = isoDaysFromToday(7);
      const date = followUpDate(form, 'Answer the dispute');
      date.focus();

      await user.clear(date);
      await user.type(date, later);
      await user.click(endButton(form));

      await waitFor(() =>
        expect(storedClosing(testApi, call)?.followUps.map((followUp) => followUp.dueOn)).toEqual([
          later,
          payOn,
        ]),
      );
    });

    it('removes a follow-up from the keyboard and moves on to the next one', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });
      followUpDate(form, 'Answer the dispute').focus();

      await user.tab();
      expect(
        within(form).getByRole('button', { name: 'Remove the follow-up “Answer the dispute”' }),
      ).toHaveFocus();
      await user.keyboard('{Enter}');

      expect(within(followUpList(form)).getAllByRole('listitem')).toHaveLength(1);
      expect(followUpDate(form, 'See the payment arrived')).toHaveFocus();
      await user.click(endButton(form));
      await waitFor(() =>
        expect(storedClosing(testApi, call)?.followUps.map((f) => f.sectionId)).toEqual([
          'promise',
        ]),
      );
    });

    it('takes the keyboard to Next action once the last follow-up is removed', async () => {
      const { user, form } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: async (apply) => {
          await apply({ type: 'open-branch', branchId: 'promise' });
          await apply({ type: 'set-field', sectionId: 'promise', fieldId: 'pay-on', value: payOn });
        },
      });
      within(form)
        .getByRole('button', { name: /^Remove the follow-up/ })
        .focus();

      await user.keyboard(' ');

      expect(within(form).queryByRole('list', { name: 'Follow-ups' })).not.toBeInTheDocument();
      expect(nextAction(form)).toHaveFocus();
    });

    it('refuses a follow-up whose date was cleared, and points at it', async () => {
      const { user, form, testApi } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });
      await user.clear(followUpDate(form, 'Answer the dispute'));

      await user.click(endButton(form));

      const date = followUpDate(form, 'Answer the dispute');
      expect(date).toHaveAttribute('aria-invalid', 'true');
      expect(date).toHaveAccessibleDescription('Choose a date, or remove this follow-up.');
      expect(date).toHaveFocus();
      expect(endRequests(testApi)).toEqual([]);
    });

    it('drops the message about a follow-up once its date is changed', async () => {
      const { user, form } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });
      await user.clear(followUpDate(form, 'Answer the dispute'));
      await user.click(endButton(form));

      await user.type(followUpDate(form, 'Answer the dispute'), answerBy);

      expect(followUpDate(form, 'Answer the dispute')).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('ending at once when nobody was reached', () => {
    const quickGroup = (form: HTMLElement) =>
      within(form).getByRole('group', { name: /^Nobody reached\? End now/ });

    it('offers each one-key ending with its shortcut', async () => {
      const { form } = await renderWrapUp({ playbook: followUpPlaybook });

      const buttons = within(quickGroup(form)).getAllByRole('button');
      expect(buttons.map((button) => button.textContent)).toEqual([
        'Nobody there N',
        'Left a message V',
        'Wrong person X',
      ]);
      expect(buttons.map((button) => button.getAttribute('aria-keyshortcuts'))).toEqual([
        'Alt+Shift+N',
        'Alt+Shift+V',
        'Alt+Shift+X',
      ]);
      expect(within(buttons[0]!).getByText('N', { selector: 'kbd' })).toBeInTheDocument();
    });

    it('ends at once to try again the next business day, keeping every follow-up', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: partialDispute,
      });

      await user.click(within(quickGroup(form)).getByRole('button', { name: /^Left a message/ }));

      await waitFor(() =>
        expect(storedClosing(testApi, call)).toEqual({
          outcomeId: 'voicemail',
          outcomeLabel: 'Left a message',
          // The tests' today is Monday 23 November 2026.
          action: { what: 'Call again', dueOn: '2026-11-24' },
          followUps: [
            { sectionId: 'dispute', what: 'Answer the dispute', who: 'Sam', dueOn: answerBy },
            { sectionId: 'promise', what: 'See the payment arrived', who: 'You', dueOn: payOn },
          ],
        }),
      );
      expect(endRequests(testApi)).toHaveLength(1);
    });

    it('tries again on Monday when the call ends on a Friday', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        today: '2026-11-27',
      });

      await user.click(within(quickGroup(form)).getByRole('button', { name: /^Nobody there/ }));

      await waitFor(() =>
        expect(storedClosing(testApi, call)?.action).toEqual({
          what: 'Call again',
          dueOn: '2026-11-30',
        }),
      );
    });

    it('says whom to call after reaching the wrong person', async () => {
      const { user, form, testApi, call } = await renderWrapUp({
        playbook: followUpPlaybook,
        setUp: async (apply) => {
          await apply({ type: 'open-branch', branchId: 'wrong' });
          await apply({
            type: 'set-field',
            sectionId: 'wrong',
            fieldId: 'right-contact',
            value: 'Dana Reyes',
          });
          await apply({
            type: 'set-field',
            sectionId: 'wrong',
            fieldId: 'reach-at',
            value: '555-0142',
          });
        },
      });

      await user.click(within(quickGroup(form)).getByRole('button', { name: /^Wrong person/ }));

      await waitFor(() =>
        expect(storedClosing(testApi, call)?.action?.what).toBe('Call Dana Reyes at 555-0142'),
      );
    });

    it('offers no one-key ending when the playbook gives no outcome a key', async () => {
      const playbook = buildPlaybook({ id: 'no-keys', version: 1 });
      const { form } = await renderWrapUp({ playbook });

      expect(within(form).queryByRole('group', { name: /Nobody reached/ })).not.toBeInTheDocument();
    });
  });
});

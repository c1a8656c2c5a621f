import { act, screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import {
  EXPERT,
  coachCard,
  openSituation,
  renderCall,
  renderSeededCall,
  stepStrip,
} from './render-call';

const steps = defaultArPlaybook.steps;
const [prepare, acknowledge, empathize, recognition, probe, leaveAction, followUp] = steps;
const checkInMail = defaultArPlaybook.branches.find((branch) => branch.id === 'check-in-mail')!;

/** Every step before `stepId`, checked, so that it is the card's step. */
const doneBefore = (stepId: string) =>
  Object.fromEntries(
    steps
      .slice(
        0,
        steps.findIndex((step) => step.id === stepId),
      )
      .map((step, index) => [step.id, (index + 1) * 10_000]),
  );

const ALL_DONE = Object.fromEntries(steps.map((step, index) => [step.id, (index + 1) * 10_000]));

/** What the card offers to say, one entry per phrase shown on it (not the folded ones). */
const saidOn = (card: HTMLElement) =>
  within(card)
    .queryAllByText(/^“.+”$/, { selector: 'p' })
    .map((phrase) => phrase.textContent);

const moreToSay = (card: HTMLElement) =>
  within(within(card).getByRole('list', { name: 'More to say' }))
    .getAllByRole('listitem')
    .map((item) => item.textContent);

/** Everything the card and its folded extras say, phrases included. */
const allSaid = (card: HTMLElement) => card.textContent ?? '';

/** Unfolds the card's "more" part (phrases, questions, reminders). */
async function unfoldMore(user: UserEvent, card: HTMLElement) {
  const summary = card.querySelector('details > summary');
  if (!(summary instanceof HTMLElement)) throw new Error('The card has nothing folded.');
  await user.click(summary);
}

// Each test starts main's real core, which is slow on a busy machine.
describe('CoachCard', { timeout: 60_000 }, () => {
  it('names itself by the current step and says where the call is', async () => {
    await renderSeededCall();

    const card = coachCard(prepare!.title);

    expect(card).toHaveTextContent(`Step 1 of ${steps.length}`);
    expect(within(card).getByRole('heading', { name: prepare!.title })).toBeInTheDocument();
    expect(card).toHaveTextContent(prepare!.prompt);
  });

  it('shows the step’s prompt and no other step’s', async () => {
    await renderSeededCall();

    const card = coachCard(prepare!.title);

    for (const other of steps.slice(1)) expect(card).not.toHaveTextContent(other.prompt);
  });

  it('checks the step and moves on when Done, next is pressed', async () => {
    const { user, testApi, call } = await renderSeededCall();

    await user.click(
      within(coachCard(prepare!.title)).getByRole('button', { name: /^Done, next/ }),
    );

    expect(await screen.findByRole('article', { name: acknowledge!.title })).toHaveTextContent(
      `Step 2 of ${steps.length}`,
    );
    expect(within(stepStrip()).getByRole('checkbox', { name: prepare!.title })).toBeChecked();
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.steps[0]?.checkedAt).not.toBeNull(),
    );
  });

  it('offers to wrap up once every step is done', async () => {
    const { user } = await renderSeededCall({ checkedSteps: ALL_DONE });
    const card = coachCard('All steps done');

    await user.click(within(card).getByRole('button', { name: /^Wrap up/ }));

    expect(await screen.findByRole('region', { name: 'Wrap up' })).toBeInTheDocument();
  });

  describe('for a trainee', () => {
    it('shows one phrase, filled with the call’s contact, invoice and amount', async () => {
      await renderCall(
        { contact: 'Dana Reyes', invoice: 'INV-42', amountDueCents: 125_000 },
        {},
        (testApi, call) =>
          testApi.api.calls.apply(call.id, { type: 'check-step', stepId: 'prepare' }),
      );

      const card = coachCard(acknowledge!.title);

      expect(saidOn(card)).toEqual([
        'You could say: “Thanks for taking my call, Dana Reyes. I am calling about invoice INV-42 for $1,250.00.”',
      ]);
    });

    it('drops the part of a phrase whose value the call does not have', async () => {
      await renderCall({ contact: '', invoice: 'INV-42' }, {}, (testApi, call) =>
        testApi.api.calls.apply(call.id, { type: 'check-step', stepId: 'prepare' }),
      );

      expect(saidOn(coachCard(acknowledge!.title))).toEqual([
        'You could say: “Thanks for taking my call. I am calling about invoice INV-42 for $1,250.00.”',
      ]);
    });

    it('folds the step’s other phrases away under More to say', async () => {
      const { user } = await renderCall({}, {}, (testApi, call) =>
        testApi.api.calls.apply(call.id, { type: 'check-step', stepId: 'prepare' }),
      );
      const card = coachCard(acknowledge!.title);
      const more = within(card).getByRole('list', { name: 'More to say' });
      expect(more).not.toBeVisible();

      await unfoldMore(user, card);

      expect(more).toBeVisible();
      expect(moreToSay(card)).toContain(
        '“Take your time. I want to be sure I understand what happened.”',
      );
      // The phrase on the card is not said twice.
      expect(moreToSay(card).join(' ')).not.toContain('Thanks for taking my call');
    });

    it('never offers the phrase about paying on time, which no call can vouch for yet', async () => {
      await renderSeededCall({ checkedSteps: doneBefore('recognition') });

      const card = coachCard(recognition!.title);

      expect(allSaid(card)).not.toMatch(/on time/);
    });

    it('thanks them for their years of business only when the call says since when', async () => {
      await renderCall({ customerSince: '2014' }, {}, async (testApi, call) => {
        for (const step of [prepare, acknowledge, empathize]) {
          await testApi.api.calls.apply(call.id, { type: 'check-step', stepId: step!.id });
        }
      });

      // The call's account learned the year from the call; its own sentence says it once.
      await waitFor(
        () =>
          expect(saidOn(coachCard(recognition!.title))).toEqual([
            "You could say: “You've been doing business with us since 2014. Thank you for sticking with us all this time.”",
          ]),
        // The account comes from main's read worker, slow to answer first on a busy machine.
        { timeout: 10_000 },
      );
    });

    it('thanks them for the call instead when the call does not say since when', async () => {
      await renderCall({ customerSince: '', contact: 'Dana Reyes' }, {}, async (testApi, call) => {
        for (const step of [prepare, acknowledge, empathize]) {
          await testApi.api.calls.apply(call.id, { type: 'check-step', stepId: step!.id });
        }
      });
      const card = coachCard(recognition!.title);

      expect(saidOn(card)).toEqual([
        'You could say: “Thank you for picking up and sorting this out with me, Dana Reyes.”',
      ]);
      expect(allSaid(card)).not.toMatch(/been with us/);
    });

    it('shows why the step matters, unfolded', async () => {
      await renderSeededCall();
      const card = coachCard(prepare!.title);

      const why = within(card).getByRole('button', { name: 'Why it matters' });

      expect(why).toHaveAttribute('aria-expanded', 'true');
      expect(within(card).getByText(prepare!.why)).toBeVisible();
    });

    it('reminds of the step’s don’ts, with why, folded and without alerting', async () => {
      const { user } = await renderSeededCall();
      const card = coachCard(prepare!.title);

      await unfoldMore(user, card);

      expect(within(card).getByRole('heading', { name: 'Keep in mind' })).toBeVisible();
      expect(card).toHaveTextContent('Do not assume; ask and verify.');
      expect(card).toHaveTextContent(
        defaultArPlaybook.donts.find((dont) => dont.id === 'assuming')!.why,
      );
      expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    });

    it('stores a ticked question as asked in main', async () => {
      const { user, testApi, call } = await renderSeededCall();
      const card = coachCard(prepare!.title);
      await unfoldMore(user, card);

      await user.click(within(card).getByRole('checkbox', { name: prepare!.questions[1] }));

      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.questionsAsked).toEqual(['prepare#1']),
      );
    });

    it('shows a question asked earlier in the call as ticked', async () => {
      await renderSeededCall({ questionsAsked: ['prepare#2'] });
      const questions = within(coachCard(prepare!.title)).getByRole('group', { name: 'Ask' });

      expect(
        within(questions).getByRole('checkbox', { name: prepare!.questions[2] }),
      ).toBeChecked();
      expect(
        within(questions).getByRole('checkbox', { name: prepare!.questions[0] }),
      ).not.toBeChecked();
    });

    it('never shows a raw {token}, in any step or situation, when the call has few details', async () => {
      const { user } = await renderCall({
        contact: '',
        invoice: '',
        amountDueCents: null,
        customerSince: '',
        dueOn: null,
      });

      for (const step of steps) {
        const card = await screen.findByRole('article', { name: step.title });
        expect(card.textContent).not.toMatch(/[{}]/);
        await user.click(within(card).getByRole('button', { name: /^Done, next/ }));
      }
      for (const branch of defaultArPlaybook.branches) {
        expect((await openSituation(user, branch.title)).textContent).not.toMatch(/[{}]/);
      }
      // Walks every step and situation: slow in jsdom, quick in a browser.
    }, 30_000);
  });

  describe('for an expert', () => {
    it('shows the step’s title and prompt, and no coaching', async () => {
      await renderSeededCall({ checkedSteps: { prepare: 1 } }, EXPERT);
      const card = coachCard(acknowledge!.title);

      expect(card).toHaveTextContent(acknowledge!.prompt);
      expect(saidOn(card)).toEqual([]);
      expect(card).not.toHaveTextContent(acknowledge!.why);
      expect(within(card).queryByRole('button', { name: 'Why it matters' })).toBeNull();
      expect(within(card).queryByRole('list', { name: 'More to say' })).toBeNull();
      expect(within(card).queryByRole('group', { name: 'Ask' })).toBeNull();
      expect(within(card).queryByRole('checkbox')).toBeNull();
    });

    it('drops the coaching as soon as the setting changes mid-call', async () => {
      const { stores } = await renderSeededCall();
      expect(coachCard(prepare!.title)).toHaveTextContent(prepare!.why);

      await act(() => stores.settings.getState().actions.update({ coachingMode: 'expert' }));

      expect(coachCard(prepare!.title)).not.toHaveTextContent(prepare!.why);
    });
  });

  describe('a step with a form', () => {
    it('shows the follow-up step’s form on the card, named by the step', async () => {
      await renderSeededCall({ checkedSteps: doneBefore('follow-up') }, EXPERT);
      const card = coachCard(followUp!.title);

      const form = within(card).getByRole('group', { name: followUp!.title });

      expect(within(form).getByRole('textbox', { name: 'Recap goes to' })).toBeInTheDocument();
    });

    it('stores what is typed into the step’s form in main', async () => {
      const { user, testApi, call } = await renderSeededCall({
        checkedSteps: doneBefore('follow-up'),
      });

      await user.type(
        within(coachCard(followUp!.title)).getByRole('textbox', { name: 'Recap goes to' }),
        'ap@acme.example',
      );

      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.captures['follow-up']).toEqual({
          'recap-to': 'ap@acme.example',
        }),
      );
    });

    it('shows no form on a step that has no fields', async () => {
      await renderSeededCall({ checkedSteps: doneBefore('leave-action') }, EXPERT);

      expect(within(coachCard(leaveAction!.title)).queryByRole('textbox')).toBeNull();
    });
  });

  describe('the probe step', () => {
    it('offers to open “Check in the mail”, with its key', async () => {
      await renderSeededCall({ checkedSteps: doneBefore('probe-mail') }, EXPERT);

      const open = within(coachCard(probe!.title)).getByRole('button', {
        name: 'Open “Check in the mail” M',
      });

      expect(open).toHaveAttribute('aria-keyshortcuts', 'Alt+Shift+M M');
    });

    it('opens the situation in the card’s place, in its first field, when the button is pressed', async () => {
      const { user, testApi, call } = await renderSeededCall({
        checkedSteps: doneBefore('probe-mail'),
      });

      await user.click(
        within(coachCard(probe!.title)).getByRole('button', { name: /^Open “Check in the mail”/ }),
      );

      const form = await screen.findByRole('region', { name: checkInMail.title });
      await waitFor(() => expect(within(form).getByLabelText('Mailed on')).toHaveFocus());
      expect(screen.queryByRole('article', { name: probe!.title })).toBeNull();
      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.branches.map((b) => b.branchId)).toEqual([
          'check-in-mail',
        ]),
      );
    });

    it('opens it with the M key alone while focus is on the card', async () => {
      const { user } = await renderSeededCall({ checkedSteps: doneBefore('probe-mail') });
      within(coachCard(probe!.title))
        .getByRole('button', { name: /^Done, next/ })
        .focus();

      await user.keyboard('m');

      const form = await screen.findByRole('region', { name: checkInMail.title });
      await waitFor(() => expect(within(form).getByLabelText('Mailed on')).toHaveFocus());
    });

    it('offers no situation on a step that leads to none', async () => {
      await renderSeededCall({ checkedSteps: doneBefore('leave-action') });

      expect(
        within(coachCard(leaveAction!.title)).queryByRole('button', { name: /^Open/ }),
      ).toBeNull();
    });
  });
});

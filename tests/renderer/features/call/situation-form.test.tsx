import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import {
  EXPERT,
  coachCard,
  isoDaysFromToday,
  openSituation,
  renderCall,
  situationButton,
  stepStrip,
  typedDaysFromToday,
} from './render-call';

const [prepare] = defaultArPlaybook.steps;
const checkInMail = defaultArPlaybook.branches.find((branch) => branch.id === 'check-in-mail')!;

const form = (title: string) => screen.getByRole('region', { name: title });
const notes = () => screen.getByRole('textbox', { name: 'Notes' });

/** The titles of the situations whose forms show. */
const shownForms = () =>
  defaultArPlaybook.branches
    .filter((branch) => screen.queryByRole('region', { name: branch.title }) !== null)
    .map((branch) => branch.title);
const openRequests = (requests: readonly (readonly [string, { type: string }])[]) =>
  requests.filter(([, command]) => command.type === 'open-branch');

/** What the situation offers to say, as shown above its form. */
const saidIn = (section: HTMLElement) =>
  within(section)
    .queryAllByText(/^“.+”$/, { selector: 'p' })
    .map((phrase) => phrase.textContent);

// Each test starts main's real core, which is slow on a busy machine.
describe('SituationForm', { timeout: 60_000 }, () => {
  describe('opening', () => {
    it('opens from its toolbar button in the card’s place, focus in its first field', async () => {
      const { user, testApi, call } = await renderCall();

      const section = await openSituation(user, 'Promise to pay');

      expect(within(section).getByRole('textbox', { name: /^Amount/ })).toHaveFocus();
      expect(screen.queryByRole('article', { name: prepare!.title })).toBeNull();
      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.branches.map((b) => b.branchId)).toEqual([
          'promise-to-pay',
        ]),
      );
    });

    it('opens with Alt+Shift and its letter, focus in its first field', async () => {
      const { user } = await renderCall();

      await user.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');

      const section = await screen.findByRole('region', { name: 'Check in the mail' });
      await waitFor(() => expect(within(section).getByLabelText('Mailed on')).toHaveFocus());
    });

    it('opens with Alt+Shift and its letter while the caller types in the notes, notes untouched', async () => {
      const { user } = await renderCall();
      await user.type(notes(), 'Says it was paid');

      await user.keyboard('{Alt>}{Shift>}A{/Shift}{/Alt}');

      const section = await screen.findByRole('region', { name: 'Already paid' });
      await waitFor(() => expect(within(section).getByLabelText('Paid on')).toHaveFocus());
      expect(notes()).toHaveValue('Says it was paid');
    });

    it('opens with its letter alone when focus is outside a text field', async () => {
      const { user } = await renderCall();
      within(stepStrip()).getByRole('checkbox', { name: prepare!.title }).focus();

      await user.keyboard('d');

      const section = await screen.findByRole('region', { name: 'Dispute' });
      await waitFor(() => expect(within(section).getByLabelText(/^Reason/)).toHaveFocus());
    });

    it('types the letter into the notes, and opens nothing, while the caller types there', async () => {
      const { user, testApi } = await renderCall();

      await user.type(notes(), 'Mad about the dispute; paid half');

      expect(notes()).toHaveValue('Mad about the dispute; paid half');
      expect(notes()).toHaveFocus();
      expect(shownForms()).toEqual([]);
      expect(openRequests(testApi.control.requestsTo('calls:apply'))).toEqual([]);
    });

    it('goes to an open situation without opening it again when its key is pressed again', async () => {
      const { user, testApi } = await renderCall();
      await openSituation(user, 'Check in the mail');
      await user.click(notes());

      await user.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');

      await waitFor(() =>
        expect(within(form('Check in the mail')).getByLabelText('Mailed on')).toHaveFocus(),
      );
      expect(openRequests(testApi.control.requestsTo('calls:apply'))).toHaveLength(1);
    });

    it('names its form by the situation, so two Amount fields stay distinct', async () => {
      const { user } = await renderCall({}, EXPERT);

      const mail = await openSituation(user, 'Check in the mail');
      const mailAmount = within(mail).getByRole('textbox', { name: 'Amount' });
      expect(within(mail).getByRole('group', { name: 'Check in the mail' })).toContainElement(
        mailAmount,
      );
      const promise = await openSituation(user, 'Promise to pay');
      const promiseAmount = within(promise).getByRole('textbox', { name: 'Amount' });

      expect(within(promise).getByRole('group', { name: 'Promise to pay' })).toContainElement(
        promiseAmount,
      );
      expect(promiseAmount.id).not.toBe(mailAmount.id);
    });
  });

  describe('putting it aside', () => {
    it('goes back to the coach card on Escape, focus on the situation’s button, still open', async () => {
      const { user } = await renderCall({}, EXPERT);
      const section = await openSituation(user, 'Check in the mail');
      await user.type(within(section).getByRole('textbox', { name: 'Check number' }), '4411');

      await user.keyboard('{Escape}');

      expect(screen.queryByRole('region', { name: 'Check in the mail' })).toBeNull();
      expect(coachCard(prepare!.title)).toBeInTheDocument();
      expect(situationButton('Check in the mail')).toHaveFocus();
      expect(situationButton('Check in the mail')).toHaveAttribute('aria-pressed', 'true');
    });

    it('shows what was typed again when the situation is opened after Escape', async () => {
      const { user } = await renderCall({}, EXPERT);
      const section = await openSituation(user, 'Check in the mail');
      await user.type(within(section).getByRole('textbox', { name: 'Check number' }), '4411');
      await user.keyboard('{Escape}');

      // Focus is on its button: Enter opens it again.
      await user.keyboard('{Enter}');

      const again = await screen.findByRole('region', { name: 'Check in the mail' });
      expect(within(again).getByRole('textbox', { name: 'Check number' })).toHaveValue('4411');
    });

    it('goes back to the card with Back, the same as Escape', async () => {
      const { user } = await renderCall();
      const section = await openSituation(user, 'Dispute');

      await user.click(within(section).getByRole('button', { name: 'Back to the step' }));

      expect(screen.queryByRole('region', { name: 'Dispute' })).toBeNull();
      expect(coachCard(prepare!.title)).toBeInTheDocument();
      expect(situationButton('Dispute')).toHaveFocus();
      expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'true');
    });

    it('labels Back visibly as Back', async () => {
      const { user } = await renderCall();
      const section = await openSituation(user, 'Dispute');

      expect(within(section).getByRole('button', { name: 'Back to the step' })).toHaveTextContent(
        /^Back$/,
      );
    });
  });

  describe('closing', () => {
    it('says on its Close button that closing keeps what was written down', async () => {
      const { user } = await renderCall();

      const section = await openSituation(user, 'Dispute');

      expect(
        within(section).getByRole('button', { name: 'Close Dispute' }),
      ).toHaveAccessibleDescription('What you wrote down is kept; open it again to see it.');
    });

    it('closes the situation, back to the card, focus and unpressed on its button', async () => {
      const { user, testApi, call } = await renderCall();
      const section = await openSituation(user, 'Dispute');

      await user.click(within(section).getByRole('button', { name: 'Close Dispute' }));

      expect(screen.queryByRole('region', { name: 'Dispute' })).toBeNull();
      expect(coachCard(prepare!.title)).toBeInTheDocument();
      expect(situationButton('Dispute')).toHaveFocus();
      await waitFor(() =>
        expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'false'),
      );
      await waitFor(() => expect(testApi.control.storedCall(call.id)?.branches).toEqual([]));
    });

    it('keeps what was written in a situation when it is closed and opened again', async () => {
      const { user, testApi, call } = await renderCall({}, EXPERT);
      const section = await openSituation(user, 'Dispute');
      await user.type(within(section).getByRole('textbox', { name: 'Owner' }), 'Priya in billing');

      await user.click(within(section).getByRole('button', { name: 'Close Dispute' }));
      await waitFor(() =>
        expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'false'),
      );
      const reopened = await openSituation(user, 'Dispute');

      expect(within(reopened).getByRole('textbox', { name: 'Owner' })).toHaveValue(
        'Priya in billing',
      );
      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.captures.dispute).toEqual({
          owner: 'Priya in billing',
        }),
      );
    });
  });

  describe('coaching', () => {
    it('shows a trainee why it matters, one phrase, and folded: more phrases, questions, reminders', async () => {
      const { user } = await renderCall();

      const section = await openSituation(user, checkInMail.title);

      expect(within(section).getByRole('button', { name: 'Why it matters' })).toBeVisible();
      expect(section).toHaveTextContent(checkInMail.why);
      expect(saidIn(section)).toEqual([
        'You could say: “Great, let me note the details so I can match it the moment it lands.”',
      ]);
      await user.click(section.querySelector('details > summary')!);
      expect(within(section).getByRole('list', { name: 'More to say' })).toBeVisible();
      expect(
        within(within(section).getByRole('group', { name: 'Ask' })).getAllByRole('checkbox'),
      ).toHaveLength(checkInMail.questions.length);
      expect(section).toHaveTextContent(
        'Do not accept "the check is in the mail" without details.',
      );
    });

    it('stores a ticked situation question as asked in main', async () => {
      const { user, testApi, call } = await renderCall();
      const section = await openSituation(user, checkInMail.title);
      await user.click(section.querySelector('details > summary')!);

      await user.click(within(section).getByRole('checkbox', { name: checkInMail.questions[0] }));

      await waitFor(() =>
        expect(testApi.control.storedCall(call.id)?.questionsAsked).toEqual(['check-in-mail#0']),
      );
    });

    it('shows an expert the situation’s title, prompt and form but no coaching', async () => {
      const { user } = await renderCall({}, EXPERT);

      const section = await openSituation(user, checkInMail.title);

      expect(within(section).getByRole('heading', { name: checkInMail.title })).toBeVisible();
      expect(section).toHaveTextContent(checkInMail.prompt);
      expect(within(section).getByRole('textbox', { name: 'Check number' })).toBeInTheDocument();
      expect(section).not.toHaveTextContent(checkInMail.why);
      expect(saidIn(section)).toEqual([]);
      expect(within(section).queryByRole('group', { name: 'Ask' })).toBeNull();
      expect(within(section).queryByRole('heading', { name: 'Keep in mind' })).toBeNull();
    });
  });

  describe('the promise read-back', () => {
    const readBack = () => saidIn(form('Promise to pay'));

    it('asks to read back the amount and date before either is captured', async () => {
      const { user } = await renderCall({ amountDueCents: 125_000 });

      await openSituation(user, 'Promise to pay');

      expect(readBack()).toEqual([
        'You could say: “Let me read back the amount and the date, so we both have them the same.”',
      ]);
    });

    it('reads back the captured amount and date once both are valid, never the amount due', async () => {
      const { user } = await renderCall({ amountDueCents: 125_000 });
      const section = await openSituation(user, 'Promise to pay');

      await user.type(within(section).getByRole('textbox', { name: /^Amount/ }), '500');
      expect(readBack()).toEqual([
        'You could say: “So that is $500.00. By what date can I expect it?”',
      ]);
      await user.type(within(section).getByLabelText('Pay by'), typedDaysFromToday(3));

      expect(readBack()).toEqual([
        `You could say: “So that is $500.00 by ${formatIsoDate(isoDaysFromToday(3))}. Have I got that right?”`,
      ]);
      expect(section).not.toHaveTextContent('$1,250.00');
    });

    it('leaves out a date that has passed, which the form refuses', async () => {
      const { user } = await renderCall({ amountDueCents: 125_000 });
      const section = await openSituation(user, 'Promise to pay');

      await user.type(within(section).getByRole('textbox', { name: /^Amount/ }), '500');
      await user.type(within(section).getByLabelText('Pay by'), typedDaysFromToday(-3));

      expect(readBack()).toEqual([
        'You could say: “So that is $500.00. By what date can I expect it?”',
      ]);
    });

    it('leaves out an amount it cannot read, and asks for the amount', async () => {
      const { user } = await renderCall({ amountDueCents: 125_000 });
      const section = await openSituation(user, 'Promise to pay');

      await user.type(within(section).getByLabelText('Pay by'), typedDaysFromToday(3));
      await user.type(within(section).getByRole('textbox', { name: /^Amount/ }), '12.345');

      expect(readBack()).toEqual([
        `You could say: “So that is a payment by ${formatIsoDate(isoDaysFromToday(3))}. What amount should I expect?”`,
      ]);
      expect(section).not.toHaveTextContent('$1,250.00');
    });
  });
});

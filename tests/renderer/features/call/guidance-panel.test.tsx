import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { openSituation, renderCall } from './render-call';

const [prepare, acknowledge] = defaultArPlaybook.steps;
const checkInMail = defaultArPlaybook.branches.find((branch) => branch.id === 'check-in-mail')!;

const expert = { settings: { coachingMode: 'expert' as const } };

const steps = () => screen.getByRole('list', { name: 'Call steps' });
const currentStep = () => within(steps()).getByRole('listitem', { current: 'step' });

/** Checks Prepare so that Acknowledge, the first step with phrases, is current. */
async function moveToAcknowledge(user: Awaited<ReturnType<typeof renderCall>>['user']) {
  await user.click(within(steps()).getByRole('checkbox', { name: prepare!.title }));
  await waitFor(() => expect(currentStep()).toHaveTextContent(acknowledge!.prompt));
}

describe('GuidancePanel', () => {
  it('shows why the current step matters when coaching a trainee', async () => {
    await renderCall();

    expect(within(currentStep()).getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    expect(currentStep()).toHaveTextContent(prepare!.why);
  });

  it('fills a phrase with the call’s contact, invoice and amount for a trainee', async () => {
    const { user } = await renderCall({ contact: 'Dana Reyes', invoice: 'INV-42' });

    await moveToAcknowledge(user);

    expect(currentStep()).toHaveTextContent(
      'Thanks for taking my call, Dana Reyes. I am calling about invoice INV-42 for $1,250.00.',
    );
  });

  it('drops the part of a phrase whose value the call does not have', async () => {
    const { user } = await renderCall({ contact: '', invoice: 'INV-42' });

    await moveToAcknowledge(user);

    expect(currentStep()).toHaveTextContent(
      'Thanks for taking my call. I am calling about invoice INV-42 for $1,250.00.',
    );
  });

  it('never shows a raw {token}, in any step or situation, when the call has few details', async () => {
    const { user } = await renderCall({
      contact: '',
      invoice: '',
      amountDueCents: null,
      customerSince: '',
      dueOn: null,
    });

    for (const step of defaultArPlaybook.steps) {
      await waitFor(() => expect(currentStep()).toHaveTextContent(step.prompt));
      expect(currentStep().textContent).not.toMatch(/[{}]/);
      await user.click(within(steps()).getByRole('checkbox', { name: step.title }));
    }
    for (const branch of defaultArPlaybook.branches) {
      expect((await openSituation(user, branch.title)).textContent).not.toMatch(/[{}]/);
    }
    // Walks every step and situation: slow in jsdom, quick in a browser.
  }, 15_000);

  it('stores a ticked question as asked in main', async () => {
    const { user, testApi, call } = await renderCall();

    await user.click(within(currentStep()).getByRole('checkbox', { name: prepare!.questions[1] }));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.questionsAsked).toEqual(['prepare#1']),
    );
  });

  it('shows a question asked earlier in the call as ticked', async () => {
    await renderCall({}, {}, (testApi, call) =>
      testApi.api.calls.apply(call.id, {
        type: 'set-question',
        sectionId: 'prepare',
        index: 2,
        isAsked: true,
      }),
    );

    expect(
      within(currentStep()).getByRole('checkbox', { name: prepare!.questions[2] }),
    ).toBeChecked();
    expect(
      within(currentStep()).getByRole('checkbox', { name: prepare!.questions[0] }),
    ).not.toBeChecked();
  });

  it('reminds a trainee of the step’s don’ts, with why, without alerting', async () => {
    await renderCall();

    const reminders = within(currentStep()).getByRole('heading', { name: 'Keep in mind' });
    expect(reminders).toBeVisible();
    expect(currentStep()).toHaveTextContent('Do not assume; ask and verify.');
    expect(currentStep()).toHaveTextContent(
      defaultArPlaybook.donts.find((dont) => dont.id === 'assuming')!.why,
    );
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows a situation’s why, phrases, questions and reminders to a trainee', async () => {
    const { user } = await renderCall();

    const section = await openSituation(user, checkInMail.title);

    expect(within(section).getByRole('heading', { name: 'Why it matters' })).toBeVisible();
    expect(within(section).getByRole('heading', { name: 'You could say' })).toBeVisible();
    expect(section).toHaveTextContent(checkInMail.why);
    expect(
      within(within(section).getByRole('group', { name: 'Ask' })).getAllByRole('checkbox'),
    ).toHaveLength(checkInMail.questions.length);
    expect(section).toHaveTextContent('Do not accept "the check is in the mail" without details.');
  });

  it('stores a ticked situation question as asked in main', async () => {
    const { user, testApi, call } = await renderCall();
    const section = await openSituation(user, checkInMail.title);

    await user.click(within(section).getByRole('checkbox', { name: 'What is the check number?' }));

    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.questionsAsked).toEqual(['check-in-mail#1']),
    );
  });

  it('shows an expert only the current step’s prompt', async () => {
    await renderCall({}, expert);

    expect(currentStep()).toHaveTextContent(prepare!.prompt);
    expect(currentStep()).not.toHaveTextContent(prepare!.why);
    expect(within(currentStep()).queryByRole('heading')).not.toBeInTheDocument();
    expect(within(currentStep()).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('shows an expert a situation’s title, prompt and form but no coaching', async () => {
    const { user } = await renderCall({}, expert);

    const section = await openSituation(user, checkInMail.title);

    expect(section).toHaveTextContent(checkInMail.prompt);
    expect(within(section).getByRole('textbox', { name: 'Check number' })).toBeInTheDocument();
    expect(section).not.toHaveTextContent(checkInMail.why);
    expect(within(section).queryByRole('heading', { name: 'You could say' })).toBeNull();
    expect(within(section).queryByRole('group', { name: 'Ask' })).toBeNull();
    expect(within(section).queryByRole('heading', { name: 'Keep in mind' })).toBeNull();
  });

  it('switches to expert coaching as soon as the setting changes', async () => {
    const { stores } = await renderCall();

    await act(() => stores.settings.getState().actions.update({ coachingMode: 'expert' }));

    expect(currentStep()).not.toHaveTextContent(prepare!.why);
  });
});

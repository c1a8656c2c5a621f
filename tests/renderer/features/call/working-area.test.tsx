import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { EXPERT, coachCard, openSituation, renderCall, situationButton } from './render-call';

const [prepare] = defaultArPlaybook.steps;

/** The regions inside the live call: a situation's form or the wrap-up, when one shows. */
const innerRegions = () =>
  within(screen.getByRole('region', { name: 'Acme Supplies' })).queryAllByRole('region');

const cards = () => screen.queryAllByRole('article');

describe('WorkingArea', { timeout: 60_000 }, () => {
  it('shows the current step’s coach card, and nothing else, when the call starts', async () => {
    await renderCall();

    expect(cards()).toEqual([coachCard(prepare!.title)]);
    expect(innerRegions()).toEqual([]);
  });

  it('shows one situation at a time, in the card’s place', async () => {
    const { user } = await renderCall({}, EXPERT);

    await openSituation(user, 'Dispute');
    expect(cards()).toEqual([]);
    expect(innerRegions()).toEqual([screen.getByRole('region', { name: 'Dispute' })]);

    await openSituation(user, 'Promise to pay');

    expect(innerRegions()).toEqual([screen.getByRole('region', { name: 'Promise to pay' })]);
    expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'true');
  });

  it('puts the wrap-up in the place of the coach card when End call is pressed', async () => {
    const { user } = await renderCall();

    await user.click(screen.getByRole('button', { name: 'End call' }));

    expect(innerRegions()).toEqual([screen.getByRole('region', { name: 'Wrap up' })]);
    expect(cards()).toEqual([]);
  });

  it('puts the wrap-up in the place of an open situation’s form too', async () => {
    const { user } = await renderCall();
    await openSituation(user, 'Dispute');

    await user.click(screen.getByRole('button', { name: 'End call' }));

    expect(innerRegions()).toEqual([screen.getByRole('region', { name: 'Wrap up' })]);
  });

  it('goes back to what it showed before, focus on End call, when the wrap-up goes back to the call', async () => {
    const { user } = await renderCall({}, EXPERT);
    await openSituation(user, 'Dispute');
    await user.click(screen.getByRole('button', { name: 'End call' }));
    const wrapUp = screen.getByRole('region', { name: 'Wrap up' });

    await user.click(within(wrapUp).getByRole('button', { name: 'Back to the call' }));

    expect(screen.queryByRole('region', { name: 'Wrap up' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Dispute' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'End call' })).toHaveFocus());
  });

  it('keeps the card’s title and prompt together at its head, which stays in view', async () => {
    await renderCall();
    const card = coachCard(prepare!.title);

    const head = within(card).getByRole('heading', { name: prepare!.title }).parentElement!;

    expect(head).toHaveClass('work-area__head');
    expect(head).toHaveTextContent(prepare!.prompt);
  });

  it('shows the card again once the open situation is closed', async () => {
    const { user } = await renderCall();
    const section = await openSituation(user, 'Dispute');

    await user.click(within(section).getByRole('button', { name: 'Close Dispute' }));

    expect(cards()).toEqual([coachCard(prepare!.title)]);
    expect(innerRegions()).toEqual([]);
  });
});

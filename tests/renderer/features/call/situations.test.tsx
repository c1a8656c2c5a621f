import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { openSituation, renderCall, situationButton } from './render-call';

const toolbar = () => screen.getByRole('toolbar', { name: 'Situations' });
const storedBranchIds = (branches: readonly { branchId: string }[] | undefined) =>
  branches?.map((branch) => branch.branchId);

describe('Situations', () => {
  it('offers one button per situation, each with its shortcut', async () => {
    await renderCall();

    const buttons = within(toolbar()).getAllByRole('button');

    expect(buttons).toHaveLength(defaultArPlaybook.branches.length);
    defaultArPlaybook.branches.forEach((branch, index) => {
      expect(buttons[index]).toHaveAccessibleName(`${branch.title} Alt+Shift+${branch.key}`);
      expect(buttons[index]).toHaveAttribute('aria-keyshortcuts', `Alt+Shift+${branch.key}`);
    });
  });

  it('opens Check in the mail and focuses its first field when Alt+Shift+M is pressed', async () => {
    const { user } = await renderCall();

    await user.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');

    const section = await screen.findByRole('region', { name: 'Check in the mail' });
    expect(within(section).getByLabelText('Mailed on')).toHaveFocus();
  });

  it('opens a situation by its shortcut while the caller is typing in the notes', async () => {
    const { user } = await renderCall();
    const notes = screen.getByRole('textbox', { name: 'Notes' });
    await user.type(notes, 'Says it was paid');

    await user.keyboard('{Alt>}{Shift>}A{/Shift}{/Alt}');

    const section = await screen.findByRole('region', { name: 'Already paid' });
    expect(within(section).getByLabelText('Paid on')).toHaveFocus();
    expect(notes).toHaveValue('Says it was paid');
  });

  it('opens Promise to pay and focuses its Amount field when its button is clicked', async () => {
    const { user } = await renderCall();

    const section = await openSituation(user, 'Promise to pay');

    expect(within(section).getByRole('textbox', { name: 'Amount' })).toHaveFocus();
  });

  it('stores the opened situation in main', async () => {
    const { user, testApi, call } = await renderCall();

    await openSituation(user, 'Dispute');

    await waitFor(() =>
      expect(storedBranchIds(testApi.control.storedCall(call.id)?.branches)).toEqual(['dispute']),
    );
  });

  it('shows the button of an open situation as pressed', async () => {
    const { user } = await renderCall();

    await openSituation(user, 'Dispute');

    expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'true');
    expect(situationButton('Promise to pay')).toHaveAttribute('aria-pressed', 'false');
  });

  it('moves focus to an open situation’s form without reopening it when its key is pressed again', async () => {
    const { user, testApi } = await renderCall();
    const section = await openSituation(user, 'Check in the mail');
    await user.click(screen.getByRole('textbox', { name: 'Notes' }));

    await user.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');

    expect(within(section).getByLabelText('Mailed on')).toHaveFocus();
    expect(
      testApi.control
        .requestsTo('calls:apply')
        .filter(([, command]) => command.type === 'open-branch'),
    ).toHaveLength(1);
  });

  it('lists open situations in the order they were opened, the latest last', async () => {
    const { user } = await renderCall();

    await openSituation(user, 'Dispute');
    await openSituation(user, 'Check in the mail');

    const open = screen.getAllByRole('region', { name: /^(Dispute|Check in the mail)$/ });
    expect(open).toHaveLength(2);
    expect(open[0]).toHaveAccessibleName('Dispute');
    expect(open[1]).toHaveAccessibleName('Check in the mail');
  });

  it('says on its Close button that closing keeps what was written down', async () => {
    const { user } = await renderCall();

    const section = await openSituation(user, 'Dispute');

    expect(
      within(section).getByRole('button', { name: 'Close Dispute' }),
    ).toHaveAccessibleDescription('What you wrote down is kept; open it again to see it.');
  });

  it('hides the situation and returns focus to its button when Close is pressed', async () => {
    const { user } = await renderCall();
    const section = await openSituation(user, 'Dispute');

    await user.click(within(section).getByRole('button', { name: 'Close Dispute' }));

    expect(screen.queryByRole('region', { name: 'Dispute' })).not.toBeInTheDocument();
    expect(situationButton('Dispute')).toHaveFocus();
    expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'false');
  });

  it('keeps what was written in a situation when it is closed and opened again', async () => {
    const { user, testApi, call } = await renderCall();
    const section = await openSituation(user, 'Dispute');
    await user.type(within(section).getByRole('textbox', { name: 'Owner' }), 'Priya in billing');

    await user.click(within(section).getByRole('button', { name: 'Close Dispute' }));
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

  it('moves between situation buttons with the arrow keys, one Tab stop for all', async () => {
    const { user } = await renderCall();
    situationButton('Check in the mail').focus();

    await user.keyboard('{ArrowRight}');
    expect(situationButton('Promise to pay')).toHaveFocus();
    await user.keyboard('{End}');
    expect(situationButton('Something else')).toHaveFocus();

    expect(
      within(toolbar())
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([situationButton('Something else')]);
  });

  it('names each open form by its situation, so two Amount fields stay distinct', async () => {
    const { user } = await renderCall();

    const mail = await openSituation(user, 'Check in the mail');
    const promise = await openSituation(user, 'Promise to pay');

    const mailAmount = within(mail).getByRole('textbox', { name: 'Amount' });
    const promiseAmount = within(promise).getByRole('textbox', { name: 'Amount' });
    expect(mailAmount.id).not.toBe(promiseAmount.id);
    expect(within(mail).getByRole('group', { name: 'Check in the mail' })).toContainElement(
      mailAmount,
    );
    expect(within(promise).getByRole('group', { name: 'Promise to pay' })).toContainElement(
      promiseAmount,
    );
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { openSituation, renderCall, situationButton } from './render-call';

const toolbar = () => screen.getByRole('toolbar', { name: 'Situations' });
const branches = defaultArPlaybook.branches;

// Each test starts main's real core, which is slow on a busy machine.
describe('Situations', { timeout: 60_000 }, () => {
  it('offers one button per situation, named by its title and its key letter', async () => {
    await renderCall();

    const buttons = within(toolbar()).getAllByRole('button');

    expect(buttons).toHaveLength(branches.length);
    branches.forEach((branch, index) => {
      expect(buttons[index]).toHaveAccessibleName(`${branch.title} ${branch.key}`);
      expect(buttons[index]).toHaveAttribute(
        'aria-keyshortcuts',
        `Alt+Shift+${branch.key} ${branch.key}`,
      );
      expect(buttons[index]).toHaveAttribute('aria-pressed', 'false');
    });
  });

  it('says both ways to open a situation in its tooltip', async () => {
    await renderCall();

    expect(situationButton('Dispute')).toHaveAttribute(
      'title',
      'Dispute: Alt+Shift+D, or D outside a text field',
    );
  });

  it('marks the button of an open situation as pressed, and only that one', async () => {
    const { user } = await renderCall();

    await openSituation(user, 'Dispute');

    expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'true');
    for (const branch of branches.filter((each) => each.id !== 'dispute')) {
      expect(situationButton(branch.title)).toHaveAttribute('aria-pressed', 'false');
    }
  });

  it('keeps every situation opened in the call pressed, though only one form shows', async () => {
    const { user, testApi, call } = await renderCall();

    await openSituation(user, 'Dispute');
    await openSituation(user, 'Check in the mail');

    expect(situationButton('Dispute')).toHaveAttribute('aria-pressed', 'true');
    expect(situationButton('Check in the mail')).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getAllByRole('region', { name: /^(Dispute|Check in the mail)$/ })).toHaveLength(
      1,
    );
    await waitFor(() =>
      expect(testApi.control.storedCall(call.id)?.branches.map((b) => b.branchId)).toEqual([
        'dispute',
        'check-in-mail',
      ]),
    );
  });

  it('moves between the buttons with the arrow keys, Home and End, one Tab stop for all', async () => {
    const { user } = await renderCall();
    situationButton('Check in the mail').focus();

    await user.keyboard('{ArrowRight}');
    expect(situationButton('Promise to pay')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(situationButton('Dispute')).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowUp}');
    expect(situationButton('Check in the mail')).toHaveFocus();
    await user.keyboard('{End}');
    expect(situationButton('Something else')).toHaveFocus();

    expect(
      within(toolbar())
        .getAllByRole('button')
        .filter((button) => button.tabIndex === 0),
    ).toEqual([situationButton('Something else')]);
    await user.keyboard('{Home}');
    expect(situationButton('Check in the mail')).toHaveFocus();
  });

  it('wraps round from the last button to the first and back', async () => {
    const { user } = await renderCall();
    situationButton('Something else').focus();

    await user.keyboard('{ArrowRight}');
    expect(situationButton('Check in the mail')).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    expect(situationButton('Something else')).toHaveFocus();
  });
});

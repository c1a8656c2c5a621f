import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEYS } from '../../../../shared/domain/hotkeys';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { renderApp, renderAppWithSteps, storedSteps } from './render-app';

const steps = defaultArPlaybook.steps;
const stepBox = (index: number) => screen.getByRole('checkbox', { name: steps[index]!.title });
const notes = () => screen.getByRole('textbox', { name: 'Notes' });

// Each test starts main's real core, which is slow on a busy machine.
describe('useKeyboardCommands', { timeout: 60_000 }, () => {
  it('focuses step 3’s checkbox when 3 is pressed', async () => {
    const { user } = await renderApp({ withCall: true });

    await user.keyboard('3');

    expect(stepBox(2)).toHaveFocus();
  });

  it('expands the compact window and focuses the step when a number is pressed', async () => {
    const { user, stores } = await renderApp({ withCall: true, settings: { layout: 'compact' } });
    await user.click(screen.getByRole('button', { name: 'Done, next' }));

    await user.keyboard('2');

    expect(stores.settings.getState().settings.layout).toBe('expanded');
    await waitFor(() => expect(stepBox(1)).toHaveFocus());
  });

  it('types the number into the notes instead of moving when typing there', async () => {
    const { user } = await renderApp({ withCall: true });
    await user.click(notes());

    await user.keyboard('3 boxes?');

    expect(notes()).toHaveValue('3 boxes?');
    expect(notes()).toHaveFocus();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('ignores a number with no step of its own', async () => {
    const { user } = await renderApp({ withCall: true });
    const endCall = screen.getByRole('button', { name: 'End call' });
    endCall.focus();

    await user.keyboard('9');

    expect(endCall).toHaveFocus();
  });

  it('checks the current step when the check-step combination is pressed in the window', async () => {
    const { user, testApi, call } = await renderApp({ withCall: true });

    await user.keyboard('{Control>}{Alt>}{Shift>}n{/Shift}{/Alt}{/Control}');

    await waitFor(() => expect(storedSteps(testApi, call!).slice(0, 2)).toEqual([true, false]));
  });

  it('runs a combination while typing in the notes, without typing it', async () => {
    const { user, testApi, call } = await renderAppWithSteps(2);
    await user.click(notes());

    await user.keyboard('{Control>}{Alt>}{Shift>}b{/Shift}{/Alt}{/Control}');

    await waitFor(() => expect(storedSteps(testApi, call!).slice(0, 2)).toEqual([true, false]));
    expect(notes()).toHaveValue('');
  });

  it('checks one step for a held combination, not one per repeat', async () => {
    const { user, testApi, call } = await renderApp({ withCall: true });

    await user.keyboard('{Control>}{Alt>}{Shift>}{n>3/}{/Shift}{/Alt}{/Control}');

    await waitFor(() => expect(storedSteps(testApi, call!)[0]).toBe(true));
    expect(storedSteps(testApi, call!)[1]).toBe(false);
  });

  it('uses the caller’s own combination once it is remapped', async () => {
    const { user, testApi, call } = await renderApp({
      withCall: true,
      settings: { hotkeys: { ...DEFAULT_HOTKEYS, 'check-step': 'Ctrl+Alt+K' } },
    });

    await user.keyboard('{Control>}{Alt>}k{/Alt}{/Control}');

    await waitFor(() => expect(storedSteps(testApi, call!)[0]).toBe(true));
  });

  it('puts the situation aside, focus on its button, when Escape is pressed in its form', async () => {
    const { user, testApi, call } = await renderApp({ withCall: true });
    await user.keyboard('{Alt>}{Shift>}m{/Shift}{/Alt}');
    const section = await screen.findByRole('region', { name: 'Check in the mail' });
    const checkNumber = within(section).getByRole('textbox', { name: /Check number/ });
    await user.type(checkNumber, '4411');

    await user.keyboard('{Escape}');

    const button = screen.getByRole('button', { name: 'Check in the mail M' });
    expect(button).toHaveFocus();
    // Still open, as filled in: only the coach card has its place back.
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(screen.queryByRole('region', { name: 'Check in the mail' })).toBeNull();
    expect(screen.getByRole('article', { name: steps[0]!.title })).toBeInTheDocument();
    await waitFor(() =>
      expect(testApi.control.storedCall(call!.id)?.captures['check-in-mail']).toEqual({
        'check-number': '4411',
      }),
    );
  });

  it('moves focus to the current step when Escape is pressed in the notes', async () => {
    const { user } = await renderAppWithSteps(2);
    await user.click(notes());

    await user.keyboard('{Escape}');

    expect(stepBox(2)).toHaveFocus();
  });

  it('leaves Escape in the wrap-up to the wrap-up, which goes back to End call', async () => {
    const { user } = await renderApp({ withCall: true });
    await user.click(screen.getByRole('button', { name: 'End call' }));

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('region', { name: 'Wrap up' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'End call' })).toHaveFocus();
  });

  it('leaves Space to a focused step, which it checks', async () => {
    const { user, testApi, call } = await renderApp({ withCall: true });
    await user.keyboard('1');

    await user.keyboard(' ');

    await waitFor(() => expect(storedSteps(testApi, call!)[0]).toBe(true));
  });
});

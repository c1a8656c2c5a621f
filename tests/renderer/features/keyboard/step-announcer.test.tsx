import { act, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { startInput } from '../../../support/builders';
import { announced, pressHotkey, renderApp, renderAppWithSteps } from './render-app';

// Each test starts main's real core, which is slow on a busy machine.
describe('StepAnnouncer', { timeout: 60_000 }, () => {
  it('says nothing when the window opens on a reopened call', async () => {
    await renderAppWithSteps(0);

    expect(announced()).toBe('');
  });

  it('says the new current step, its number and the count when a step is checked', async () => {
    const { user } = await renderApp({ withCall: true });

    await user.click(screen.getByRole('checkbox', { name: 'Prepare' }));

    expect(announced()).toBe('Step 2 of 7: Acknowledge the issue');
  });

  it('says the step is current again when the caller goes back to it', async () => {
    const { user } = await renderAppWithSteps(2);

    await user.keyboard('{Control>}{Alt>}{Shift>}b{/Shift}{/Alt}{/Control}');

    await waitFor(() => expect(announced()).toBe('Step 2 of 7: Acknowledge the issue'));
  });

  it('says every step is done when the last one is checked', async () => {
    const { user } = await renderAppWithSteps(6);

    await user.click(screen.getByRole('checkbox', { name: 'Recap and follow up' }));

    expect(announced()).toBe('All steps done — wrap up when ready');
  });

  it('says nothing when a new call starts', async () => {
    const { stores } = await renderApp();

    await act(() => stores.call.getState().actions.start(startInput()));

    expect(screen.getByRole('checkbox', { name: 'Prepare' })).toBeInTheDocument();
    expect(announced()).toBe('');
  });

  it('reads out what a command has to say', async () => {
    const { testApi } = await renderApp();

    await pressHotkey(testApi, 'focus-notes');

    expect(announced()).toBe('No call in progress.');
  });

  it('says the same message again when it is repeated', async () => {
    const { testApi } = await renderApp();
    await pressHotkey(testApi, 'focus-notes');
    const first = document.querySelector('.announcer p');

    await pressHotkey(testApi, 'focus-notes');

    const second = document.querySelector('.announcer p');
    expect(second).toHaveTextContent('No call in progress.');
    expect(second).not.toBe(first);
  });
});

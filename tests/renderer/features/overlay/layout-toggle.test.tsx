import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEYS } from '../../../../shared/domain/hotkeys';
import { renderApp } from '../keyboard/render-app';

const group = () => screen.getByRole('group', { name: 'Layout and keys' });

describe('LayoutToggle', () => {
  it('groups the layout switch and the Keys button in the header', async () => {
    await renderApp();

    expect(
      within(group())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Compact', 'Keys']);
  });

  it('names the layout hotkey for assistive technology and in its tooltip', async () => {
    await renderApp({ platform: 'darwin' });

    const compact = within(group()).getByRole('button', { name: 'Compact' });

    expect(compact).toHaveAttribute('aria-keyshortcuts', 'Meta+Alt+Shift+E');
    expect(compact).toHaveAccessibleDescription(
      'One line: the current step and the call time (Cmd+Option+Shift+E)',
    );
  });

  it('leaves aria-keyshortcuts out when the layout hotkey is turned off', async () => {
    await renderApp({ settings: { hotkeys: { ...DEFAULT_HOTKEYS, 'toggle-layout': null } } });

    expect(within(group()).getByRole('button', { name: 'Compact' })).not.toHaveAttribute(
      'aria-keyshortcuts',
    );
  });

  it('switches to the compact line, stored in main, when Compact is pressed', async () => {
    const { user, testApi } = await renderApp();

    await user.click(within(group()).getByRole('button', { name: 'Compact' }));

    await waitFor(() => expect(testApi.control.storedSettings().layout).toBe('compact'));
    expect(screen.getByRole('button', { name: 'Expand' })).toHaveFocus();
  });

  it('opens the cheat sheet when Keys is pressed', async () => {
    const { user } = await renderApp();
    const keys = within(group()).getByRole('button', { name: 'Keys' });
    expect(keys).toHaveAttribute('aria-keyshortcuts', '?');

    await user.click(keys);

    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });
});

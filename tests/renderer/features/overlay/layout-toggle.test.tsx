import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_HOTKEYS } from '../../../../shared/domain/hotkeys';
import { renderApp, type RenderAppOptions } from '../keyboard/render-app';

const group = () => screen.getByRole('group', { name: 'Layout and keys' });

/** The app with the header's menu open, where the layout switch and Keys sit. */
async function renderWithMenuOpen(options: RenderAppOptions = {}) {
  const app = await renderApp(options);
  await app.user.click(screen.getByRole('button', { name: 'Menu' }));
  return app;
}

// Each test starts main's real core, which is slow on a busy machine.
describe('LayoutToggle', { timeout: 60_000 }, () => {
  it('groups the layout switch and the Keys button in the header’s menu', async () => {
    await renderWithMenuOpen();

    expect(screen.getByRole('banner')).toContainElement(group());
    expect(
      within(group())
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['Compact', 'Keys']);
  });

  it('is folded away with the menu until the menu opens', async () => {
    await renderApp();

    expect(screen.queryByRole('group', { name: 'Layout and keys' })).toBeNull();
  });

  it('names the layout hotkey for assistive technology and in its tooltip', async () => {
    await renderWithMenuOpen({ platform: 'darwin' });

    const compact = within(group()).getByRole('button', { name: 'Compact' });

    expect(compact).toHaveAttribute('aria-keyshortcuts', 'Meta+Alt+Shift+E');
    expect(compact).toHaveAccessibleDescription(
      'One line: the current step and the call time (Cmd+Option+Shift+E)',
    );
  });

  it('leaves aria-keyshortcuts out when the layout hotkey is turned off', async () => {
    await renderWithMenuOpen({
      settings: { hotkeys: { ...DEFAULT_HOTKEYS, 'toggle-layout': null } },
    });

    expect(within(group()).getByRole('button', { name: 'Compact' })).not.toHaveAttribute(
      'aria-keyshortcuts',
    );
  });

  it('switches to the compact line, stored in main, when Compact is pressed', async () => {
    const { user, testApi } = await renderWithMenuOpen();

    await user.click(within(group()).getByRole('button', { name: 'Compact' }));

    await waitFor(() => expect(testApi.control.storedSettings().layout).toBe('compact'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Expand' })).toHaveFocus());
  });

  it('comes back expanded with focus on the Menu button when Expand is pressed', async () => {
    const { user, testApi } = await renderWithMenuOpen();
    await user.click(within(group()).getByRole('button', { name: 'Compact' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Expand' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Expand' }));

    await waitFor(() => expect(testApi.control.storedSettings().layout).toBe('expanded'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus());
  });

  it('opens the cheat sheet when Keys is pressed', async () => {
    const { user } = await renderWithMenuOpen();
    const keys = within(group()).getByRole('button', { name: 'Keys' });
    expect(keys).toHaveAttribute('aria-keyshortcuts', '?');

    await user.click(keys);

    expect(screen.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  });
});

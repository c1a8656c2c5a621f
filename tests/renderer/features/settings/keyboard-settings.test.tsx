import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOTKEYS,
  HOTKEY_ACTIONS,
  HOTKEY_ACTION_INFO,
} from '../../../../shared/domain/hotkeys';
import { renderSettings, section } from './render-settings';

const row = (label: string) => within(section('Keyboard')).getByRole('listitem', { name: label });
const changeButton = (label: string) => within(row(label)).getByRole('button', { name: /^Change/ });
const listeningButton = (label: string) =>
  within(row(label)).getByRole('button', { name: 'Press the new keys, or Escape to cancel' });
const SHOW_OR_HIDE = 'Show or hide the overlay';
const CLICK_THROUGH = 'Turn click-through on or off';

describe('KeyboardSettings', () => {
  it('lists every shortcut with its keys and, on the desktop, that it works in every app', async () => {
    await renderSettings();

    for (const action of HOTKEY_ACTIONS) {
      const shortcut = row(HOTKEY_ACTION_INFO[action].label);
      expect(within(shortcut).getByText(DEFAULT_HOTKEYS[action]!).tagName).toBe('KBD');
      expect(within(shortcut).getByText('Works in every app')).toBeVisible();
    }
  });

  it('says a shortcut only works while Call Coach has focus in the browser preview', async () => {
    await renderSettings({ shell: 'browser' });

    expect(within(row(SHOW_OR_HIDE)).getByText('Works while Call Coach has focus')).toBeVisible();
  });

  it('says when another app or the system holds a shortcut', async () => {
    await renderSettings({
      takenCombos: ['Ctrl+Alt+Shift+K'],
      settings: { hotkeys: { ...DEFAULT_HOTKEYS, 'toggle-overlay': 'Ctrl+Alt+Shift+K' } },
    });

    expect(changeButton(SHOW_OR_HIDE)).toHaveAccessibleDescription(
      'Ctrl+Alt+Shift+K Another app or the system uses this — pick another',
    );
  });

  it('shows the keys as a Mac spells them on a Mac', async () => {
    await renderSettings({ platform: 'darwin' });

    expect(within(row(SHOW_OR_HIDE)).getByText('Cmd+Option+Shift+O')).toBeVisible();
  });

  it('names each button after its shortcut for screen readers', async () => {
    await renderSettings();

    expect(changeButton(SHOW_OR_HIDE)).toHaveAccessibleName(
      'Change keys for “Show or hide the overlay”',
    );
    expect(
      within(row(SHOW_OR_HIDE)).getByRole('button', { name: /^Turn off/ }),
    ).toHaveAccessibleName('Turn off “Show or hide the overlay”');
  });

  it('listens for new keys on the Change button itself, keeping the focus there', async () => {
    const { user } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));

    expect(listeningButton(SHOW_OR_HIDE)).toHaveFocus();
  });

  it('stores a new combination pressed while listening', async () => {
    const { user, testApi } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Control>}{Alt>}{Shift>}J{/Shift}{/Alt}{/Control}');

    await waitFor(() =>
      expect(testApi.control.storedSettings().hotkeys['toggle-overlay']).toBe('Ctrl+Alt+Shift+J'),
    );
    expect(within(row(SHOW_OR_HIDE)).getByText('Ctrl+Alt+Shift+J').tagName).toBe('KBD');
    expect(within(row(SHOW_OR_HIDE)).getByRole('status')).toHaveTextContent(
      'Now Ctrl+Alt+Shift+J.',
    );
    expect(changeButton(SHOW_OR_HIDE)).toHaveFocus();
  });

  it('works from the keyboard alone, Space to start listening included', async () => {
    const { user, testApi } = await renderSettings();
    changeButton(SHOW_OR_HIDE).focus();

    await user.keyboard(' ');
    await user.keyboard('{Control>}{Alt>}{Shift>}{ }{/Shift}{/Alt}{/Control}');

    await waitFor(() =>
      expect(testApi.control.storedSettings().hotkeys['toggle-overlay']).toBe(
        'Ctrl+Alt+Shift+Space',
      ),
    );
    // The Space that made the combination did not also press the button again.
    expect(changeButton(SHOW_OR_HIDE)).toHaveFocus();
  });

  it('keeps listening through a lone modifier', async () => {
    const { user } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Shift}{Control}');

    expect(listeningButton(SHOW_OR_HIDE)).toHaveFocus();
    expect(within(row(SHOW_OR_HIDE)).getByRole('status')).toHaveTextContent(
      'Listening for the new keys for “Show or hide the overlay”.',
    );
  });

  it('says at once when a combination is another shortcut’s, and keeps the old one', async () => {
    const { user, testApi } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Control>}{Alt>}{Shift>}D{/Shift}{/Alt}{/Control}');

    const message = 'Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.';
    expect(within(row(SHOW_OR_HIDE)).getByRole('status')).toHaveTextContent(message);
    expect(listeningButton(SHOW_OR_HIDE)).toHaveAccessibleDescription(
      `Ctrl+Alt+Shift+O Works in every app ${message}`,
    );
    expect(within(row(SHOW_OR_HIDE)).getByText('Ctrl+Alt+Shift+O').tagName).toBe('KBD');
    expect(testApi.control.requestsTo('settings:update')).toEqual([]);
  });

  it('says at once when a combination would take keys you type', async () => {
    const { user } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Shift>}J{/Shift}');

    expect(within(row(SHOW_OR_HIDE)).getByRole('status')).toHaveTextContent(
      'Add Ctrl or Alt, so the shortcut never takes keys you type.',
    );
  });

  it('shows main’s refusal when the system will not give up a combination, keeping the old one', async () => {
    const { user, testApi } = await renderSettings({ takenCombos: ['Ctrl+Alt+Shift+K'] });

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Control>}{Alt>}{Shift>}K{/Shift}{/Alt}{/Control}');

    expect(
      await within(row(SHOW_OR_HIDE)).findByText(/already uses Ctrl\+Alt\+Shift\+K/),
    ).toHaveTextContent(
      'The system or another app already uses Ctrl+Alt+Shift+K. Pick another combination.',
    );
    expect(testApi.control.storedSettings().hotkeys['toggle-overlay']).toBe('Ctrl+Alt+Shift+O');
    expect(within(row(SHOW_OR_HIDE)).getByText('Ctrl+Alt+Shift+O').tagName).toBe('KBD');
  });

  it('stops listening and keeps the old combination when Escape is pressed', async () => {
    const { user, testApi } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.keyboard('{Escape}');

    expect(changeButton(SHOW_OR_HIDE)).toHaveFocus();
    expect(within(row(SHOW_OR_HIDE)).getByRole('status')).toHaveTextContent(
      'Kept Ctrl+Alt+Shift+O.',
    );
    expect(testApi.control.requestsTo('settings:update')).toEqual([]);
  });

  it('stops listening and lets the focus move on when Tab is pressed', async () => {
    const { user } = await renderSettings();

    await user.click(changeButton(SHOW_OR_HIDE));
    await user.tab();

    expect(within(row(SHOW_OR_HIDE)).getByRole('button', { name: /^Turn off/ })).toHaveFocus();
    expect(changeButton(SHOW_OR_HIDE)).toBeVisible();
  });

  it('turns a shortcut off and keeps the focus in its row', async () => {
    const { user, testApi } = await renderSettings();

    await user.click(within(row(SHOW_OR_HIDE)).getByRole('button', { name: /^Turn off/ }));

    await waitFor(() =>
      expect(testApi.control.storedSettings().hotkeys['toggle-overlay']).toBeNull(),
    );
    expect(within(row(SHOW_OR_HIDE)).getByText('Off')).toBeVisible();
    expect(within(row(SHOW_OR_HIDE)).queryByRole('button', { name: /^Turn off/ })).toBeNull();
    expect(changeButton(SHOW_OR_HIDE)).toHaveFocus();
  });

  it('offers no "Turn off" for the click-through shortcut, the sure way out of click-through', async () => {
    await renderSettings();

    expect(within(row(CLICK_THROUGH)).queryByRole('button', { name: /^Turn off/ })).toBeNull();
    expect(changeButton(CLICK_THROUGH)).toBeVisible();
  });

  it('lists the keys that work inside the window', async () => {
    await renderSettings();

    expect(
      within(section('Keyboard')).getByText(/In the window:/, { selector: 'p' }),
    ).toHaveTextContent(
      'In the window: 1–9 go to a step, Escape leaves a form, ? shows every key.',
    );
  });

  it('keeps the shortcut’s row quiet until something is said about it', async () => {
    await renderSettings();

    expect(screen.getAllByRole('status').every((status) => status.textContent === '')).toBe(true);
  });
});

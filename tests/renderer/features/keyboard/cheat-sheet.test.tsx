import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOTKEYS,
  HOTKEY_ACTION_INFO,
  HOTKEY_ACTIONS,
  type HotkeyAction,
} from '../../../../shared/domain/hotkeys';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { renderApp, type RenderAppOptions } from './render-app';

const sheet = () => screen.getByRole('dialog', { name: 'Keyboard shortcuts' });
const shortcuts = () => within(sheet()).getByRole('table', { name: /^Shortcuts/ });
const windowKeys = () => within(sheet()).getByRole('table', { name: 'While Call Coach has focus' });

/** The cells of a hotkey's row: what it does, its keys, where it works. */
const hotkeyRow = (action: HotkeyAction) =>
  within(shortcuts())
    .getByRole('rowheader', { name: HOTKEY_ACTION_INFO[action].label })
    .closest('tr')!;

async function openSheet(options: RenderAppOptions = {}) {
  const app = await renderApp(options);
  await app.user.keyboard('?');
  return app;
}

// Each test starts main's real core, which is slow on a busy machine.
describe('CheatSheet', { timeout: 60_000 }, () => {
  it('opens as a modal dialog with focus on Close when ? is pressed', async () => {
    await openSheet();

    expect(sheet()).toHaveAttribute('open');
    expect(within(sheet()).getByRole('button', { name: 'Close' })).toHaveFocus();
  });

  it('closes on Escape and gives focus back to where it was', async () => {
    const { user } = await renderApp({ withCall: true });
    await user.keyboard('4');
    const step = screen.getByRole('checkbox', { name: defaultArPlaybook.steps[3]!.title });
    expect(step).toHaveFocus();
    await user.keyboard('?');

    await user.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(step).toHaveFocus();
  });

  it('closes with Close, opened from the Keys button in the header’s menu', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('button', { name: 'Keys' }));

    await user.click(within(sheet()).getByRole('button', { name: 'Close' }));

    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('gives focus back to the Keys button, still in view in the open menu, when closed with Close', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    const keys = screen.getByRole('button', { name: 'Keys' });
    await user.click(keys);

    await user.click(within(sheet()).getByRole('button', { name: 'Close' }));

    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'true');
    expect(keys).toHaveFocus();
  });

  it('lists every hotkey with its keys, working in every app in the desktop app', async () => {
    await openSheet();

    for (const action of HOTKEY_ACTIONS) {
      const cells = within(hotkeyRow(action)).getAllByRole('cell');
      expect(cells.map((cell) => cell.textContent)).toEqual([DEFAULT_HOTKEYS[action], 'Every app']);
      expect(within(cells[0]!).getByText(DEFAULT_HOTKEYS[action]!).tagName).toBe('KBD');
    }
  });

  it('says a hotkey works only in Call Coach when the system cannot register it', async () => {
    await openSheet({ takenCombos: ['Ctrl+Alt+Shift+N'] });

    expect(within(hotkeyRow('check-step')).getAllByRole('cell')[1]).toHaveTextContent(
      'Call Coach only',
    );
  });

  it('says hotkeys work only in Call Coach in the browser preview', async () => {
    await openSheet({ shell: 'browser' });

    expect(within(hotkeyRow('focus-notes')).getAllByRole('cell')[1]).toHaveTextContent(
      'Call Coach only',
    );
  });

  it('shows Off for a hotkey the caller turned off', async () => {
    await openSheet({ settings: { hotkeys: { ...DEFAULT_HOTKEYS, 'previous-step': null } } });

    expect(within(hotkeyRow('previous-step')).getAllByRole('cell')[0]).toHaveTextContent('Off');
  });

  it('shows the keys as a Mac spells them on a Mac', async () => {
    await openSheet({ platform: 'darwin' });

    expect(within(hotkeyRow('check-step')).getAllByRole('cell')[0]).toHaveTextContent(
      'Cmd+Option+Shift+N',
    );
    expect(within(windowKeys()).getByText('Option+Shift+letter')).toBeInTheDocument();
  });

  it('lists the keys of the current call’s situations during a call, with the letter alone', async () => {
    await openSheet({ withCall: true });

    for (const branch of defaultArPlaybook.branches) {
      const row = within(windowKeys()).getByRole('cell', {
        name: `Open “${branch.title}” (the letter alone outside a text field)`,
      });
      expect(row.closest('tr')).toHaveTextContent(`Alt+Shift+${branch.key} or ${branch.key}`);
    }
  });

  it('lists the quick endings of the current call’s playbook during a call', async () => {
    await openSheet({ withCall: true });

    for (const outcome of defaultArPlaybook.outcomes.filter((each) => each.key !== undefined)) {
      const row = within(windowKeys()).getByRole('cell', {
        name: `End the call as “${outcome.label}”, to try again the next business day`,
      });
      expect(row.closest('tr')).toHaveTextContent(`Alt+Shift+${outcome.key!}`);
    }
  });

  it('lists the in-window keys, with one general line for situations between calls', async () => {
    await openSheet();

    const keys = within(windowKeys())
      .getAllByRole('rowheader')
      .map((header) => header.textContent);
    expect(keys).toEqual([
      '1–9',
      'Space',
      'Alt+Shift+letter',
      'Arrow keys',
      'Enter, D, S, M',
      'K, B',
      'Esc',
      'Tab / Shift+Tab',
      '?',
    ]);
  });

  it('has no axe violations while open', async () => {
    await openSheet({ withCall: true });

    const results = await axe.run(sheet(), {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false } },
    });
    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

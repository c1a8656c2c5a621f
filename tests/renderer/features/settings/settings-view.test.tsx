import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { axeViolations, renderSettings, section } from './render-settings';

const root = () => document.documentElement;

/** The browser preview host's refusal to open the data folder. */
const BROWSER_CANNOT_OPEN_FOLDERS =
  'The browser preview cannot open folders on this computer. The path is shown above; open it from your file manager.';

describe('SettingsView', () => {
  it('names the page and each of its sections for screen readers', async () => {
    await renderSettings();

    expect(screen.getByRole('heading', { name: 'Settings', level: 2 })).toBeVisible();
    for (const name of ['Look', 'Window', 'Keyboard', 'Data', 'Reset all settings']) {
      expect(within(section(name)).getByRole('heading', { name, level: 3 })).toBeVisible();
    }
  });

  it('has no axe violations on the desktop', async () => {
    await renderSettings({ takenCombos: ['Ctrl+Alt+Shift+K'] });

    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations in the browser preview with refusals and a question showing', async () => {
    const { user } = await renderSettings({ shell: 'browser' });
    await user.click(screen.getByRole('button', { name: 'Turn on click-through' }));
    await user.click(screen.getByRole('button', { name: 'Open data folder' }));
    await user.click(screen.getByRole('button', { name: 'Reset all settings…' }));
    await screen.findByText(BROWSER_CANNOT_OPEN_FOLDERS);

    expect(await axeViolations()).toEqual([]);
  });
});

describe('SettingsView: Look', () => {
  const look = () => section('Look');

  it('stores the theme chosen and applies it to the page at once', async () => {
    const { user, testApi } = await renderSettings({ settings: { theme: 'light' } });
    const theme = within(look()).getByRole('group', { name: 'Theme' });

    await user.click(within(theme).getByRole('radio', { name: 'Dark' }));

    expect(root()).toHaveAttribute('data-theme', 'dark');
    expect(root().style.colorScheme).toBe('dark');
    await waitFor(() => expect(testApi.control.storedSettings().theme).toBe('dark'));
  });

  it('explains that following the system switches with it', async () => {
    await renderSettings();

    expect(
      within(look()).getByRole('radio', { name: 'Follow the system' }),
    ).toHaveAccessibleDescription(
      'Light or dark, as your computer is set, switching when it does.',
    );
  });

  it('stores the text size chosen and scales the whole page with it', async () => {
    const { user, testApi } = await renderSettings();
    const textSize = within(look()).getByRole('group', { name: 'Text size' });

    await user.click(within(textSize).getByRole('radio', { name: 'Largest' }));

    expect(root()).toHaveAttribute('data-text-size', 'largest');
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.45');
    await waitFor(() => expect(testApi.control.storedSettings().textSize).toBe('largest'));
  });

  it('stores the coaching mode chosen here', async () => {
    const { user, testApi } = await renderSettings();
    const mode = within(look()).getByRole('group', { name: 'Coaching mode' });

    await user.click(within(mode).getByRole('radio', { name: 'Expert' }));

    await waitFor(() => expect(testApi.control.storedSettings().coachingMode).toBe('expert'));
    expect(within(mode).getByRole('radio', { name: 'Expert' })).toHaveAccessibleDescription(
      'Shows only the prompts and the forms.',
    );
  });

  it('puts the old choice back and says why when main cannot keep a change', async () => {
    const { user, testApi } = await renderSettings({ settings: { theme: 'light' } });
    testApi.control.failNext('settings:update', {
      code: 'unavailable',
      message: 'Call Coach can’t reach its storage right now.',
    });

    await user.click(within(look()).getByRole('radio', { name: 'Dark' }));

    expect(
      await within(look()).findByText(
        'That change was not kept: Call Coach can’t reach its storage right now.',
      ),
    ).toBeVisible();
    expect(within(look()).getByRole('radio', { name: 'Light' })).toBeChecked();
    expect(root()).toHaveAttribute('data-theme', 'light');
  });
});

describe('SettingsView: Window', () => {
  const windowSection = () => section('Window');

  it('stores the compact layout and says what it shows', async () => {
    const { user, testApi } = await renderSettings();
    const compact = within(windowSection()).getByRole('radio', { name: 'Compact' });

    expect(compact).toHaveAccessibleDescription(
      'One line: the current step, its prompt and the call timer.',
    );
    await user.click(compact);

    await waitFor(() => expect(testApi.control.storedSettings().layout).toBe('compact'));
  });

  it('stores "Keep on top of other windows" and explains it', async () => {
    const { user, testApi } = await renderSettings();
    const onTop = within(windowSection()).getByRole('checkbox', {
      name: 'Keep on top of other windows',
    });
    expect(onTop).toBeChecked();
    expect(onTop).toHaveAccessibleDescription(
      /full-screen softphones included, on every workspace/,
    );

    await user.click(onTop);

    expect(onTop).not.toBeChecked();
    await waitFor(() => expect(testApi.control.storedSettings().alwaysOnTop).toBe(false));
  });

  it('stores "Hide from screen sharing" and is honest about where it works', async () => {
    const { user, testApi } = await renderSettings();
    const hide = within(windowSection()).getByRole('checkbox', {
      name: 'Hide from screen sharing',
    });
    expect(hide).toHaveAccessibleDescription(
      'Asks the system to leave Call Coach out of screen shares and recordings. Windows and macOS honour this; Linux does not, and some capture tools ignore it.',
    );

    await user.click(hide);

    await waitFor(() => expect(testApi.control.storedSettings().hideFromScreenShare).toBe(false));
  });

  it('shows the opacity as the slider moves and stores it after a short pause', async () => {
    const { testApi } = await renderSettings();
    const opacity = within(windowSection()).getByRole('slider', { name: 'Opacity' });
    expect(opacity).toHaveAttribute('aria-valuetext', '100 percent');

    fireEvent.change(opacity, { target: { value: '85' } });
    fireEvent.change(opacity, { target: { value: '80' } });

    expect(opacity).toHaveAttribute('aria-valuetext', '80 percent');
    expect(within(windowSection()).getByText('80%')).toBeVisible();
    expect(testApi.control.storedSettings().opacityPercent).toBe(100);
    await waitFor(() => expect(testApi.control.storedSettings().opacityPercent).toBe(80));
    expect(testApi.control.requestsTo('settings:update')).toEqual([[{ opacityPercent: 80 }]]);
  });

  it('keeps the opacity within 40 to 100 percent in steps of 5', async () => {
    await renderSettings();
    const opacity = within(windowSection()).getByRole('slider', { name: 'Opacity' });

    expect(opacity).toHaveAttribute('min', '40');
    expect(opacity).toHaveAttribute('max', '100');
    expect(opacity).toHaveAttribute('step', '5');
  });

  it('says once that window settings have no window to apply to in the browser preview', async () => {
    await renderSettings({ shell: 'browser' });

    expect(
      within(windowSection()).getByText(
        'These are kept for the desktop app. The browser preview has no window of its own to apply them to.',
      ),
    ).toBeVisible();
  });

  it('has no browser preview note in the desktop app', async () => {
    await renderSettings();

    expect(within(windowSection()).queryByText(/browser preview/)).not.toBeInTheDocument();
  });

  it('turns click-through on in the desktop app and names the key that turns it off', async () => {
    const { user, testApi } = await renderSettings();
    const button = within(windowSection()).getByRole('button', { name: 'Turn on click-through' });
    expect(button).toHaveAccessibleDescription(
      'Clicks pass through Call Coach to the window underneath, so it never gets in your way. Press Ctrl+Alt+Shift+X to turn it off.',
    );

    await user.click(button);

    await waitFor(() => expect(testApi.control.overlayState().clickThrough).toBe(true));
    expect(button).toHaveTextContent('Turn off click-through');
  });

  it('shows why click-through is refused in the browser preview', async () => {
    const { user, testApi } = await renderSettings({ shell: 'browser' });
    const button = within(windowSection()).getByRole('button', { name: 'Turn on click-through' });

    await user.click(button);

    await waitFor(() =>
      expect(button).toHaveAccessibleDescription(
        /Click-through needs the desktop app: a browser tab cannot pass clicks to other windows\.$/,
      ),
    );
    expect(testApi.control.overlayState().clickThrough).toBe(false);
  });
});

describe('SettingsView: Data', () => {
  const data = () => section('Data');

  it('shows the data folder as text that can be selected but not edited', async () => {
    const { testApi } = await renderSettings();
    const path = within(data()).getByRole('textbox', { name: 'Data folder' });

    expect(path).toHaveValue(testApi.control.dataDir);
    expect(path).toHaveAttribute('readonly');
  });

  it('opens the data folder in the desktop app', async () => {
    const { user, testApi } = await renderSettings();

    await user.click(within(data()).getByRole('button', { name: 'Open data folder' }));

    await waitFor(() => expect(testApi.control.foldersOpened).toBe(1));
    expect(within(data()).getByRole('status')).toBeEmptyDOMElement();
  });

  it('shows main’s refusal next to the button in the browser preview', async () => {
    const { user } = await renderSettings({ shell: 'browser' });
    const button = within(data()).getByRole('button', { name: 'Open data folder' });

    await user.click(button);

    await waitFor(() => expect(button).toHaveAccessibleDescription(BROWSER_CANNOT_OPEN_FOLDERS));
  });
});

describe('SettingsView: Reset all settings', () => {
  const reset = () => section('Reset all settings');
  const changed = {
    theme: 'dark',
    textSize: 'large',
    opacityPercent: 60,
    hotkeys: { ...DEFAULT_SETTINGS.hotkeys, 'toggle-overlay': 'Ctrl+Alt+Shift+J' },
  } as const;

  it('asks first, inline, with the focus on Cancel', async () => {
    const { user } = await renderSettings({ settings: changed });

    await user.click(within(reset()).getByRole('button', { name: 'Reset all settings…' }));

    const question = within(reset()).getByRole('group', {
      name: 'Reset every setting, hotkeys included, to its default?',
    });
    expect(within(question).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(within(question).getByRole('button', { name: 'Reset' })).toBeVisible();
  });

  it('resets every setting, hotkeys included, and says so when confirmed', async () => {
    const { user, testApi } = await renderSettings({ settings: changed });

    await user.click(within(reset()).getByRole('button', { name: 'Reset all settings…' }));
    await user.click(within(reset()).getByRole('button', { name: 'Reset' }));

    await waitFor(() => expect(testApi.control.storedSettings()).toEqual(DEFAULT_SETTINGS));
    // Main stores the defaults before its answer reaches the window, which then moves focus.
    await waitFor(() =>
      expect(within(reset()).getByRole('status')).toHaveTextContent(
        'Every setting is back to its default.',
      ),
    );
    await waitFor(() =>
      expect(within(reset()).getByRole('button', { name: 'Reset all settings…' })).toHaveFocus(),
    );
    expect(root()).toHaveAttribute('data-text-size', 'standard');
  });

  it('changes nothing and puts focus back on the button when cancelled', async () => {
    const { user, testApi } = await renderSettings({ settings: changed });

    await user.click(within(reset()).getByRole('button', { name: 'Reset all settings…' }));
    await user.click(within(reset()).getByRole('button', { name: 'Cancel' }));

    expect(within(reset()).getByRole('button', { name: 'Reset all settings…' })).toHaveFocus();
    expect(within(reset()).queryByRole('group')).not.toBeInTheDocument();
    expect(testApi.control.storedSettings().theme).toBe('dark');
    expect(testApi.control.requestsTo('settings:reset')).toEqual([]);
  });

  it('closes the question when Escape is pressed', async () => {
    const { user, testApi } = await renderSettings({ settings: changed });

    await user.click(within(reset()).getByRole('button', { name: 'Reset all settings…' }));
    await user.keyboard('{Escape}');

    expect(within(reset()).getByRole('button', { name: 'Reset all settings…' })).toHaveFocus();
    expect(testApi.control.requestsTo('settings:reset')).toEqual([]);
  });

  it('follows a reset made in another window', async () => {
    const { testApi } = await renderSettings({ settings: changed });
    expect(within(section('Look')).getByRole('radio', { name: 'Dark' })).toBeChecked();

    await act(() => testApi.api.settings.reset());

    expect(within(section('Look')).getByRole('radio', { name: 'Follow the system' })).toBeChecked();
  });
});

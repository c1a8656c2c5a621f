import { act } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAppearance } from '../../../../renderer/features/settings/use-appearance';
import type { Settings } from '../../../../shared/domain/settings';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

function Appearance() {
  useAppearance();
  return null;
}

const root = () => document.documentElement;

/** A system colour preference the test can flip, as the operating system would. */
function installSystemScheme(isDark: boolean): (isDark: boolean) => void {
  const listeners = new Set<() => void>();
  let matches = isDark;
  window.matchMedia = (query: string) =>
    ({
      get matches() {
        return query === '(prefers-color-scheme: dark)' && matches;
      },
      media: query,
      addEventListener: (_type: string, listener: () => void) => listeners.add(listener),
      removeEventListener: (_type: string, listener: () => void) => listeners.delete(listener),
    }) as unknown as MediaQueryList;
  return (next) => {
    matches = next;
    for (const listener of [...listeners]) listener();
  };
}

async function renderAppearance(settings: Partial<Settings>) {
  const view = renderWithStores(<Appearance />, createTestApi({ settings }));
  // Let main's answer to settings:get arrive.
  await act(() => Promise.resolve());
  return view;
}

describe('useAppearance', () => {
  const originalMatchMedia = window.matchMedia;
  afterEach(() => {
    window.matchMedia = originalMatchMedia;
  });

  it('applies the dark theme to the page and its colour scheme', async () => {
    await renderAppearance({ theme: 'dark' });

    expect(root()).toHaveAttribute('data-theme', 'dark');
    expect(root().style.colorScheme).toBe('dark');
  });

  it('applies the light theme even when the system prefers dark', async () => {
    installSystemScheme(true);
    await renderAppearance({ theme: 'light' });

    expect(root()).toHaveAttribute('data-theme', 'light');
    expect(root().style.colorScheme).toBe('light');
  });

  it('follows the system, and its changes, when the theme is "system"', async () => {
    const setSystemDark = installSystemScheme(true);
    await renderAppearance({ theme: 'system' });
    expect(root()).toHaveAttribute('data-theme', 'dark');

    act(() => setSystemDark(false));

    expect(root()).toHaveAttribute('data-theme', 'light');
  });

  it('falls back to light where the system preference cannot be read', async () => {
    // jsdom has no matchMedia at all.
    expect(window.matchMedia).toBeUndefined();
    await renderAppearance({ theme: 'system' });

    expect(root()).toHaveAttribute('data-theme', 'light');
  });

  it('scales the root font with the text size', async () => {
    await renderAppearance({ textSize: 'large' });

    expect(root()).toHaveAttribute('data-text-size', 'large');
    expect(root().style.getPropertyValue('--text-scale')).toBe('1.2');
  });

  it('follows a change made in another window', async () => {
    const { testApi } = await renderAppearance({ theme: 'light', textSize: 'standard' });

    await act(() => testApi.api.settings.update({ theme: 'dark', textSize: 'small' }));

    expect(root()).toHaveAttribute('data-theme', 'dark');
    expect(root().style.getPropertyValue('--text-scale')).toBe('0.875');
  });

  it('leaves the page as it found it when it stops', async () => {
    const { unmount } = await renderAppearance({ theme: 'dark', textSize: 'largest' });

    unmount();

    expect(root()).not.toHaveAttribute('data-theme');
    expect(root()).not.toHaveAttribute('data-text-size');
    expect(root().style.getPropertyValue('--text-scale')).toBe('');
  });
});

import { useLayoutEffect, useSyncExternalStore } from 'react';
import { TEXT_SCALE, type Theme } from '../../../shared/domain/settings';
import { useSettingsState } from '../../app/stores';

type ColorScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

// jsdom and some embedded views have no matchMedia; they simply get the light theme.
function darkQuery(): MediaQueryList | null {
  return typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribeToSystemScheme(onChange: () => void): () => void {
  const query = darkQuery();
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
}

function systemPrefersDark(): boolean {
  return darkQuery()?.matches ?? false;
}

function colorSchemeOf(theme: Theme, prefersDark: boolean): ColorScheme {
  if (theme !== 'system') return theme;
  return prefersDark ? 'dark' : 'light';
}

/**
 * Applies the caller's theme and text size to the whole document, live: `data-theme` and
 * `color-scheme` pick the palette (following the system's light or dark choice as it changes
 * when the theme is `system`), and `--text-scale` sizes the root font, which every rem follows.
 */
export function useAppearance(): void {
  const theme = useSettingsState((state) => state.settings.theme);
  const textSize = useSettingsState((state) => state.settings.textSize);
  const prefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark);
  const scheme = colorSchemeOf(theme, prefersDark);

  // Layout effects, so a change is painted once, already in the new look.
  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.theme = scheme;
    root.style.colorScheme = scheme;
    return () => {
      delete root.dataset.theme;
      root.style.removeProperty('color-scheme');
    };
  }, [scheme]);

  useLayoutEffect(() => {
    const root = document.documentElement;
    root.dataset.textSize = textSize;
    root.style.setProperty('--text-scale', String(TEXT_SCALE[textSize]));
    return () => {
      delete root.dataset.textSize;
      root.style.removeProperty('--text-scale');
    };
  }, [textSize]);
}

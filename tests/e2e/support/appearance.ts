import type { Page } from 'playwright-core';
import type { TextSize, Theme } from '../../../shared/domain/settings';

export interface Appearance {
  readonly theme: Exclude<Theme, 'system'>;
  readonly textSize: TextSize;
}

/** The looks every view is checked in: both themes, at the standard and the largest text size. */
export const APPEARANCES: readonly Appearance[] = [
  { theme: 'light', textSize: 'standard' },
  { theme: 'dark', textSize: 'standard' },
  { theme: 'light', textSize: 'largest' },
  { theme: 'dark', textSize: 'largest' },
];

/**
 * Switches the theme and text size through the app's own API (as the Settings view does, without
 * moving focus or changing the view), then waits until the page shows them.
 */
export async function applyAppearance(page: Page, { theme, textSize }: Appearance): Promise<void> {
  await page.evaluate(
    async (patch) => {
      const result = await window.callCoach!.settings.update(patch);
      if (!result.ok) throw new Error(result.error.message);
    },
    { theme, textSize },
  );
  await page.locator(`html[data-theme="${theme}"][data-text-size="${textSize}"]`).waitFor();
}

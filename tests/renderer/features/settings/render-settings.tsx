import { screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import axe from 'axe-core';
import { SettingsView } from '../../../../renderer/features/settings/settings-view';
import { useAppearance } from '../../../../renderer/features/settings/use-appearance';
import { createTestApi, type TestApiOptions } from '../../../support/test-api';
import { renderWithStores, type RenderWithStoresResult } from '../../../support/render';

export interface RenderedSettings extends RenderWithStoresResult {
  readonly user: UserEvent;
}

/** The page with the appearance hook running, as <App/> runs it. */
function SettingsPage() {
  useAppearance();
  return <SettingsView />;
}

/**
 * Renders the Settings page over main's real core and waits until main has answered: the data
 * folder (app status) and the hotkey statuses (overlay state), both asked for after settings.
 */
export async function renderSettings(options: TestApiOptions = {}): Promise<RenderedSettings> {
  const user = userEvent.setup();
  const testApi = createTestApi(options);
  const view = renderWithStores(<SettingsPage />, testApi);
  await screen.findByDisplayValue(testApi.control.dataDir);
  await waitFor(() => expect(view.stores.overlay.getState().overlay).not.toBeNull());
  return { ...view, user };
}

/** One section of the page, by its heading. */
export const section = (name: string): HTMLElement => screen.getByRole('region', { name });

/**
 * axe's structural rules (names, roles, ids, headings). jsdom has no layout, so contrast is left
 * to the end-to-end check; `region` is off because the page renders here without the app's
 * landmarks around it.
 */
export async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

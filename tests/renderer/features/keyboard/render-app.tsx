import { act, screen, waitFor } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../../../renderer/app/app';
import type { Call } from '../../../../shared/domain/call';
import type { HotkeyAction } from '../../../../shared/domain/hotkeys';
import { startInput } from '../../../support/builders';
import { createTestApi, type TestApi, type TestApiOptions } from '../../../support/test-api';
import { renderWithStores, type RenderWithStoresResult } from '../../../support/render';
import { installDialogSupport } from './jsdom-dialog';

export interface RenderedApp extends RenderWithStoresResult {
  readonly user: UserEvent;
  /** The call started before the window opened, if one was asked for. */
  readonly call: Call | null;
}

export interface RenderAppOptions extends TestApiOptions {
  /** Start a call in main before the window opens (it reopens it), and with which playbook. */
  readonly withCall?: boolean;
  readonly callPlaybookId?: string;
}

/**
 * The whole window as a caller gets it, once everything it loads at start-up has arrived: the
 * settings (so the layout is the stored one), the overlay state, the call and its playbook.
 */
export async function renderApp(options: RenderAppOptions = {}): Promise<RenderedApp> {
  installDialogSupport();
  const testApi = createTestApi(options);
  let call: Call | null = null;
  if (options.withCall) {
    const started = await testApi.api.calls.start(
      startInput(options.callPlaybookId ? { playbookId: options.callPlaybookId } : {}),
    );
    if (!started.ok) throw new Error(started.error.message);
    call = started.value;
  }
  const user = userEvent.setup();
  const view = renderWithStores(<App />, testApi);
  const { stores } = view;
  await waitFor(() => {
    expect(stores.overlay.getState().overlay).not.toBeNull();
    expect(stores.call.getState().phase).not.toBe('loading');
    expect(stores.settings.getState().settings).toEqual(testApi.control.storedSettings());
  });
  if (call && stores.settings.getState().settings.layout === 'expanded') {
    await screen.findByRole('toolbar', { name: 'Situations' });
  }
  return { ...view, user, call };
}

/** Starts the app with a call whose first `done` steps are checked. */
export async function renderAppWithSteps(
  done: number,
  options: RenderAppOptions = {},
): Promise<RenderedApp> {
  const rendered = await renderApp({ ...options, withCall: true });
  const call = rendered.call!;
  const { toggleStep } = rendered.stores.call.getState().actions;
  for (const step of call.steps.slice(0, done)) {
    await act(() => toggleStep(step.stepId, true));
  }
  return rendered;
}

/** What the polite live region last said. */
export const announced = (): string =>
  document.querySelector('.announcer[aria-live="polite"]')?.textContent ?? '';

/** Main's stored copy of whether each step of the call is checked. */
export const storedSteps = (testApi: TestApi, call: Call): boolean[] =>
  testApi.control.storedCall(call.id)!.steps.map((step) => step.checkedAt !== null);

/** A global hotkey pressed in another app, as main passes it on to the window. */
export async function pressHotkey(testApi: TestApi, action: HotkeyAction): Promise<void> {
  await act(() => Promise.resolve(testApi.control.pressHotkey(action)));
}

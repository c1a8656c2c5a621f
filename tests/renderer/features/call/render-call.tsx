import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CallView } from '../../../../renderer/features/call/call-view';
import type { Call } from '../../../../shared/domain/call';
import type { StartCallInput } from '../../../../shared/domain/start-call';
import { startInput } from '../../../support/builders';
import {
  createTestApi,
  type CallSeed,
  type TestApi,
  type TestApiOptions,
} from '../../../support/test-api';
import { renderWithStores, type RenderWithStoresResult } from '../../../support/render';

export interface RenderedCall extends RenderWithStoresResult {
  readonly user: UserEvent;
  readonly call: Call;
}

/**
 * Starts a call in main (as the start form would), then renders the call view, which
 * reopens it, and waits until the playbook has loaded. `setUp` runs in main before the render.
 */
export async function renderCall(
  start: Partial<StartCallInput> = {},
  options: TestApiOptions = {},
  setUp: (testApi: TestApi, call: Call) => Promise<unknown> = () => Promise.resolve(),
): Promise<RenderedCall> {
  const testApi = createTestApi(options);
  const started = await testApi.api.calls.start(startInput(start));
  if (!started.ok) throw new Error(started.error.message);
  await setUp(testApi, started.value);
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  await screen.findByRole('toolbar', { name: 'Situations' });
  return { ...view, user, call: started.value };
}

/**
 * Puts an open call in storage as main's own commands would have left it (steps checked,
 * situations opened, fields filled), started now, and renders the call view over it.
 */
export async function renderSeededCall(
  seed: Partial<CallSeed> = {},
  options: TestApiOptions = {},
): Promise<RenderedCall> {
  const testApi = createTestApi(options);
  const call = testApi.control.seedOpenCall({
    customer: 'Acme Plumbing',
    startedAt: testApi.control.now(),
    ...seed,
  });
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  await screen.findByRole('toolbar', { name: 'Situations' });
  return { ...view, user, call };
}

/** The expert's settings, for tests that want the forms without the coaching around them. */
export const EXPERT: TestApiOptions = { settings: { coachingMode: 'expert' } };

/** Opens a situation with its toolbar button and returns its form. */
export async function openSituation(user: UserEvent, title: string): Promise<HTMLElement> {
  await user.click(situationButton(title));
  return screen.findByRole('region', { name: title });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A situation's toolbar button, named by its title and its key letter ("Dispute D"). */
export const situationButton = (title: string): HTMLElement =>
  within(screen.getByRole('toolbar', { name: 'Situations' })).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(title)} [A-Z]$`),
  });

/** The coach card, named by the current step's title (or "All steps done"). */
export const coachCard = (title: string): HTMLElement =>
  screen.getByRole('article', { name: title });

/** The strip of step checkboxes. */
export const stepStrip = (): HTMLElement => screen.getByRole('list', { name: 'Call steps' });

/** A date `days` from today (the test clock's), as main stores it: YYYY-MM-DD. */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A date `days` from today as a caller in en-US types it into a date field: MM/DD/YYYY. */
export function typedDaysFromToday(days: number): string {
  const [year, month, day] = isoDaysFromToday(days).split('-');
  return `${month}/${day}/${year}`;
}

/**
 * Ends the call through the wrap-up as a call nobody answered (its quick ending: try again the
 * next business day).
 */
export async function endAsNoAnswer(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'End call' }));
  const wrapUp = screen.getByRole('region', { name: 'Wrap up' });
  await user.click(within(wrapUp).getByRole('button', { name: /^No answer/ }));
}

import { screen, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { CallView } from '../../../../renderer/features/call/call-view';
import type { Call } from '../../../../shared/domain/call';
import type { StartCallInput } from '../../../../shared/domain/start-call';
import { startInput } from '../../../support/builders';
import { createTestApi, type TestApi, type TestApiOptions } from '../../../support/test-api';
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

/** Opens a situation with its toolbar button and returns its section. */
export async function openSituation(user: UserEvent, title: string): Promise<HTMLElement> {
  await user.click(situationButton(title));
  return screen.findByRole('region', { name: title });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A situation's toolbar button, named by its title and its shortcut. */
export const situationButton = (title: string): HTMLElement =>
  screen.getByRole('button', { name: new RegExp(`^${escapeRegExp(title)} Alt\\+Shift\\+[A-Z]$`) });

/** A date `days` from today, as a date input holds it. */
export function isoDaysFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Ends the call through the wrap-up as a call nobody answered, to try again today. */
export async function endAsNoAnswer(user: UserEvent): Promise<void> {
  await user.click(screen.getByRole('button', { name: 'End call' }));
  const wrapUp = screen.getByRole('region', { name: 'Wrap up' });
  await user.selectOptions(within(wrapUp).getByRole('combobox', { name: /^Outcome/ }), 'No answer');
  await user.type(within(wrapUp).getByLabelText('Try again on'), isoDaysFromToday(0));
  await user.click(within(wrapUp).getByRole('button', { name: 'End call' }));
}

import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { StrictMode } from 'react';
import { bootstrap } from '../../../../renderer/app/bootstrap';
import { StoresProvider } from '../../../../renderer/app/stores';
import { CallView } from '../../../../renderer/features/call/call-view';
import type { CallCoachApi } from '../../../../shared/ipc/api';
import { firstHistoryPage } from '../../../../shared/domain/history';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { createApiAfterCrash } from './after-crash';
import { endAsNoAnswer } from './render-call';

/** The call view over `api`, as renderer/main.tsx renders the app. */
function renderOver(api: CallCoachApi) {
  const stores = bootstrap(api);
  render(
    <StrictMode>
      <StoresProvider stores={stores}>
        <CallView />
      </StoresProvider>
    </StrictMode>,
  );
  return { stores };
}

async function renderWithOpenCall() {
  const testApi = createTestApi();
  const call = testApi.control.seedOpenCall({ customer: 'Bright Dental' });
  const view = renderWithStores(<CallView />, testApi);
  await screen.findByRole('toolbar', { name: 'Situations' });
  return { ...view, call, user: userEvent.setup() };
}

/** Everything the window's status regions say right now. */
const statusText = () =>
  screen
    .queryAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join(' ');

describe('CallView', () => {
  it('moves the call to history when the wrap-up ends it', async () => {
    const { user, testApi, call } = await renderWithOpenCall();

    await endAsNoAnswer(user);

    await waitFor(async () => {
      const history = await testApi.api.calls.history(firstHistoryPage());
      expect(history.ok && history.value.items.map((item) => item.id)).toEqual([call.id]);
    });
  });

  it('confirms the call was saved and shows the start form again when the call ends', async () => {
    const { user } = await renderWithOpenCall();

    await endAsNoAnswer(user);

    await waitFor(() =>
      expect(statusText()).toContain('Call with Bright Dental saved to History.'),
    );
    expect(screen.getByRole('form', { name: 'Start a call' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Call steps' })).not.toBeInTheDocument();
  });

  it('puts focus on Customer, ready for the next call, when the call ends', async () => {
    const { user } = await renderWithOpenCall();

    await endAsNoAnswer(user);

    expect(await screen.findByRole('combobox', { name: 'Customer (required)' })).toHaveFocus();
  });

  it('says the call was reopened when main recovered it after Call Coach stopped unexpectedly', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });
    renderOver(api);

    expect(await screen.findByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
    await waitFor(() =>
      expect(statusText()).toContain(
        'Reopened your unfinished call. Call Coach stopped unexpectedly; everything saved before then is here.',
      ),
    );
  });

  it('does not say reopened for an open call found after a clean start, as after a reload', async () => {
    await renderWithOpenCall();

    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
    expect(statusText()).not.toContain('Reopened');
  });

  it('stops saying reopened once the caller checks a step in the recovered call', async () => {
    const { api } = createApiAfterCrash({ customer: 'Bright Dental' });
    const { stores } = renderOver(api);
    await waitFor(() => expect(statusText()).toContain('Reopened'));

    await act(() => stores.call.getState().actions.checkCurrentStep());

    expect(statusText()).not.toContain('Reopened');
  });

  it('does not say reopened when the call was started now', async () => {
    const user = userEvent.setup();
    renderWithStores(<CallView />);
    const startButton = await screen.findByRole('button', { name: 'Start call' });
    await waitFor(() => expect(startButton).toBeEnabled());
    await user.type(screen.getByRole('combobox', { name: 'Customer (required)' }), 'Acme Plumbing');

    await user.click(startButton);

    expect(await screen.findByRole('heading', { name: 'Acme Plumbing' })).toBeInTheDocument();
    expect(statusText()).not.toContain('Reopened');
  });

  it('keeps the call open and alerts when the wrap-up cannot save what was typed', async () => {
    const { user, testApi, call } = await renderWithOpenCall();
    testApi.control.failSaves(true);
    await user.type(screen.getByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    await endAsNoAnswer(user);

    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
        expect.stringContaining('What you typed is not saved yet, so the call stays open.'),
      ),
    );
    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
    expect(testApi.control.storedCall(call.id)?.endedAt).toBeNull();
  });

  it('shows main’s refusal and keeps the wrap-up open when main will not end the call', async () => {
    const { user, testApi } = await renderWithOpenCall();
    testApi.control.failNext('calls:apply', {
      code: 'conflict',
      message: 'This call has already ended.',
    });

    await endAsNoAnswer(user);

    expect(await screen.findByRole('alert')).toHaveTextContent('This call has already ended.');
    expect(screen.getByRole('region', { name: 'Wrap up' })).toBeInTheDocument();
  });
});

import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { firstHistoryPage } from '../../../../shared/domain/history';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { endAsNoAnswer } from './render-call';

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

    expect(await screen.findByRole('textbox', { name: 'Customer (required)' })).toHaveFocus();
  });

  it('says the call was reopened when it resumes an unfinished call', async () => {
    await renderWithOpenCall();

    await waitFor(() => expect(statusText()).toContain('Reopened your unfinished call.'));
    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
  });

  it('does not say reopened when the call was started now', async () => {
    const user = userEvent.setup();
    renderWithStores(<CallView />);
    const startButton = await screen.findByRole('button', { name: 'Start call' });
    await waitFor(() => expect(startButton).toBeEnabled());
    await user.type(screen.getByRole('textbox', { name: 'Customer (required)' }), 'Acme Plumbing');

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

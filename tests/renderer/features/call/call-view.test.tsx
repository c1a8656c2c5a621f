import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { firstHistoryPage } from '../../../../shared/domain/history';
import { createFakeApi } from '../../../support/fake-api';
import { renderWithStores } from '../../../support/render';

function renderWithOpenCall() {
  const fake = createFakeApi();
  const call = fake.control.seedOpenCall({ customer: 'Bright Dental' });
  return { ...renderWithStores(<CallView />, fake), call, user: userEvent.setup() };
}

/** Everything the window's status regions say right now. */
const statusText = () =>
  screen
    .queryAllByRole('status')
    .map((region) => region.textContent ?? '')
    .join(' ');

describe('CallView', () => {
  it('moves the call to history when End call is pressed', async () => {
    const { user, fake, call } = renderWithOpenCall();

    await user.click(await screen.findByRole('button', { name: 'End call' }));

    await waitFor(async () => {
      const history = await fake.api.calls.history(firstHistoryPage());
      expect(history.ok && history.value.items.map((item) => item.id)).toEqual([call.id]);
    });
  });

  it('confirms the call was saved and shows the start form again when End call is pressed', async () => {
    const { user } = renderWithOpenCall();

    await user.click(await screen.findByRole('button', { name: 'End call' }));

    await waitFor(() =>
      expect(statusText()).toContain('Call with Bright Dental saved to History.'),
    );
    expect(screen.getByRole('form', { name: 'Start a call' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Call steps' })).not.toBeInTheDocument();
  });

  it('says the call was reopened when it resumes an unfinished call', async () => {
    renderWithOpenCall();

    await waitFor(() => expect(statusText()).toContain('Reopened your unfinished call.'));
    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
  });

  it('does not say reopened when the call was started now', async () => {
    const user = userEvent.setup();
    renderWithStores(<CallView />);
    const startButton = await screen.findByRole('button', { name: 'Start call' });
    await waitFor(() => expect(startButton).toBeEnabled());
    await user.type(screen.getByRole('textbox', { name: /^Customer/ }), 'Acme Plumbing');

    await user.click(startButton);

    expect(await screen.findByRole('heading', { name: 'Acme Plumbing' })).toBeInTheDocument();
    expect(statusText()).not.toContain('Reopened');
  });

  it('keeps the call open and alerts when End call cannot save the notes', async () => {
    const { user, fake, call } = renderWithOpenCall();
    fake.control.failSaves(true);
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    await user.click(screen.getByRole('button', { name: 'End call' }));

    await waitFor(() =>
      expect(screen.getAllByRole('alert').map((alert) => alert.textContent)).toContainEqual(
        expect.stringContaining('Your notes are not saved yet, so the call stays open.'),
      ),
    );
    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
    expect(fake.control.storedCall(call.id)?.endedAt).toBeNull();
  });
});

import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { UNREACHABLE_MESSAGE } from '../../../../shared/ipc/result';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { openSituation, renderCall as renderStartedCall } from './render-call';

const LONG_NOTES =
  'Dana in AP: check #4411 for $1,250.00 mailed Monday to the lockbox, covers INV-2207. ACH Friday if lost!';
// Slow enough in fake time that several saves land mid-typing; fast in real time.
const TYPING_DELAY_MS = 50;
const SLOW_TEST_MS = 15_000;

function renderCall() {
  const testApi = createTestApi();
  const call = testApi.control.seedOpenCall({ customer: 'Acme Plumbing' });
  return { ...renderWithStores(<CallView />, testApi), call };
}

const notesField = () => screen.getByRole('textbox', { name: 'Notes' });

// Each test starts main's real core, which is slow on a busy machine.
describe('NotesEditor', { timeout: 60_000 }, () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'keeps every character when the caller types fast while saves run',
    async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { testApi } = renderCall();
      const user = userEvent.setup({
        delay: TYPING_DELAY_MS,
        advanceTimers: vi.advanceTimersByTime,
      });

      await user.type(await screen.findByRole('textbox', { name: 'Notes' }), LONG_NOTES);

      expect(notesField()).toHaveValue(LONG_NOTES);
      // Saves, and main's broadcasts of them, happened while the typing went on.
      expect(testApi.control.requestsTo('calls:type').length).toBeGreaterThanOrEqual(3);
    },
    SLOW_TEST_MS,
  );

  it(
    'stores exactly the final text once the timers have run',
    async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { testApi, call } = renderCall();
      const user = userEvent.setup({
        delay: TYPING_DELAY_MS,
        advanceTimers: vi.advanceTimersByTime,
      });
      await user.type(await screen.findByRole('textbox', { name: 'Notes' }), LONG_NOTES);

      await act(() => vi.advanceTimersByTimeAsync(1000));

      expect(testApi.control.storedCall(call.id)?.notes).toBe(LONG_NOTES);
      expect(testApi.control.requestsTo('calls:type').at(-1)).toEqual([
        call.id,
        { type: 'edit-notes', notes: LONG_NOTES },
      ]);
    },
    SLOW_TEST_MS,
  );

  it('says it is saving while a save is under way', async () => {
    const { testApi } = renderCall();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Notes' });
    const release = testApi.control.hold();

    await user.type(field, 'Promised Friday');

    expect(field).toHaveAccessibleDescription('Saving…');
    release();
  });

  it('says all changes are saved once main has stored the notes', async () => {
    const { testApi } = renderCall();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Notes' });
    const release = testApi.control.hold();
    await user.type(field, 'Promised Friday');

    release();

    await waitFor(() => expect(field).toHaveAccessibleDescription('All changes saved'));
  });

  it('alerts that what was typed could not be saved yet when saves fail', async () => {
    const { testApi } = renderCall();
    const user = userEvent.setup();
    testApi.control.failSaves(true);

    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    // Main's own words: here it cannot be reached at all.
    expect(await screen.findByRole('alert')).toHaveTextContent(UNREACHABLE_MESSAGE);
    expect(notesField()).toHaveValue('Promised Friday');
    expect(notesField()).toHaveAccessibleDescription('Not saved yet');
  });

  it('keeps what was typed when main broadcasts an older copy of the notes', async () => {
    const { testApi, call } = renderCall();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    act(() => testApi.control.emitCallChanged({ ...call, notes: 'Prom' }));

    expect(notesField()).toHaveValue('Promised Friday');
  });

  it('says saving, then all changes saved, while a situation’s field is stored', async () => {
    const { user, testApi } = await renderStartedCall();
    const dispute = await openSituation(user, 'Dispute');
    const release = testApi.control.hold();

    await user.type(within(dispute).getByRole('textbox', { name: 'Owner' }), 'Priya');
    expect(notesField()).toHaveAccessibleDescription('Saving…');
    release();

    await waitFor(() => expect(notesField()).toHaveAccessibleDescription('All changes saved'));
  });

  it('shows a single alert when a situation’s field cannot be saved', async () => {
    const { user, testApi } = await renderStartedCall();
    const dispute = await openSituation(user, 'Dispute');
    testApi.control.failNext('calls:type', { code: 'unavailable', message: 'Storage is away.' });

    await user.type(within(dispute).getByRole('textbox', { name: 'Owner' }), 'Priya');

    await waitFor(() => expect(notesField()).toHaveAccessibleDescription('Not saved yet'));
    expect(screen.getAllByRole('alert')).toHaveLength(1);
    // In main's words (a full disk, say), not a generic line.
    expect(screen.getByRole('alert')).toHaveTextContent('Storage is away.');
    expect(within(dispute).getByRole('textbox', { name: 'Owner' })).toHaveValue('Priya');
  });
});

import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { createFakeApi } from '../../../support/fake-api';
import { renderWithStores } from '../../../support/render';

const LONG_NOTES =
  'Dana in AP: check #4411 for $1,250.00 mailed Monday to the lockbox, covers INV-2207. ACH Friday if lost!';
// Slow enough in fake time that several saves land mid-typing; fast in real time.
const TYPING_DELAY_MS = 50;
const SLOW_TEST_MS = 15_000;

function renderCall() {
  const fake = createFakeApi();
  const call = fake.control.seedOpenCall({ customer: 'Acme Plumbing' });
  return { ...renderWithStores(<CallView />, fake), call };
}

const notesField = () => screen.getByRole('textbox', { name: 'Notes' });

describe('NotesEditor', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'keeps every character when the caller types fast while saves run',
    async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { fake } = renderCall();
      const user = userEvent.setup({
        delay: TYPING_DELAY_MS,
        advanceTimers: vi.advanceTimersByTime,
      });

      await user.type(await screen.findByRole('textbox', { name: 'Notes' }), LONG_NOTES);

      expect(notesField()).toHaveValue(LONG_NOTES);
      // Saves, and main's broadcasts of them, happened while the typing went on.
      expect(fake.control.requestsTo('calls:apply').length).toBeGreaterThanOrEqual(3);
    },
    SLOW_TEST_MS,
  );

  it(
    'stores exactly the final text once the timers have run',
    async () => {
      vi.useFakeTimers({ shouldAdvanceTime: true });
      const { fake, call } = renderCall();
      const user = userEvent.setup({
        delay: TYPING_DELAY_MS,
        advanceTimers: vi.advanceTimersByTime,
      });
      await user.type(await screen.findByRole('textbox', { name: 'Notes' }), LONG_NOTES);

      await act(() => vi.advanceTimersByTimeAsync(1000));

      expect(fake.control.storedCall(call.id)?.notes).toBe(LONG_NOTES);
      expect(fake.control.requestsTo('calls:apply').at(-1)).toEqual([
        call.id,
        { type: 'edit-notes', notes: LONG_NOTES },
      ]);
    },
    SLOW_TEST_MS,
  );

  it('says it is saving while a save is under way', async () => {
    const { fake } = renderCall();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Notes' });
    const release = fake.control.hold();

    await user.type(field, 'Promised Friday');

    expect(field).toHaveAccessibleDescription('Saving…');
    release();
  });

  it('says all notes are saved once main has stored them', async () => {
    const { fake } = renderCall();
    const user = userEvent.setup();
    const field = await screen.findByRole('textbox', { name: 'Notes' });
    const release = fake.control.hold();
    await user.type(field, 'Promised Friday');

    release();

    await waitFor(() => expect(field).toHaveAccessibleDescription('All notes saved'));
  });

  it('alerts that the notes could not be saved yet when saves fail', async () => {
    const { fake } = renderCall();
    const user = userEvent.setup();
    fake.control.failSaves(true);

    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your notes could not be saved yet.',
    );
    expect(notesField()).toHaveValue('Promised Friday');
    expect(notesField()).toHaveAccessibleDescription('Not saved yet');
  });

  it('keeps what was typed when main broadcasts an older copy of the notes', async () => {
    const { fake, call } = renderCall();
    const user = userEvent.setup();
    await user.type(await screen.findByRole('textbox', { name: 'Notes' }), 'Promised Friday');

    act(() => fake.control.emitCallChanged({ ...call, notes: 'Prom' }));

    expect(notesField()).toHaveValue('Promised Friday');
  });
});

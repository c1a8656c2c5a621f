import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CoachingModeSwitch } from '../../../../renderer/features/settings/coaching-mode-switch';
import { createTestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const coaching = () => screen.getByRole('group', { name: 'Coaching' });
const option = (name: 'Trainee' | 'Expert') => within(coaching()).getByRole('radio', { name });

describe('CoachingModeSwitch', () => {
  it('starts on the mode main has stored', async () => {
    renderWithStores(
      <CoachingModeSwitch />,
      createTestApi({ settings: { coachingMode: 'expert' } }),
    );

    await waitFor(() => expect(option('Expert')).toBeChecked());
    expect(option('Trainee')).not.toBeChecked();
  });

  it('explains what each mode shows', async () => {
    renderWithStores(
      <CoachingModeSwitch />,
      createTestApi({ settings: { coachingMode: 'expert' } }),
    );
    await waitFor(() => expect(option('Expert')).toBeChecked());

    expect(coaching()).toHaveAccessibleDescription(
      /Trainee: Shows why each step matters, phrases to borrow and questions to ask\. Expert: Shows only the prompts and the forms\./,
    );
  });

  it('switches to Expert and has main keep it when Expert is chosen', async () => {
    const user = userEvent.setup();
    const { testApi } = renderWithStores(<CoachingModeSwitch />);
    await waitFor(() => expect(option('Trainee')).toBeChecked());

    await user.click(option('Expert'));

    expect(option('Expert')).toBeChecked();
    await waitFor(() => expect(testApi.control.storedSettings().coachingMode).toBe('expert'));
  });

  it('switches back with the arrow keys when the switch has focus', async () => {
    const user = userEvent.setup();
    const { testApi } = renderWithStores(
      <CoachingModeSwitch />,
      createTestApi({ settings: { coachingMode: 'expert' } }),
    );
    await waitFor(() => expect(option('Expert')).toBeChecked());

    await user.tab();
    await user.keyboard('{ArrowLeft}');

    expect(option('Trainee')).toBeChecked();
    await waitFor(() => expect(testApi.control.storedSettings().coachingMode).toBe('trainee'));
  });

  it('follows a change made in another window when main broadcasts it', async () => {
    const { testApi } = renderWithStores(<CoachingModeSwitch />);
    await waitFor(() => expect(option('Trainee')).toBeChecked());

    // Another window's update: main stores it and broadcasts settings:changed to every window.
    await act(() => testApi.api.settings.update({ coachingMode: 'expert' }));

    expect(option('Expert')).toBeChecked();
  });

  it('goes back to the stored mode and says why when main cannot save it', async () => {
    const user = userEvent.setup();
    const testApi = createTestApi();
    renderWithStores(<CoachingModeSwitch />, testApi);
    await waitFor(() => expect(option('Trainee')).toBeChecked());
    testApi.control.failNext('settings:update', {
      code: 'unavailable',
      message: 'Call Coach can’t reach its storage right now.',
    });

    await user.click(option('Expert'));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Call Coach could not keep your coaching choice: Call Coach can’t reach its storage right now.',
    );
    expect(option('Trainee')).toBeChecked();
    expect(testApi.control.storedSettings().coachingMode).toBe('trainee');
  });

  it('stays quiet when main refuses some other setting, such as a hotkey', async () => {
    const { stores } = renderWithStores(<CoachingModeSwitch />);
    await waitFor(() => expect(option('Trainee')).toBeChecked());
    const { update } = stores.settings.getState().actions;

    // Another part of the window asks for Copy's combination as a hotkey.
    let refusal: string | null = null;
    await act(async () => {
      refusal = await update({ hotkeys: { 'toggle-overlay': 'Ctrl+C' } });
    });

    expect(refusal).toMatch(/already Copy/);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

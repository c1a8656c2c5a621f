import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../../renderer/app/app';
import { createTestApi } from '../../support/test-api';
import { renderWithStores } from '../../support/render';

// What main says when it found its database damaged at start-up and set it aside.
const DAMAGED_NOTICE =
  /^Call Coach could not read its database, so it started a fresh one\. The old file was kept as .+call-coach\.damaged-.+\.db\./;

const views = () => screen.getByRole('navigation', { name: 'Views' });

// Each test starts main's real core, which is slow on a busy machine.
describe('App', { timeout: 60_000 }, () => {
  it('shows the storage notice from app:status as an alert', async () => {
    renderWithStores(<App />, createTestApi({ isDatabaseDamaged: true }));

    expect(await screen.findByRole('alert')).toHaveTextContent(DAMAGED_NOTICE);
  });

  it('hides the storage notice when Got it is pressed', async () => {
    const user = userEvent.setup();
    renderWithStores(<App />, createTestApi({ isDatabaseDamaged: true }));
    const notice = await screen.findByRole('alert');

    await user.click(within(notice).getByRole('button', { name: 'Got it' }));

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows no alert when storage has nothing to report', async () => {
    renderWithStores(<App />);

    await screen.findByRole('form', { name: 'Start a call' });

    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('marks Call as the current view when it opens', async () => {
    renderWithStores(<App />);

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName('Call');
    expect(await screen.findByRole('form', { name: 'Start a call' })).toBeInTheDocument();
  });

  it('shows History and marks it current when History is pressed', async () => {
    const user = userEvent.setup();
    renderWithStores(<App />);

    await user.click(within(views()).getByRole('button', { name: 'History' }));

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName(
      'History',
    );
    expect(within(views()).getByRole('button', { name: 'Call' })).not.toHaveAttribute(
      'aria-current',
    );
    expect(screen.getByRole('region', { name: 'History' })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Start a call' })).not.toBeInTheDocument();
  });

  it('shows Playbooks from the menu and marks it current there', async () => {
    const user = userEvent.setup();
    renderWithStores(<App />);

    await user.click(screen.getByRole('button', { name: 'Menu' }));
    await user.click(screen.getByRole('button', { name: 'Playbooks' }));

    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(views()).queryByRole('button', { current: 'page' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    expect(screen.getByRole('button', { name: 'Playbooks' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(screen.getByRole('region', { name: 'Playbooks' })).toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Stored playbooks' })).toBeInTheDocument();
  });

  it('says calls cannot start yet when the playbooks cannot be loaded', async () => {
    const testApi = createTestApi();
    testApi.control.failNext('playbooks:list', {
      code: 'unavailable',
      message: 'The database is busy.',
    });
    renderWithStores(<App />, testApi);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Call Coach could not load its playbooks, so calls cannot start yet: The database is busy.',
    );
  });

  it('says when the settings cannot be read and the defaults are in use', async () => {
    const testApi = createTestApi();
    testApi.control.failNext('settings:get', {
      code: 'unavailable',
      message: 'The database is busy.',
    });
    renderWithStores(<App />, testApi);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Call Coach could not read your settings, so it is using the defaults for now: The database is busy.',
    );
  });

  it('shows the view main asks for (the tray’s Settings…)', async () => {
    const { testApi } = renderWithStores(<App />);
    await screen.findByRole('heading', { name: 'Start a call' });

    act(() => testApi.control.requestView('settings'));

    expect(await screen.findByRole('heading', { name: 'Settings', level: 2 })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Settings', hidden: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
  });

  it('switches the coaching mode from the header’s menu during a call and has main keep it', async () => {
    const user = userEvent.setup();
    const testApi = createTestApi();
    testApi.control.seedOpenCall({ customer: 'Bright Dental' });
    renderWithStores(<App />, testApi);
    await screen.findByRole('heading', { name: 'Bright Dental' });
    await user.click(screen.getByRole('button', { name: 'Menu' }));
    const coaching = screen.getByRole('group', { name: 'Coaching' });

    await user.click(within(coaching).getByRole('radio', { name: 'Expert' }));

    expect(within(coaching).getByRole('radio', { name: 'Expert' })).toBeChecked();
    await waitFor(() => expect(testApi.control.storedSettings().coachingMode).toBe('expert'));
    expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument();
  });

  it('returns to the live call when Call is pressed after History', async () => {
    const user = userEvent.setup();
    const testApi = createTestApi();
    testApi.control.seedOpenCall({ customer: 'Bright Dental' });
    renderWithStores(<App />, testApi);
    await screen.findByRole('heading', { name: 'Bright Dental' });
    await user.click(within(views()).getByRole('button', { name: 'History' }));

    await user.click(within(views()).getByRole('button', { name: 'Call' }));

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName('Call');
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Bright Dental' })).toBeInTheDocument(),
    );
  });
});

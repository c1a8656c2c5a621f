import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { act } from 'react';
import { describe, expect, it } from 'vitest';
import { App } from '../../../../renderer/app/app';
import { renderWithStores } from '../../../support/render';

const views = () => screen.getByRole('navigation', { name: 'Views' });

describe('The Accounts view', { timeout: 60_000 }, () => {
  it('is a tab of the window, and holds the aging report import', async () => {
    const user = userEvent.setup();
    renderWithStores(<App />);

    await user.click(within(views()).getByRole('button', { name: 'Accounts' }));

    expect(within(views()).getByRole('button', { current: 'page' })).toHaveAccessibleName(
      'Accounts',
    );
    const accounts = screen.getByRole('region', { name: 'Accounts' });
    expect(
      within(accounts).getByRole('heading', { name: 'Import an aging report', level: 3 }),
    ).toBeInTheDocument();
    expect(within(accounts).getByLabelText('Choose an aging report (CSV)')).toHaveAttribute(
      'type',
      'file',
    );
  });

  it('lists the views in the header in their order', () => {
    renderWithStores(<App />);

    expect(
      within(views())
        .getAllByRole('button')
        .map((tab) => tab.textContent),
    ).toEqual(['Call', 'Follow-ups', 'History', 'Accounts']);
  });

  it('opens when main asks for it', async () => {
    const { testApi } = renderWithStores(<App />);
    await screen.findByRole('heading', { name: 'Start a call' });

    act(() => testApi.control.requestView('accounts'));

    expect(await screen.findByRole('region', { name: 'Accounts' })).toBeInTheDocument();
  });
});

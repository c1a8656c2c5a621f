import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../features/keyboard/render-app';

const menuButton = () => screen.getByRole('button', { name: 'Menu' });
const header = () => screen.getByRole('banner');

describe('AppMenu', { timeout: 60_000 }, () => {
  it('sits in the header beside the views, folded', async () => {
    await renderApp();

    expect(within(header()).getByRole('navigation', { name: 'Views' })).toBeInTheDocument();
    expect(within(header()).getByRole('button', { name: 'Menu' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(screen.queryByRole('group', { name: 'Coaching' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Compact' })).toBeNull();
  });

  it('opens to show the coaching mode, Compact and Keys, and folds again on a second press', async () => {
    const { user } = await renderApp();

    await user.click(menuButton());

    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    const coaching = screen.getByRole('group', { name: 'Coaching' });
    expect(
      within(coaching)
        .getAllByRole('radio')
        .map((radio) => radio.getAttribute('value')),
    ).toEqual(['trainee', 'expert']);
    expect(screen.getByRole('button', { name: 'Compact' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Keys' })).toBeVisible();

    await user.click(menuButton());

    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('group', { name: 'Coaching' })).toBeNull();
  });

  it('opens Settings from its item with the keyboard, folds, and leaves focus on Menu', async () => {
    const { user } = await renderApp();
    menuButton().focus();
    await user.keyboard('{Enter}');
    within(screen.getByRole('group', { name: 'More views' }))
      .getByRole('button', { name: 'Settings' })
      .focus();

    await user.keyboard('{Enter}');

    expect(screen.getByRole('heading', { name: 'Settings', level: 2 })).toBeInTheDocument();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
  });

  it('opens Playbooks from its item', async () => {
    const { user } = await renderApp();
    await user.click(menuButton());

    await user.click(screen.getByRole('button', { name: 'Playbooks' }));

    expect(screen.getByRole('region', { name: 'Playbooks' })).toBeInTheDocument();
  });

  it('names the panel it controls', async () => {
    await renderApp();

    const panelId = menuButton().getAttribute('aria-controls');

    expect(panelId).toBeTruthy();
    expect(document.getElementById(panelId!)).toContainElement(
      screen.getByRole('group', { name: 'Coaching', hidden: true }),
    );
  });

  it('folds on Escape inside it, focus back on the Menu button', async () => {
    const { user } = await renderApp();
    await user.click(menuButton());
    await user.click(screen.getByRole('radio', { name: 'Trainee' }));

    await user.keyboard('{Escape}');

    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
  });

  it('folds when the caller clicks elsewhere in the window', async () => {
    const { user } = await renderApp();
    await user.click(menuButton());

    await user.click(screen.getByRole('combobox', { name: 'Customer (required)' }));

    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('combobox', { name: 'Customer (required)' })).toHaveFocus();
  });

  it('switches the coaching mode from inside, during a call, and has main keep it', async () => {
    const { user, testApi } = await renderApp({ withCall: true });
    await user.click(menuButton());
    const coaching = screen.getByRole('group', { name: 'Coaching' });

    await user.click(within(coaching).getByRole('radio', { name: 'Expert' }));

    expect(within(coaching).getByRole('radio', { name: 'Expert' })).toBeChecked();
    await waitFor(() => expect(testApi.control.storedSettings().coachingMode).toBe('expert'));
    expect(screen.queryByRole('button', { name: 'Why it matters' })).toBeNull();
  });

  it('switches to the compact line from inside, focus on Expand', async () => {
    const { user, testApi } = await renderApp({ withCall: true });
    await user.click(menuButton());

    await user.click(screen.getByRole('button', { name: 'Compact' }));

    await waitFor(() => expect(testApi.control.storedSettings().layout).toBe('compact'));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Expand' })).toHaveFocus());
  });
});

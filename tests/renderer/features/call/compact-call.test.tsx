import { act, screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { UNREACHABLE_MESSAGE } from '../../../../shared/ipc/result';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { renderApp, renderAppWithSteps, storedSteps } from '../keyboard/render-app';

const compact = { settings: { layout: 'compact' } } as const;
const main = () => screen.getByRole('main');

async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((violation) => `${violation.id}: ${violation.help}`);
}

describe('CompactCall', () => {
  it('says no call is in progress and offers to start one between calls', async () => {
    await renderApp(compact);

    expect(within(main()).getByText('No call in progress')).toBeVisible();
    expect(within(main()).getByRole('button', { name: 'Start a call' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Control+Alt+Shift+C',
    );
  });

  it('expands and focuses the start form when Start a call is pressed', async () => {
    const app = await renderApp(compact);

    await app.user.click(screen.getByRole('button', { name: 'Start a call' }));

    expect(app.stores.settings.getState().settings.layout).toBe('expanded');
    await waitFor(() =>
      expect(screen.getByRole('combobox', { name: /^Customer(?! since)/ })).toHaveFocus(),
    );
  });

  it('shows the current step’s title and the call time, then its prompt as the cue, during a call', async () => {
    await renderApp({ ...compact, withCall: true });
    const [first] = defaultArPlaybook.steps;

    const cue = await within(main()).findByText(first!.prompt);
    const title = within(main()).getByText(first!.title);

    expect(title.closest('p')).toHaveTextContent(`Step 1 of 7: ${first!.title}`);
    expect(title.closest('p')).toHaveAttribute('title', first!.title);
    // The cue is cut short on screen only: the whole prompt is in the page and in its tooltip.
    expect(cue).toHaveTextContent(first!.prompt);
    expect(cue).toHaveAttribute('title', first!.prompt);
    expect(within(main()).getByRole('timer', { name: 'Call time' })).toBeVisible();
  });

  it('puts the title, timer and Expand on the first line and the cue and next move on the second', async () => {
    await renderApp({ ...compact, withCall: true });
    const [first] = defaultArPlaybook.steps;
    const cue = await within(main()).findByText(first!.prompt);

    const order = [
      within(main()).getByText(first!.title).closest('p'),
      within(main()).getByRole('timer', { name: 'Call time' }),
      cue,
      within(main()).getByRole('button', { name: 'Done, next' }),
      within(main()).getByRole('button', { name: 'Expand' }),
    ].map((element) => element?.className);

    // The compact.css grid places each by its class: title, timer, expand; cue, next.
    expect(order).toEqual([
      'compact-call__title',
      'call-timer',
      'compact-call__cue',
      'button',
      'button button--quiet button--icon',
    ]);
    expect(within(main()).getByRole('button', { name: 'Done, next' }).parentElement).toHaveClass(
      'compact-call__next',
    );
    expect(within(main()).getByRole('button', { name: 'Expand' }).parentElement).toHaveClass(
      'compact-call__expand',
    );
  });

  it('shows Expand as an icon with the name Expand and a tooltip that says what it does', async () => {
    await renderApp({ ...compact, withCall: true });

    const expand = within(main()).getByRole('button', { name: 'Expand' });

    expect(expand.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
    expect(expand).toHaveAttribute('title', expect.stringMatching(/^Expand: show everything/));
    expect(expand).toHaveAttribute('aria-keyshortcuts');
  });

  it('cues the recap once every step is done', async () => {
    await renderAppWithSteps(7, compact);

    expect(within(main()).getByText('All steps done')).toBeVisible();
    expect(within(main()).getByText('Recap the next action aloud, then wrap up.')).toBeVisible();
  });

  it('checks the step and shows the next one when Done, next is pressed', async () => {
    const app = await renderApp({ ...compact, withCall: true });
    const done = screen.getByRole('button', { name: 'Done, next' });
    expect(done).toHaveAttribute('aria-keyshortcuts', 'Control+Alt+Shift+N');

    await app.user.click(done);

    expect(within(main()).getByText('Acknowledge the issue')).toBeVisible();
    await waitFor(() => expect(storedSteps(app.testApi, app.call!)[0]).toBe(true));
  });

  it('offers the wrap-up once every step is done, which opens it expanded', async () => {
    const app = await renderAppWithSteps(7, compact);
    expect(within(main()).getByText('All steps done')).toBeVisible();

    await app.user.click(screen.getByRole('button', { name: 'Wrap up' }));

    const wrapUp = await screen.findByRole('region', { name: 'Wrap up' });
    await waitFor(() =>
      expect(within(wrapUp).getByRole('combobox', { name: /^Outcome/ })).toHaveFocus(),
    );
  });

  it('expands, and puts focus on the way back, when Expand is pressed', async () => {
    const app = await renderApp({ ...compact, withCall: true });

    await app.user.click(screen.getByRole('button', { name: 'Expand' }));

    expect(app.stores.settings.getState().settings.layout).toBe('expanded');
    // The way back to compact is in the header's menu now, whose button takes focus.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Menu' })).toHaveFocus());
  });

  it('alerts when what was typed cannot be saved', async () => {
    const app = await renderApp({ ...compact, withCall: true });
    app.testApi.control.failSaves(true);

    act(() => app.stores.call.getState().actions.editNotes('Promised Friday'));

    expect(await screen.findByRole('alert')).toHaveTextContent(UNREACHABLE_MESSAGE);
  });

  it('keeps the page’s heading and has no axe violations', async () => {
    await renderApp({ ...compact, withCall: true });

    expect(screen.getByRole('heading', { level: 1, name: 'Call Coach' })).toBeInTheDocument();
    expect(await axeViolations()).toEqual([]);
  });
});

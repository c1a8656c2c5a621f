import { screen, waitFor, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../../../shared/domain/calendar';
import {
  customersShown,
  followUpsRegion,
  renderFollowUps,
  focusRowOf,
  rowOf,
  rows,
  statusLine,
} from './render-follow-ups';
import { ACME, ALL } from './seeds';

const sectionHeadings = () =>
  within(followUpsRegion())
    .getAllByRole('heading', { level: 3 })
    .map((heading) => heading.textContent);

// Each test starts main's real core, which is slow on a busy machine.
describe('FollowUpsView', { timeout: 60_000 }, () => {
  it('lists overdue, due today and upcoming with their counts, broken promises first', async () => {
    await renderFollowUps(ALL);

    expect(sectionHeadings()).toEqual(['Overdue (2)', 'Due today (1)', 'Upcoming (1)']);
    expect(customersShown()).toEqual(['Birch Supply', 'Acme Ltd', 'Cedar Farms', 'Delta Dental']);
    expect(screen.getByRole('list', { name: 'Overdue (2)' })).toContainElement(rowOf('Acme Ltd'));
  });

  it('says what, when and how much on each row, and marks a broken promise in words', async () => {
    await renderFollowUps(ALL);

    expect(rowOf('Acme Ltd')).toHaveTextContent('Call back about the check');
    expect(rowOf('Acme Ltd')).toHaveTextContent('3 days overdue · $1,250.00');
    expect(rowOf('Cedar Farms')).toHaveTextContent('today');
    expect(rowOf('Delta Dental')).toHaveTextContent(`on ${formatIsoDate('2026-11-27')}`);
    expect(within(rowOf('Birch Supply')).getByText('Promise broken')).toBeInTheDocument();
    expect(within(rowOf('Acme Ltd')).queryByText('Promise broken')).toBeNull();
  });

  it('says calmly when there is nothing to follow up on', async () => {
    await renderFollowUps();

    expect(within(followUpsRegion()).getByText(/^Nothing to follow up on\./)).toBeInTheDocument();
    expect(rows()).toEqual([]);
  });

  it('is one Tab stop that ↓ and ↑ move through, across the sections', async () => {
    const { user } = await renderFollowUps(ALL);
    focusRowOf('Birch Supply');

    await user.keyboard('{ArrowDown}{ArrowDown}');

    expect(rowOf('Cedar Farms')).toHaveFocus();
    expect(rows().map((row) => row.tabIndex)).toEqual([-1, -1, 0, -1]);

    await user.keyboard('{ArrowUp}');

    expect(rowOf('Acme Ltd')).toHaveFocus();
  });

  it('marks the focused row done with D, says so, and puts focus on the row that took its place', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    focusRowOf('Acme Ltd');

    await user.keyboard('d');

    await waitFor(() =>
      expect(statusLine()).toHaveTextContent('Done: Acme Ltd — Call back about the check'),
    );
    expect(customersShown()).toEqual(['Birch Supply', 'Cedar Farms', 'Delta Dental']);
    expect(rowOf('Cedar Farms')).toHaveFocus();
    const stored = await testApi.api.worklist.read();
    expect(stored.ok && stored.value.items.map((item) => item.customer)).not.toContain('Acme Ltd');
  });

  it('puts focus on the previous row when the last one is done', async () => {
    const { user } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');

    await user.keyboard('d');

    await waitFor(() => expect(rowOf('Cedar Farms')).toHaveFocus());
    expect(rows()).toHaveLength(3);
  });

  it('puts focus on the heading once the list is empty', async () => {
    const { user } = await renderFollowUps([ACME]);
    focusRowOf('Acme Ltd');

    await user.keyboard('d');

    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Follow-ups', level: 2 })).toHaveFocus(),
    );
    expect(within(followUpsRegion()).getByText(/^Nothing to follow up on\./)).toBeInTheDocument();
  });

  it('snoozes the focused row to tomorrow with S', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    focusRowOf('Cedar Farms');

    await user.keyboard('s');

    await waitFor(() =>
      expect(statusLine()).toHaveTextContent(
        'Snoozed to tomorrow: Cedar Farms — Send a copy of the invoice',
      ),
    );
    expect(sectionHeadings()).toEqual(['Overdue (2)', 'Upcoming (2)']);
    expect(rowOf('Cedar Farms')).toHaveTextContent('tomorrow');
    expect(testApi.control.requestsTo('worklist:move').map(([, dueOn]) => dueOn)).toEqual([
      '2026-11-24',
    ]);
  });

  it('moves the focused row to a date typed after M, and the letters typed stay in the date box', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');

    await user.keyboard('m');
    const dateBox = within(rowOf('Delta Dental')).getByRole('textbox', { name: 'Move to' });
    expect(dateBox).toHaveFocus();
    await user.keyboard('dsm');
    expect(dateBox).toHaveValue('dsm');
    expect(rows()).toHaveLength(4);
    await user.clear(dateBox);
    await user.keyboard('12/04/2026{Enter}');

    await waitFor(() =>
      expect(statusLine()).toHaveTextContent(
        `Moved to ${formatIsoDate('2026-12-04')}: Delta Dental — Ask whether the remittance went out`,
      ),
    );
    expect(rowOf('Delta Dental')).toHaveTextContent(`on ${formatIsoDate('2026-12-04')}`);
    expect(testApi.control.requestsTo('worklist:done')).toEqual([]);
    expect(testApi.control.requestsTo('worklist:move').map(([, dueOn]) => dueOn)).toEqual([
      '2026-12-04',
    ]);
  });

  it('leaves the row as it was on Escape in the date box, focus back on the row', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');
    await user.keyboard('m');

    await user.keyboard('12/04{Escape}');

    expect(within(rowOf('Delta Dental')).queryByRole('textbox')).toBeNull();
    expect(rowOf('Delta Dental')).toHaveFocus();
    expect(rowOf('Delta Dental')).toHaveTextContent(`on ${formatIsoDate('2026-11-27')}`);
    expect(testApi.control.requestsTo('worklist:move')).toEqual([]);
  });

  it('marks a promise kept with K, which closes its follow-up, and offers K only on promises', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    // Seeding marked Birch's promise broken; K on Acme's call back marks nothing more.
    const marks = () => testApi.control.requestsTo('worklist:mark').length;
    const seeded = marks();
    focusRowOf('Acme Ltd');
    await user.keyboard('k');
    expect(marks()).toBe(seeded);
    expect(within(rowOf('Acme Ltd')).queryByRole('button', { name: 'Kept' })).toBeNull();

    focusRowOf('Birch Supply');
    await user.keyboard('k');

    await waitFor(() =>
      expect(statusLine()).toHaveTextContent(
        'Promise kept: Birch Supply — Confirm the promised payment has arrived',
      ),
    );
    expect(customersShown()).toEqual(['Acme Ltd', 'Cedar Farms', 'Delta Dental']);
    expect(rowOf('Acme Ltd')).toHaveFocus();
    expect(marks()).toBe(seeded + 1);
  });

  it('has a button in each row for the mouse: Done marks it done', async () => {
    const { user } = await renderFollowUps(ALL);

    await user.click(within(rowOf('Birch Supply')).getByRole('button', { name: 'Done' }));

    await waitFor(() =>
      expect(statusLine()).toHaveTextContent(
        'Done: Birch Supply — Confirm the promised payment has arrived',
      ),
    );
    // Focus moves to the row that took its place once the list has re-rendered without it.
    await waitFor(() => expect(rowOf('Acme Ltd')).toHaveFocus());
  });

  it('shows main’s refusal and keeps the row when an action fails', async () => {
    const { user, testApi } = await renderFollowUps(ALL);
    testApi.control.failNext('worklist:done', {
      code: 'unavailable',
      message: 'The disk is full.',
    });
    focusRowOf('Acme Ltd');

    await user.keyboard('d');

    expect(await within(followUpsRegion()).findByRole('alert')).toHaveTextContent(
      'Call Coach could not mark it done: The disk is full.',
    );
    expect(rows()).toHaveLength(4);
    expect(rowOf('Acme Ltd')).toHaveFocus();
  });

  it('has no axe violations, with a broken promise listed and a date box open', async () => {
    const { user } = await renderFollowUps(ALL);
    focusRowOf('Delta Dental');
    await user.keyboard('m');

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

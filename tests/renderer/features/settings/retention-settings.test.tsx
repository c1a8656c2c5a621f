import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { axeViolations, renderSettings } from './render-settings';

const DAY = 86_400_000;
// Counting and deleting run in the import worker, which starts from source.
const SLOW_MS = 15_000;

const periodField = () => screen.getByRole('combobox', { name: 'Delete calls older than' });

/** The Settings page over main with a call from 400 days ago and one from last week. */
async function withCalls(options: Parameters<typeof renderSettings>[0] = {}) {
  const view = await renderSettings(options);
  const { control } = view.testApi;
  const old = control.seedEndedCall({
    customer: 'Acme Supply',
    startedAt: control.now() - 400 * DAY,
  });
  const recent = control.seedEndedCall({
    customer: 'Birch Dental',
    startedAt: control.now() - 7 * DAY,
  });
  return { ...view, old, recent };
}

async function choose(view: Awaited<ReturnType<typeof withCalls>>, label: string) {
  await view.user.selectOptions(periodField(), screen.getByRole('option', { name: label }));
}

describe('Deleting old calls (setting)', { timeout: 60_000 }, () => {
  it('is off for a new caller', async () => {
    await renderSettings();

    expect(periodField()).toHaveDisplayValue('Off: keep every call');
    expect(
      within(periodField())
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([
      'Off: keep every call',
      '3 months',
      '6 months',
      '12 months',
      '24 months',
      '36 months',
    ]);
  });

  it('asks first, saying how many calls it deletes now, and changes nothing until then', async () => {
    const view = await withCalls();

    await choose(view, '12 months');

    const dialog = await screen.findByRole('alertdialog', {
      name: 'Delete calls older than 12 months?',
    });
    await waitFor(
      () =>
        expect(dialog).toHaveAccessibleDescription(
          'Deletes 1 call that ended more than 12 months ago, with 1 follow-up. From then on, calls are deleted each day as they pass 12 months. This cannot be undone.',
        ),
      { timeout: SLOW_MS },
    );
    expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus();
    expect(view.testApi.control.storedSettings().retentionMonths).toBeNull();
    expect(view.testApi.control.storedCall(view.old.id)).not.toBeNull();
  });

  it('turns on once confirmed and deletes the calls past the period at once', async () => {
    const view = await withCalls();
    await choose(view, '12 months');
    const dialog = await screen.findByRole('alertdialog');
    const turnOn = within(dialog).getByRole('button', { name: 'Turn on' });
    await waitFor(() => expect(turnOn).toBeEnabled(), { timeout: SLOW_MS });

    await view.user.click(turnOn);

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(periodField()).toHaveDisplayValue('12 months');
    expect(periodField()).toHaveFocus();
    await waitFor(() => expect(view.testApi.control.storedSettings().retentionMonths).toBe(12));
    await waitFor(() => expect(view.testApi.control.storedCall(view.old.id)).toBeNull(), {
      timeout: SLOW_MS,
    });
    expect(view.testApi.control.storedCall(view.recent.id)).not.toBeNull();
  });

  it('stays off when cancelled with Escape, and gives the keyboard back to the choice', async () => {
    const view = await withCalls();
    await choose(view, '6 months');
    await screen.findByRole('alertdialog');

    await view.user.keyboard('{Escape}');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(periodField()).toHaveDisplayValue('Off: keep every call');
    expect(periodField()).toHaveFocus();
    expect(view.testApi.control.storedSettings().retentionMonths).toBeNull();
  });

  it('turns off without asking', async () => {
    const view = await withCalls({ settings: { retentionMonths: 36 } });
    expect(periodField()).toHaveDisplayValue('36 months');

    await choose(view, 'Off: keep every call');

    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    await waitFor(() => expect(view.testApi.control.storedSettings().retentionMonths).toBeNull());
  });

  it('has no axe violations with the confirmation open', async () => {
    const view = await withCalls();
    await choose(view, '3 months');
    const dialog = await screen.findByRole('alertdialog');
    await waitFor(() => expect(dialog).toHaveAccessibleDescription(/^Deletes /), {
      timeout: SLOW_MS,
    });

    expect(await axeViolations()).toEqual([]);
  });
});

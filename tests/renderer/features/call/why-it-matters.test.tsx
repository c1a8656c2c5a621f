import { cleanup, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { WhyItMatters } from '../../../../renderer/features/call/why-it-matters';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

const PREPARE_WHY = 'Knowing the account before you dial keeps the call short and fair.';
const DISPUTE_WHY = 'A dispute settled early keeps the rest of the balance moving.';

/** Two sections' texts, as a coach card and a situation would show them. */
function Sections() {
  return (
    <>
      <WhyItMatters sectionId="prepare" why={PREPARE_WHY} headingLevel={3} />
      <WhyItMatters sectionId="dispute" why={DISPUTE_WHY} headingLevel={3} />
    </>
  );
}

/** Renders over `testApi` and waits until main's settings are in. */
async function renderSections(testApi: TestApi = createTestApi()) {
  const view = renderWithStores(<Sections />, testApi);
  await waitFor(() =>
    expect(view.testApi.control.requestsTo('settings:get').length).toBeGreaterThan(0),
  );
  await waitFor(() =>
    expect(view.stores.settings.getState().settings).toEqual(view.testApi.control.storedSettings()),
  );
  return { ...view, user: userEvent.setup() };
}

const toggles = () => screen.getAllByRole('button', { name: 'Why it matters' });
const prepareToggle = () => toggles()[0]!;
const disputeToggle = () => toggles()[1]!;

describe('WhyItMatters', () => {
  it('shows the text, unfolded, under a heading button that says so', async () => {
    await renderSections();

    expect(screen.getAllByRole('heading', { level: 3, name: 'Why it matters' })).toHaveLength(2);
    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(PREPARE_WHY)).toBeVisible();
  });

  it('folds the text away at once, keeps focus on the button, and has main keep it', async () => {
    const { user, testApi } = await renderSections();

    await user.click(prepareToggle());

    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(prepareToggle()).toHaveFocus();
    expect(screen.getByText(PREPARE_WHY)).not.toBeVisible();
    await waitFor(() => expect(testApi.control.storedSettings().foldedWhy).toEqual(['prepare']));
  });

  it('folds only the section it belongs to', async () => {
    const { user } = await renderSections();

    await user.click(prepareToggle());

    expect(disputeToggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(DISPUTE_WHY)).toBeVisible();
  });

  it('stays folded for that section in a later call, until unfolded', async () => {
    const testApi = createTestApi();
    const first = await renderSections(testApi);
    await first.user.click(prepareToggle());
    await waitFor(() => expect(testApi.control.storedSettings().foldedWhy).toEqual(['prepare']));
    cleanup();

    const later = await renderSections(testApi);

    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByText(PREPARE_WHY)).not.toBeVisible();
    await later.user.click(prepareToggle());
    expect(screen.getByText(PREPARE_WHY)).toBeVisible();
    await waitFor(() => expect(testApi.control.storedSettings().foldedWhy).toEqual([]));
  });

  it('starts folded for a section main has kept folded', async () => {
    await renderSections(createTestApi({ settings: { foldedWhy: ['dispute'] } }));

    expect(disputeToggle()).toHaveAttribute('aria-expanded', 'false');
    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'true');
  });

  it('opens and folds with the keyboard', async () => {
    const { user } = await renderSections();
    prepareToggle().focus();

    await user.keyboard('{Enter}');
    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'false');
    await user.keyboard(' ');

    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'true');
    expect(prepareToggle()).toHaveFocus();
  });

  it('shows the text again and says why when main cannot keep the fold', async () => {
    const { user, testApi } = await renderSections();
    testApi.control.failNext('settings:update', {
      code: 'unavailable',
      message: 'The disk is full.',
    });

    await user.click(prepareToggle());

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This could not be kept folded: The disk is full.',
    );
    expect(prepareToggle()).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(PREPARE_WHY)).toBeVisible();
  });

  it('has no axe violations, folded or not', async () => {
    const { user } = await renderSections();
    await user.click(prepareToggle());

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });
});

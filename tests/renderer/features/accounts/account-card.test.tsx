import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import type { Closing } from '../../../../shared/domain/closing';
import type { StartCallInput } from '../../../../shared/domain/start-call';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { startInput } from '../../../support/builders';
import { TEST_NOW } from '../../../support/test-clock';
import { createTestApi, type TestApi, type TestApiOptions } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';
import { ACME_NOT_DUE, ACME_OVERDUE, importAging, type AgingLine } from './account-seeds';

// The test clock's today is Monday 23 November 2026.
const DAY = 86_400_000;
const [prepare, acknowledge, , recognition] = defaultArPlaybook.steps;

const promiseClosing: Closing = {
  outcomeId: 'promise-to-pay',
  outcomeLabel: 'Promise to pay',
  action: { what: 'Check the payment arrived', dueOn: '2026-11-21' },
  followUps: [],
};

/** An ended call a week ago in which Acme promised to pay INV-0042 by `payBy`. */
function seedPromiseCall(testApi: TestApi, payBy: string) {
  testApi.control.seedEndedCall({
    customer: 'Acme Supplies',
    accountNumber: 'AC-1001',
    invoice: 'INV-0042',
    startedAt: TEST_NOW - 7 * DAY,
    branchIds: ['promise-to-pay'],
    captures: { 'promise-to-pay': { amount: '1,250.00', 'pay-on': payBy, method: 'check' } },
    closing: promiseClosing,
  });
}

/**
 * Sets up main's storage, starts a call with Acme Supplies (found by its number) with the steps
 * before `stepId` checked, and renders the call view.
 */
async function renderCallWith(
  setUp: (testApi: TestApi) => Promise<void> | void,
  {
    stepId = 'prepare',
    start = {},
    options = {},
  }: {
    readonly stepId?: string;
    readonly start?: Partial<StartCallInput>;
    readonly options?: TestApiOptions;
  } = {},
) {
  const testApi = createTestApi(options);
  await setUp(testApi);
  const started = await testApi.api.calls.start(
    startInput({
      customer: 'Acme Supplies',
      accountNumber: 'AC-1001',
      invoice: 'INV-0042',
      contact: '',
      customerSince: '',
      amountDueCents: null,
      dueOn: null,
      ...start,
    }),
  );
  if (!started.ok) throw new Error(started.error.message);
  for (const step of defaultArPlaybook.steps) {
    if (step.id === stepId) break;
    await testApi.api.calls.apply(started.value.id, { type: 'check-step', stepId: step.id });
  }
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  await screen.findByRole('toolbar', { name: 'Situations' });
  // The account's file comes from main's read worker, whose first answer can take seconds here.
  const accountId = started.value.accountId!;
  await waitFor(() => expect(view.stores.accounts.getState().files[accountId]).toBeDefined(), {
    timeout: 15_000,
  });
  return { ...view, user };
}

const card = (title: string) => screen.getByRole('article', { name: title });
/** The account card's facts, term by term. */
const facts = () =>
  Object.fromEntries(
    screen
      .queryAllByRole('term')
      .map((term) => [
        term.textContent,
        [...term.parentElement!.querySelectorAll('dd')].map((dd) => dd.textContent).join(' '),
      ]),
  );
/** What the card offers to say, as shown on it. */
const saidOn = (element: HTMLElement) =>
  within(element)
    .queryAllByText(/^“.+”$/, { selector: 'p' })
    .map((phrase) => phrase.textContent);

// Each test starts main's real core and imports a report, which is slow on a busy machine.
describe('AccountCard', { timeout: 60_000 }, () => {
  it('flags a promise whose date has passed while its invoice is still open', async () => {
    await renderCallWith(async (testApi) => {
      await importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE]);
      seedPromiseCall(testApi, '2026-11-20');
    });

    const flags = await screen.findByRole('list', { name: 'Red flags' });

    expect(
      within(flags)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['⚑ Red flag Broken promise: $1,250.00 by Nov 20, 2026 for INV-0042, still open.']);
    expect(within(card(prepare!.title)).getByRole('list', { name: 'Red flags' })).toBe(flags);
  });

  it('shows what is overdue, by age, and the invoice the call is about', async () => {
    await renderCallWith((testApi) => importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE]));

    await waitFor(() => expect(facts()).toHaveProperty('Overdue'));

    expect(facts()).toEqual({
      Overdue: '$1,250.00 of $1,550.00 open',
      'By age': 'Not yet due $300.00, 31–60 days $1,250.00',
      'This call': 'INV-0042: $1,250.00 open, due Oct 15, 2026, 39 days late. The oldest open one.',
    });
  });

  it('shows the oldest open invoice apart when the call is about another', async () => {
    await renderCallWith((testApi) => importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE]), {
      start: { invoice: 'INV-0050' },
    });

    await waitFor(() => expect(facts()).toHaveProperty('Oldest open'));

    expect(facts()).toMatchObject({
      'This call': 'INV-0050: $300.00 open, due Dec 15, 2026.',
      'Oldest open': 'INV-0042: $1,250.00 open, due Oct 15, 2026, 39 days late.',
    });
  });

  it('shows the last contact with its outcome and next action', async () => {
    await renderCallWith(async (testApi) => {
      await importAging(testApi, [ACME_OVERDUE]);
      seedPromiseCall(testApi, '2026-11-20');
    });

    await waitFor(() => expect(facts()).toHaveProperty('Last contact'));

    expect(facts()['Last contact']).toBe(
      'Nov 16, 2026: Promise to pay. Next: Check the payment arrived, by Nov 21, 2026.',
    );
  });

  it('lists a promise whose date is still to come as expected, not as a red flag', async () => {
    await renderCallWith(async (testApi) => {
      await importAging(testApi, [ACME_OVERDUE]);
      seedPromiseCall(testApi, '2026-11-27');
    });

    const expected = await screen.findByRole('list', { name: 'Payments expected' });

    expect(expected).toHaveTextContent(
      'Promised $1,250.00 by Nov 27, 2026 (Check) for INV-0042, promised Nov 16, 2026.',
    );
    expect(screen.queryByRole('list', { name: 'Red flags' })).toBeNull();
  });

  it('says once, calmly, that no invoices are imported, and leaves the empty parts out', async () => {
    await renderCallWith(() => {});

    const prepareCard = card(prepare!.title);

    expect(
      await within(prepareCard).findByText('No invoices imported for this account yet.'),
    ).toBeInTheDocument();
    expect(within(prepareCard).queryAllByRole('list', { name: /./ })).toEqual([]);
    expect(within(prepareCard).queryByRole('term')).toBeNull();
  });

  it('shows the account as imported while the card is open', async () => {
    const { testApi } = await renderCallWith(() => {});
    await screen.findByText('No invoices imported for this account yet.');

    await importAging(testApi, [ACME_OVERDUE]);

    await waitFor(() => expect(facts()).toHaveProperty('Overdue', '$1,250.00'));
    expect(screen.queryByText('No invoices imported for this account yet.')).toBeNull();
  });

  it('shows no account card once the call is past preparing', async () => {
    await renderCallWith(
      async (testApi) => {
        await importAging(testApi, [ACME_OVERDUE]);
        seedPromiseCall(testApi, '2026-11-20');
      },
      { stepId: acknowledge!.id },
    );

    expect(card(acknowledge!.title)).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Red flags' })).toBeNull();
    expect(screen.queryByRole('term')).toBeNull();
  });

  it('has no axe violations with red flags, payments expected and facts showing', async () => {
    await renderCallWith(async (testApi) => {
      await importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE]);
      seedPromiseCall(testApi, '2026-11-20');
    });
    await screen.findByRole('list', { name: 'Red flags' });

    const results = await axe.run(document.body, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
    });

    expect(results.violations.map((violation) => violation.id)).toEqual([]);
  });

  describe('giving recognition', () => {
    /** Three invoices imported, then paid before they fell due (a full report no longer lists them). */
    async function paidThreeOnTime(testApi: TestApi) {
      const early = (invoice: string, dueOn: string): AgingLine => ({
        ...ACME_NOT_DUE,
        invoice,
        invoiceDate: '2026-11-01',
        dueOn,
      });
      await importAging(testApi, [
        ACME_OVERDUE,
        early('INV-0061', '2026-12-01'),
        early('INV-0062', '2026-12-02'),
        early('INV-0063', '2026-12-03'),
      ]);
      await importAging(testApi, [ACME_OVERDUE]);
    }

    it('offers first what the account shows they did well', async () => {
      await renderCallWith(paidThreeOnTime, { stepId: recognition!.id });

      await waitFor(() =>
        expect(saidOn(card(recognition!.title))).toEqual([
          'You could say: “The last three invoices you paid were all settled on time, and we really appreciate that.”',
        ]),
      );
    });

    it('says nothing about a payment record the account does not hold', async () => {
      await renderCallWith((testApi) => importAging(testApi, [ACME_OVERDUE, ACME_NOT_DUE]), {
        stepId: recognition!.id,
        start: { contact: 'Dana Reyes' },
      });
      const recognitionCard = card(recognition!.title);

      expect(saidOn(recognitionCard)).toEqual([
        'You could say: “Thank you for picking up and sorting this out with me, Dana Reyes.”',
      ]);
      expect(recognitionCard).not.toHaveTextContent(/on time|paid/);
    });

    it('does not thank them for the years twice when the account knows since when', async () => {
      const { user } = await renderCallWith(() => {}, {
        stepId: recognition!.id,
        start: { customerSince: '2014' },
      });
      const recognitionCard = card(recognition!.title);
      await waitFor(() =>
        expect(saidOn(recognitionCard)).toEqual([
          "You could say: “You've been doing business with us since 2014. Thank you for sticking with us all this time.”",
        ]),
      );

      await user.click(recognitionCard.querySelector('details > summary')!);

      expect(recognitionCard).not.toHaveTextContent('You have been with us since 2014');
    });
  });
});

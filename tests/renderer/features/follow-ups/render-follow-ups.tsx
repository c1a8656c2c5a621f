import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { App } from '../../../../renderer/app/app';
import type { Closing } from '../../../../shared/domain/closing';
import { TEST_NOW } from '../../../support/test-clock';
import { createTestApi, type CallSeed, type TestApi } from '../../../support/test-api';
import { renderWithStores, type RenderWithStoresResult } from '../../../support/render';
import { installDialogSupport } from '../keyboard/jsdom-dialog';

const DAY = 86_400_000;

/** A follow-up to leave on the worklist: a call on `customer` that ended `daysAgo` before today. */
export interface FollowUpSeed {
  readonly customer: string;
  readonly what: string;
  /** YYYY-MM-DD; today is Monday 23 November 2026 (TEST_NOW). */
  readonly dueOn: string;
  readonly amountDueCents?: number | null;
  /** When the call that left it was made. Default a week before today. */
  readonly daysAgo?: number;
  /** The call took a promise to pay, which the caller then marked as broken. */
  readonly isBrokenPromise?: boolean;
}

function closingFor(seed: FollowUpSeed): Closing {
  return seed.isBrokenPromise
    ? {
        outcomeId: 'promise-to-pay',
        outcomeLabel: 'Promise to pay',
        action: { what: seed.what, dueOn: seed.dueOn },
        // The promise's own follow-up, which the headline repeats: the one a broken promise flags.
        followUps: [
          { sectionId: 'promise-to-pay', what: seed.what, who: 'You', dueOn: seed.dueOn },
        ],
      }
    : {
        outcomeId: 'callback-requested',
        outcomeLabel: 'Callback requested',
        action: { what: seed.what, dueOn: seed.dueOn },
        followUps: [],
      };
}

function callSeed(seed: FollowUpSeed): CallSeed {
  return {
    customer: seed.customer,
    amountDueCents: seed.amountDueCents ?? null,
    startedAt: TEST_NOW - (seed.daysAgo ?? 7) * DAY,
    closing: closingFor(seed),
    ...(seed.isBrokenPromise && {
      branchIds: ['promise-to-pay'],
      captures: { 'promise-to-pay': { amount: '500', 'pay-on': seed.dueOn } },
    }),
  };
}

/**
 * Ends a call for each seed through main's own commands (each call leaves its next action on
 * the worklist), marks the promises meant to be broken, and answers the api.
 */
export async function seedFollowUps(seeds: readonly FollowUpSeed[]): Promise<TestApi> {
  const testApi = createTestApi();
  for (const seed of seeds) {
    const call = testApi.control.seedEndedCall(callSeed(seed));
    if (seed.isBrokenPromise) {
      const marked = await testApi.api.worklist.mark(call.id, 'broken');
      if (!marked.ok) throw new Error(marked.error.message);
    }
  }
  return testApi;
}

export interface RenderedFollowUps extends RenderWithStoresResult {
  readonly user: UserEvent;
}

/** The whole window over a worklist holding `seeds`, with the Follow-ups view open and read. */
export async function renderFollowUps(
  seeds: readonly FollowUpSeed[] = [],
): Promise<RenderedFollowUps> {
  installDialogSupport();
  const testApi = await seedFollowUps(seeds);
  const user = userEvent.setup();
  const rendered = renderWithStores(<App />, testApi);
  await waitFor(() => expect(rendered.stores.call.getState().phase).not.toBe('loading'));
  await user.click(
    within(screen.getByRole('navigation', { name: 'Views' })).getByRole('button', {
      name: 'Follow-ups',
    }),
  );
  await waitFor(() => expect(screen.queryByText('Loading…')).toBeNull());
  return { ...rendered, user };
}

/** The Follow-ups view. */
export const followUpsRegion = (): HTMLElement =>
  screen.getByRole('region', { name: 'Follow-ups' });

/** The rows of the worklist, in the order shown. */
export const rows = (): HTMLElement[] =>
  within(followUpsRegion())
    .queryAllByRole('list')
    .flatMap((list) => within(list).queryAllByRole('listitem'));

/** The row of `customer`'s follow-up. */
/** Puts the keyboard on a follow-up's row, as a click or Tab would (the row keeps which is active). */
export function focusRowOf(customer: string): void {
  act(() => rowOf(customer).focus());
}

export function rowOf(customer: string): HTMLElement {
  const row = rows().find((item) => item.textContent?.includes(customer));
  if (!row) throw new Error(`No follow-up for ${customer} is listed.`);
  return row;
}

/** The customers of the rows, in the order shown. */
export const customersShown = (): string[] =>
  rows().map((row) => row.querySelector('.work-row__customer')?.textContent ?? '');

/** The status line: what the last action did. */
/** The list's own status line: the first in the view (the export control below has its own). */
export const statusLine = (): HTMLElement => within(followUpsRegion()).getAllByRole('status')[0]!;

import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderCall } from './render-call';

// The test clock's today is 23 November 2026.
const details = () => document.querySelector('.call-bar__details');

describe('CallBar', { timeout: 60_000 }, () => {
  it('heads the call with the customer’s name', async () => {
    await renderCall({ customer: 'Acme Plumbing' });

    expect(screen.getByRole('heading', { level: 2, name: 'Acme Plumbing' })).toBeVisible();
  });

  it('shows the contact, invoice, amount and days late on one line under the name', async () => {
    await renderCall({
      contact: 'Dana Reyes',
      invoice: 'INV-42',
      amountDueCents: 125_000,
      dueOn: '2026-11-13',
    });

    expect(screen.getByText('Dana Reyes · Inv INV-42 · $1,250.00 · 10 days late')).toBeVisible();
  });

  it('leaves out what the call does not hold', async () => {
    await renderCall({ contact: '', invoice: 'INV-42', amountDueCents: null, dueOn: null });

    expect(details()).toHaveTextContent(/^Inv INV-42$/);
  });

  it('says nothing about lateness for an invoice due today or later', async () => {
    await renderCall({
      contact: 'Dana Reyes',
      invoice: '',
      amountDueCents: 90_000,
      dueOn: '2026-11-23',
    });

    expect(details()).toHaveTextContent(/^Dana Reyes · \$900\.00$/);
  });

  it('shows no details line when the call holds nothing but the name', async () => {
    await renderCall({ contact: '', invoice: '', amountDueCents: null, dueOn: null });

    expect(details()).toBeNull();
  });

  it('shows the time on the call as a timer', async () => {
    await renderCall();

    expect(screen.getByRole('timer', { name: 'Call time' })).toHaveTextContent(/^\d+:\d\d$/);
  });
});

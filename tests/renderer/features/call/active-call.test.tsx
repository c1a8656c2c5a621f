import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { openSituation, renderCall } from './render-call';

/**
 * axe's structural rules (names, roles, ids, lists, headings). jsdom has no layout, so contrast is
 * left to the end-to-end check; `region` is off because the call view renders here without the
 * app's landmarks around it.
 */
async function axeViolations(): Promise<string[]> {
  const results = await axe.run(document.body, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
    rules: { 'color-contrast': { enabled: false }, region: { enabled: false } },
  });
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  );
}

describe('ActiveCall', () => {
  it('has no axe violations with every situation open for a trainee', async () => {
    const { user } = await renderCall();
    for (const branch of defaultArPlaybook.branches) await openSituation(user, branch.title);

    expect(await axeViolations()).toEqual([]);
  }, 15_000);

  it('has no axe violations while the wrap-up shows its messages', async () => {
    const { user } = await renderCall();
    await user.click(screen.getByRole('button', { name: 'End call' }));
    const wrapUp = screen.getByRole('region', { name: 'Wrap up' });
    await user.selectOptions(within(wrapUp).getByRole('combobox', { name: /^Outcome/ }), 'Refused');
    await user.click(within(wrapUp).getByRole('button', { name: 'End call' }));

    expect(await axeViolations()).toEqual([]);
  });

  it('shows the contact, references, amount and days past due under the customer', async () => {
    await renderCall({
      customer: 'Acme Plumbing',
      contact: 'Dana Reyes',
      accountNumber: 'AC-1001',
      invoice: 'INV-42',
      amountDueCents: 125_000,
      dueOn: null,
    });

    expect(screen.getByRole('heading', { name: 'Acme Plumbing', level: 2 })).toBeVisible();
    expect(
      screen.getByText('Dana Reyes · Account AC-1001 · Invoice INV-42 · $1,250.00 due'),
    ).toBeVisible();
  });
});

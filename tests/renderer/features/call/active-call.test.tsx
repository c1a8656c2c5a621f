import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { describe, expect, it } from 'vitest';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { openSituation, renderCall, situationButton } from './render-call';

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

describe('ActiveCall', { timeout: 60_000 }, () => {
  it('lays the call out in zones, top to bottom: call bar, steps, situations, card, notes', async () => {
    await renderCall({ customer: 'Acme Plumbing' });
    const call = screen.getByRole('region', { name: 'Acme Plumbing' });

    const zones = [
      within(call).getByRole('heading', { name: 'Acme Plumbing', level: 2 }),
      within(call).getByRole('list', { name: 'Call steps' }),
      within(call).getByRole('toolbar', { name: 'Situations' }),
      within(call).getByRole('article', { name: defaultArPlaybook.steps[0]!.title }),
      within(call).getByRole('textbox', { name: 'Notes' }),
    ];

    for (const [earlier, later] of zones
      .slice(0, -1)
      .map((zone, index) => [zone, zones[index + 1]!])) {
      expect(
        earlier!.compareDocumentPosition(later!) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
  });

  it('has no axe violations on the coach card for a trainee', async () => {
    await renderCall();

    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations with every situation opened in turn for a trainee', async () => {
    const { user } = await renderCall();
    for (const branch of defaultArPlaybook.branches) await openSituation(user, branch.title);
    for (const branch of defaultArPlaybook.branches) {
      expect(situationButton(branch.title)).toHaveAttribute('aria-pressed', 'true');
    }

    // The last one opened shows; the others are a click away.
    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations in the check-in-the-mail form with its messages showing', async () => {
    const { user } = await renderCall();
    const section = await openSituation(user, 'Check in the mail');
    await user.type(within(section).getByLabelText('Mailed on'), 'not a date');
    await user.type(within(section).getByRole('textbox', { name: /^Check number/ }), '104-233');
    await user.tab();

    expect(await axeViolations()).toEqual([]);
  });

  it('has no axe violations while the wrap-up shows its messages', async () => {
    const { user } = await renderCall();
    await user.click(screen.getByRole('button', { name: 'End call' }));
    const wrapUp = screen.getByRole('region', { name: 'Wrap up' });
    await user.selectOptions(within(wrapUp).getByRole('combobox', { name: /^Outcome/ }), 'Refused');
    await user.click(within(wrapUp).getByRole('button', { name: 'End call' }));

    expect(await axeViolations()).toEqual([]);
  });
});

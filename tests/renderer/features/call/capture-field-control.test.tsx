import { waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addBusinessDaysTo, formatIsoDate } from '../../../../shared/domain/calendar';
import type { Call } from '../../../../shared/domain/call';
import { formatDateEntry } from '../../../../shared/domain/date-entry';
import { buildPlaybook } from '../../../support/builders';
import type { TestApi, TestApiOptions } from '../../../support/test-api';
import {
  EXPERT,
  isoDaysFromToday,
  openSituation,
  renderCall,
  typedDaysFromToday,
} from './render-call';

/** Renders a call owing $1,250.00 with one situation open (for an expert unless told). */
async function renderSituation(title: string, options: TestApiOptions = EXPERT) {
  const rendered = await renderCall({ amountDueCents: 125_000 }, options);
  const section = await openSituation(rendered.user, title);
  return { ...rendered, section };
}

const captured = (testApi: TestApi, call: Call, branchId: string) =>
  testApi.control.storedCall(call.id)?.captures[branchId];

const textbox = (section: HTMLElement, name: string) =>
  within(section).getByRole('textbox', { name });

const choice = (section: HTMLElement, name: string) =>
  within(section).getByRole('combobox', { name });

/** How a stored date shows in its field while the field is not being edited (en-US). */
const shown = (iso: string) => formatDateEntry(iso, 'en-US');

// The test clock's today is Monday 23 November 2026.
const TUESDAY = '2026-11-24';
const FRIDAY = '2026-11-27';

describe('CaptureFieldControl', { timeout: 60_000 }, () => {
  describe('a date field', () => {
    it('is one text box, one Tab stop: its shortcut buttons are left out of the Tab order', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailedOn = within(section).getByLabelText('Mailed on');
      expect(mailedOn).toHaveFocus();
      expect(mailedOn).toHaveAttribute('type', 'text');

      await user.tab();

      expect(textbox(section, 'Check number')).toHaveFocus();
      const shortcuts = within(section).getAllByRole('button', { name: /\(Mailed on\)$/ });
      expect(shortcuts.map((button) => button.textContent)).toEqual(['+1', '+7', 'Fri']);
      for (const button of shortcuts) expect(button).toHaveAttribute('tabindex', '-1');
    });

    it('shows the locale’s order as its placeholder', async () => {
      const { section } = await renderSituation('Promise to pay');

      expect(within(section).getByLabelText('Pay by')).toHaveAttribute('placeholder', 'MM/DD/YYYY');
    });

    it.each([
      { typed: '12/03/2026', iso: '2026-12-03' },
      { typed: '12/3/26', iso: '2026-12-03' },
      { typed: '2026-12-03', iso: '2026-12-03' },
      { typed: '+1', iso: TUESDAY },
      { typed: '+7', iso: '2026-12-02' },
      { typed: 'fri', iso: FRIDAY },
      { typed: 'Dec 3', iso: '2026-12-03' },
    ])('stores $typed as $iso and shows it as MM/DD/YYYY once left', async ({ typed, iso }) => {
      const { user, section, testApi, call } = await renderSituation('Promise to pay');
      const payBy = within(section).getByLabelText('Pay by');

      await user.type(payBy, typed);
      expect(payBy).toHaveValue(typed);
      await user.tab();

      expect(payBy).toHaveValue(shown(iso));
      expect(payBy).not.toHaveAttribute('aria-invalid');
      await waitFor(() =>
        expect(captured(testApi, call, 'promise-to-pay')).toEqual({ 'pay-on': iso }),
      );
    });

    it('keeps text that is not a date as typed, and flags it only once the field is left', async () => {
      const { user, section, testApi, call } = await renderSituation('Promise to pay');
      const payBy = within(section).getByLabelText('Pay by');

      await user.type(payBy, '13/45/2026');
      expect(payBy).not.toHaveAttribute('aria-invalid');
      await user.tab();

      expect(payBy).toHaveValue('13/45/2026');
      expect(payBy).toHaveAttribute('aria-invalid', 'true');
      expect(payBy).toHaveAccessibleDescription('Enter a real date.');
      await waitFor(() =>
        expect(captured(testApi, call, 'promise-to-pay')).toEqual({ 'pay-on': '13/45/2026' }),
      );
    });

    it('sets the date from a shortcut button, for the mouse', async () => {
      const { user, section, testApi, call } = await renderSituation('Promise to pay');

      await user.click(within(section).getByRole('button', { name: 'Fri (Pay by)' }));

      expect(within(section).getByLabelText('Pay by')).toHaveValue(shown(FRIDAY));
      await waitFor(() =>
        expect(captured(testApi, call, 'promise-to-pay')).toEqual({ 'pay-on': FRIDAY }),
      );
    });

    it('clears the stored date when the text is deleted', async () => {
      const { user, section, testApi, call } = await renderSituation('Promise to pay');
      const payBy = within(section).getByLabelText('Pay by');
      await user.type(payBy, '+1');

      await user.clear(payBy);
      await user.tab();

      expect(payBy).toHaveValue('');
      expect(payBy).not.toHaveAttribute('aria-invalid');
      await waitFor(() =>
        expect(captured(testApi, call, 'promise-to-pay')).toEqual({ 'pay-on': '' }),
      );
    });

    it('refuses a mailing date still to come', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailedOn = within(section).getByLabelText('Mailed on');

      await user.type(mailedOn, typedDaysFromToday(3));
      await user.tab();

      expect(mailedOn).toHaveAttribute('aria-invalid', 'true');
      expect(mailedOn).toHaveAccessibleDescription(
        'That date is still to come. It can only be today or earlier.',
      );
    });

    it('fills Follow up by with 7 business days after the mailing date, and stores both', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');
      const mailed = isoDaysFromToday(-2);

      await user.type(within(section).getByLabelText('Mailed on'), typedDaysFromToday(-2));

      const followUp = addBusinessDaysTo(mailed, 7);
      expect(within(section).getByLabelText('Follow up by')).toHaveValue(shown(followUp));
      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')).toEqual({
          'mailed-on': mailed,
          'follow-up-by': followUp,
        }),
      );
    });

    it('keeps a follow-up date the caller chose when the mailing date changes', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');
      const mailedOn = within(section).getByLabelText('Mailed on');
      const followUpBy = within(section).getByLabelText('Follow up by');
      await user.type(mailedOn, typedDaysFromToday(-3));
      await user.clear(followUpBy);
      await user.type(followUpBy, typedDaysFromToday(20));

      await user.clear(mailedOn);
      await user.type(mailedOn, typedDaysFromToday(-1));

      expect(followUpBy).toHaveValue(typedDaysFromToday(20));
      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')?.['follow-up-by']).toBe(
          isoDaysFromToday(20),
        ),
      );
    });

    it('refuses a follow-up date before the mailing date', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailed = isoDaysFromToday(-2);
      await user.type(within(section).getByLabelText('Mailed on'), typedDaysFromToday(-2));
      const followUpBy = within(section).getByLabelText('Follow up by');

      await user.clear(followUpBy);
      await user.type(followUpBy, typedDaysFromToday(-5));
      await user.tab();

      expect(followUpBy).toHaveAttribute('aria-invalid', 'true');
      expect(followUpBy).toHaveAccessibleDescription(
        expect.stringContaining(`This can’t be before mailed on (${formatIsoDate(mailed)}).`),
      );
    });

    it('refuses a pay-by date that has passed', async () => {
      const { user, section } = await renderSituation('Promise to pay');
      const payBy = within(section).getByLabelText('Pay by');

      await user.type(payBy, typedDaysFromToday(-1));
      await user.tab();

      expect(payBy).toHaveAttribute('aria-invalid', 'true');
      expect(payBy).toHaveAccessibleDescription(
        'That date has passed. Choose today or a later date.',
      );
    });

    it('refuses a resent date still to come', async () => {
      const { user, section } = await renderSituation('Invoice not received');
      const resentOn = within(section).getByLabelText('Resent on');

      await user.type(resentOn, '+2');
      await user.tab();

      expect(resentOn).toHaveAttribute('aria-invalid', 'true');
    });

    it('refuses a first payment date that has passed', async () => {
      const { user, section } = await renderSituation('Hardship / payment plan');
      const firstPayment = within(section).getByLabelText('First payment by');

      await user.type(firstPayment, typedDaysFromToday(-10));
      await user.tab();

      expect(firstPayment).toHaveAccessibleDescription(
        'That date has passed. Choose today or a later date.',
      );
    });
  });

  describe('a digits field (the check number)', () => {
    it('takes the separators out of 104-233 when the field is left, and says so', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');

      await user.type(checkNumber, '104-233');
      expect(checkNumber).toHaveValue('104-233');
      await user.tab();

      expect(checkNumber).toHaveValue('104233');
      expect(checkNumber).not.toHaveAttribute('aria-invalid');
      expect(checkNumber).toHaveAccessibleDescription('Took out the dash: 104233.');
      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')).toEqual({ 'check-number': '104233' }),
      );
    });

    it('says nothing and changes nothing for a number typed as digits', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');

      await user.type(checkNumber, '104522');
      await user.tab();

      expect(checkNumber).toHaveValue('104522');
      expect(checkNumber).not.toHaveAccessibleDescription();
    });

    it('drops the note once the caller types in the field again', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');
      await user.type(checkNumber, '104 233');
      await user.tab();
      expect(checkNumber).toHaveAccessibleDescription('Took out the space: 104233.');

      await user.type(checkNumber, '9');

      expect(checkNumber).not.toHaveAccessibleDescription();
    });

    it('refuses a check number with letters once the field is left', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');

      await user.type(checkNumber, '44A1');
      await user.tab();

      expect(checkNumber).toHaveValue('44A1');
      expect(checkNumber).toHaveAttribute('aria-invalid', 'true');
      expect(checkNumber).toHaveAccessibleDescription('Use digits only, for example 104522.');
    });

    it('says nothing about the check number while it is still being typed', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');

      await user.type(checkNumber, '44A');

      expect(checkNumber).not.toHaveAttribute('aria-invalid');
      expect(checkNumber).not.toHaveAccessibleDescription();
    });

    it('shows a stored value’s problem at once when the call is reopened', async () => {
      const { user } = await renderCall({}, EXPERT, async (testApi, call) => {
        await testApi.api.calls.apply(call.id, { type: 'open-branch', branchId: 'check-in-mail' });
        await testApi.api.calls.apply(call.id, {
          type: 'set-field',
          sectionId: 'check-in-mail',
          fieldId: 'check-number',
          value: '44A1',
        });
      });
      const section = await openSituation(user, 'Check in the mail');

      expect(textbox(section, 'Check number')).toHaveValue('44A1');
      expect(textbox(section, 'Check number')).toHaveAttribute('aria-invalid', 'true');
    });
  });

  describe('the question a field answers', () => {
    it('asks a trainee the field’s question, ticked as asked once it holds an answer', async () => {
      const { user, section } = await renderSituation('Check in the mail', {});
      const checkNumber = textbox(section, 'Check number');
      expect(checkNumber).toHaveAccessibleDescription('Ask: What is the check number?');

      await user.type(checkNumber, '104522');

      expect(checkNumber).toHaveAccessibleDescription('✓ Asked: What is the check number?');
    });

    it('asks again once the answer is deleted', async () => {
      const { user, section } = await renderSituation('Check in the mail', {});
      const checkNumber = textbox(section, 'Check number');
      await user.type(checkNumber, '1');

      await user.clear(checkNumber);

      expect(checkNumber).toHaveAccessibleDescription('Ask: What is the check number?');
    });

    it('shows a trainee the field’s own hint after its question', async () => {
      const { section } = await renderSituation('Promise to pay', {});

      expect(textbox(section, 'Invoices covered')).toHaveAccessibleDescription(
        'Ask: Which invoices does it cover? Invoice numbers, separated by commas',
      );
    });

    it('asks an expert nothing', async () => {
      const { section } = await renderSituation('Check in the mail');

      for (const field of within(section).getAllByRole('textbox')) {
        expect(field).not.toHaveAccessibleDescription(/Ask/);
      }
    });

    it('shows an expert the field’s own hint, without the question', async () => {
      const { section } = await renderSituation('Promise to pay');

      expect(textbox(section, 'Invoices covered')).toHaveAccessibleDescription(
        'Invoice numbers, separated by commas',
      );
    });
  });

  describe('a money field', () => {
    it('warns without refusing when the amount is more than is owed', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const amount = textbox(section, 'Amount');

      await user.type(amount, '2000');
      await user.tab();

      expect(amount).not.toHaveAttribute('aria-invalid');
      expect(amount).toHaveAccessibleDescription(
        'Check: That is more than the $1,250.00 owed. Keep it if it’s right.',
      );
    });

    it('reformats the amount as $1,250.00 when the field is left', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');
      const amount = textbox(section, 'Amount');

      await user.type(amount, '1250');
      await user.tab();

      expect(amount).toHaveValue('$1,250.00');
      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')).toEqual({ amount: '$1,250.00' }),
      );
    });

    it('refuses an amount it cannot read, saying how to write one, and keeps it as typed', async () => {
      const { user, section } = await renderSituation('Already paid');
      const amount = textbox(section, 'Amount');

      await user.type(amount, '12.345');
      await user.tab();

      expect(amount).toHaveValue('12.345');
      expect(amount).toHaveAccessibleDescription('Enter an amount like 1,250.00.');
    });

    it('accepts zero as the undisputed amount', async () => {
      const { user, section } = await renderSituation('Dispute');
      const undisputed = textbox(section, 'Undisputed amount');

      await user.type(undisputed, '0');
      await user.tab();

      expect(undisputed).not.toHaveAttribute('aria-invalid');
      expect(undisputed).toHaveValue('$0.00');
    });

    it('refuses zero as the disputed amount', async () => {
      const { user, section } = await renderSituation('Dispute');
      const disputed = textbox(section, 'Disputed amount');

      await user.type(disputed, '0');
      await user.tab();

      expect(disputed).toHaveAttribute('aria-invalid', 'true');
      expect(disputed).toHaveAccessibleDescription('Enter an amount above zero.');
    });

    it('accepts zero as what they can pay now', async () => {
      const { user, section } = await renderSituation('Hardship / payment plan');
      const payNow = textbox(section, 'Can pay now');

      await user.type(payNow, '0');
      await user.tab();

      expect(payNow).not.toHaveAttribute('aria-invalid');
    });
  });

  describe('a choice field', () => {
    it('offers the payment methods after an empty Choose… option', async () => {
      const { section } = await renderSituation('Promise to pay');

      const options = within(choice(section, 'Method')).getAllByRole('option');

      expect(options.map((option) => option.textContent)).toEqual([
        'Choose…',
        'Check',
        'ACH',
        'Wire',
        'Card',
        'Online portal',
      ]);
    });

    it('stores the method chosen in main', async () => {
      const { user, section, testApi, call } = await renderSituation('Promise to pay');

      await user.selectOptions(choice(section, 'Method'), 'ACH');

      await waitFor(() =>
        expect(captured(testApi, call, 'promise-to-pay')).toEqual({ method: 'ach' }),
      );
    });

    it('asks what the other reason is only once Other is chosen', async () => {
      const { user, section } = await renderSituation('Dispute');
      expect(within(section).queryByRole('textbox', { name: 'Reason: other' })).toBeNull();

      await user.selectOptions(choice(section, 'Reason'), 'Other');

      expect(textbox(section, 'Reason: other')).toBeInTheDocument();
    });

    it('stores Other as the reason together with the words typed for it', async () => {
      const { user, section, testApi, call } = await renderSituation('Dispute');

      await user.selectOptions(choice(section, 'Reason'), 'Other');
      await user.type(textbox(section, 'Reason: other'), 'Billed twice');

      await waitFor(() =>
        expect(captured(testApi, call, 'dispute')).toEqual({
          reason: 'other',
          'reason:other': 'Billed twice',
        }),
      );
    });

    it('offers no Other where the field does not allow it', async () => {
      const { section } = await renderSituation('Promise to pay');

      expect(
        within(choice(section, 'Method'))
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).not.toContain('Other');
    });
  });

  describe('a text field', () => {
    it('gives the documents requested a box for several lines', async () => {
      const { section } = await renderSituation('Dispute');

      expect(textbox(section, 'Documents requested').tagName).toBe('TEXTAREA');
    });

    it('stores a proposed plan typed over several lines', async () => {
      const { user, section, testApi, call } = await renderSituation('Hardship / payment plan');

      await user.type(textbox(section, 'Proposed plan'), '$300 now{Enter}$200 a month');

      await waitFor(() =>
        expect(captured(testApi, call, 'hardship')).toEqual({ plan: '$300 now\n$200 a month' }),
      );
    });

    it('stores the confirmed address and the date the invoice was resent', async () => {
      const { user, section, testApi, call } = await renderSituation('Invoice not received');

      await user.type(textbox(section, 'Confirmed address or e-mail'), 'ap@acme.example');
      await user.type(within(section).getByLabelText('Resent on'), typedDaysFromToday(0));

      await waitFor(() =>
        expect(captured(testApi, call, 'invoice-not-received')).toEqual({
          'confirmed-address': 'ap@acme.example',
          'resent-on': isoDaysFromToday(0),
        }),
      );
    });

    it('stores a payment’s date, amount, method and reference', async () => {
      const { user, section, testApi, call } = await renderSituation('Already paid');

      await user.type(within(section).getByLabelText('Paid on'), typedDaysFromToday(-4));
      await user.type(textbox(section, 'Amount'), '1250');
      await user.selectOptions(choice(section, 'Method'), 'Wire');
      await user.type(textbox(section, 'Reference'), 'TRX-88120');

      await waitFor(() =>
        expect(captured(testApi, call, 'already-paid')).toEqual({
          'paid-on': isoDaysFromToday(-4),
          amount: '$1,250.00',
          method: 'wire',
          reference: 'TRX-88120',
        }),
      );
    });
  });

  describe('a number field', () => {
    it('refuses a number outside its range', async () => {
      const promise = buildPlaybook().branches[0]!;
      const playbook = buildPlaybook({
        branches: [
          {
            ...promise,
            // The branch's action is due on its date field, so that field stays.
            fields: [
              ...promise.fields,
              { id: 'installments', label: 'Installments', type: 'number', min: 1, max: 12 },
            ],
          },
        ],
      });
      const { user } = await renderCall({ playbookId: playbook.id }, { playbooks: [playbook] });
      const section = await openSituation(user, 'Promise');
      const installments = textbox(section, 'Installments');

      await user.type(installments, '24');
      await user.tab();

      expect(installments).toHaveAccessibleDescription('Enter a number from 1 to 12.');
    });
  });
});

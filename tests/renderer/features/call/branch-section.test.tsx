import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { addBusinessDaysTo, formatIsoDate } from '../../../../shared/domain/calendar';
import type { Call } from '../../../../shared/domain/call';
import { buildPlaybook } from '../../../support/builders';
import type { TestApi } from '../../../support/test-api';
import { isoDaysFromToday, openSituation, renderCall } from './render-call';

/** Renders a call owing $1,250.00 with one situation open. */
async function renderSituation(title: string) {
  const rendered = await renderCall({ amountDueCents: 125_000 });
  const section = await openSituation(rendered.user, title);
  return { ...rendered, section };
}

const captured = (testApi: TestApi, call: Call, branchId: string) =>
  testApi.control.storedCall(call.id)?.captures[branchId];

const textbox = (section: HTMLElement, name: string) =>
  within(section).getByRole('textbox', { name });

const choice = (section: HTMLElement, name: string) =>
  within(section).getByRole('combobox', { name });

describe('BranchSection', () => {
  describe('check in the mail', () => {
    it('refuses a check number with letters once the field is left', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const checkNumber = textbox(section, 'Check number');

      await user.type(checkNumber, '44A1');
      await user.tab();

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

    it('stores the check number in main', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');

      await user.type(textbox(section, 'Check number'), '104522');

      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')).toEqual({ 'check-number': '104522' }),
      );
    });

    it('refuses a mailing date still to come', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailedOn = within(section).getByLabelText('Mailed on');

      await user.type(mailedOn, isoDaysFromToday(3));
      await user.tab();

      expect(mailedOn).toHaveAttribute('aria-invalid', 'true');
      expect(mailedOn).toHaveAccessibleDescription(
        'That date is still to come. It can only be today or earlier.',
      );
    });

    it('fills Follow up by with 7 business days after the mailing date, and stores both', async () => {
      const { user, section, testApi, call } = await renderSituation('Check in the mail');
      const mailed = isoDaysFromToday(-2);

      await user.type(within(section).getByLabelText('Mailed on'), mailed);

      const followUp = addBusinessDaysTo(mailed, 7);
      expect(within(section).getByLabelText('Follow up by')).toHaveValue(followUp);
      await waitFor(() =>
        expect(captured(testApi, call, 'check-in-mail')).toEqual({
          'mailed-on': mailed,
          'follow-up-by': followUp,
        }),
      );
    });

    it('keeps a follow-up date the caller chose when the mailing date changes', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailedOn = within(section).getByLabelText('Mailed on');
      const followUpBy = within(section).getByLabelText('Follow up by');
      await user.type(mailedOn, isoDaysFromToday(-3));
      await user.clear(followUpBy);
      await user.type(followUpBy, isoDaysFromToday(20));

      await user.clear(mailedOn);
      await user.type(mailedOn, isoDaysFromToday(-1));

      expect(followUpBy).toHaveValue(isoDaysFromToday(20));
    });

    it('refuses a follow-up date before the mailing date', async () => {
      const { user, section } = await renderSituation('Check in the mail');
      const mailed = isoDaysFromToday(-2);
      await user.type(within(section).getByLabelText('Mailed on'), mailed);
      const followUpBy = within(section).getByLabelText('Follow up by');

      await user.clear(followUpBy);
      await user.type(followUpBy, isoDaysFromToday(-5));
      await user.tab();

      expect(followUpBy).toHaveAttribute('aria-invalid', 'true');
      expect(followUpBy).toHaveAccessibleDescription(
        expect.stringContaining(`This can’t be before mailed on (${formatIsoDate(mailed)}).`),
      );
    });

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

    it('shows a stored value’s problem at once when the call is reopened', async () => {
      await renderCall({}, {}, async (testApi, call) => {
        await testApi.api.calls.apply(call.id, { type: 'open-branch', branchId: 'check-in-mail' });
        await testApi.api.calls.apply(call.id, {
          type: 'set-field',
          sectionId: 'check-in-mail',
          fieldId: 'check-number',
          value: '44A1',
        });
      });

      const section = screen.getByRole('region', { name: 'Check in the mail' });

      expect(textbox(section, 'Check number')).toHaveValue('44A1');
      expect(textbox(section, 'Check number')).toHaveAttribute('aria-invalid', 'true');
    });
  });

  describe('promise to pay', () => {
    it('refuses a pay-by date that has passed', async () => {
      const { user, section } = await renderSituation('Promise to pay');
      const payBy = within(section).getByLabelText('Pay by');

      await user.type(payBy, isoDaysFromToday(-1));
      await user.tab();

      expect(payBy).toHaveAttribute('aria-invalid', 'true');
      expect(payBy).toHaveAccessibleDescription(
        'That date has passed. Choose today or a later date.',
      );
    });

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
  });

  describe('dispute', () => {
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

    it('gives the documents requested a box for several lines', async () => {
      const { section } = await renderSituation('Dispute');

      expect(textbox(section, 'Documents requested').tagName).toBe('TEXTAREA');
    });
  });

  describe('invoice not received', () => {
    it('stores the confirmed address and the date the invoice was resent', async () => {
      const { user, section, testApi, call } = await renderSituation('Invoice not received');
      const today = isoDaysFromToday(0);

      await user.type(textbox(section, 'Confirmed address or e-mail'), 'ap@acme.example');
      await user.type(within(section).getByLabelText('Resent on'), today);

      await waitFor(() =>
        expect(captured(testApi, call, 'invoice-not-received')).toEqual({
          'confirmed-address': 'ap@acme.example',
          'resent-on': today,
        }),
      );
    });

    it('refuses a resent date still to come', async () => {
      const { user, section } = await renderSituation('Invoice not received');
      const resentOn = within(section).getByLabelText('Resent on');

      await user.type(resentOn, isoDaysFromToday(2));
      await user.tab();

      expect(resentOn).toHaveAttribute('aria-invalid', 'true');
    });
  });

  describe('already paid', () => {
    it('stores the payment’s date, amount, method and reference', async () => {
      const { user, section, testApi, call } = await renderSituation('Already paid');
      const paidOn = isoDaysFromToday(-4);

      await user.type(within(section).getByLabelText('Paid on'), paidOn);
      await user.type(textbox(section, 'Amount'), '1250');
      await user.selectOptions(choice(section, 'Method'), 'Wire');
      await user.type(textbox(section, 'Reference'), 'TRX-88120');

      await waitFor(() =>
        expect(captured(testApi, call, 'already-paid')).toEqual({
          'paid-on': paidOn,
          amount: '$1,250.00',
          method: 'wire',
          reference: 'TRX-88120',
        }),
      );
    });

    it('refuses an amount it cannot read, saying how to write one', async () => {
      const { user, section } = await renderSituation('Already paid');
      const amount = textbox(section, 'Amount');

      await user.type(amount, '12.345');
      await user.tab();

      expect(amount).toHaveValue('12.345');
      expect(amount).toHaveAccessibleDescription('Enter an amount like 1,250.00.');
    });
  });

  describe('hardship', () => {
    it('accepts zero as what they can pay now', async () => {
      const { user, section } = await renderSituation('Hardship / payment plan');
      const payNow = textbox(section, 'Can pay now');

      await user.type(payNow, '0');
      await user.tab();

      expect(payNow).not.toHaveAttribute('aria-invalid');
    });

    it('refuses a first payment date that has passed', async () => {
      const { user, section } = await renderSituation('Hardship / payment plan');
      const firstPayment = within(section).getByLabelText('First payment by');

      await user.type(firstPayment, isoDaysFromToday(-10));
      await user.tab();

      expect(firstPayment).toHaveAccessibleDescription(
        'That date has passed. Choose today or a later date.',
      );
    });

    it('stores a proposed plan typed over several lines', async () => {
      const { user, section, testApi, call } = await renderSituation('Hardship / payment plan');

      await user.type(textbox(section, 'Proposed plan'), '$300 now{Enter}$200 a month');

      await waitFor(() =>
        expect(captured(testApi, call, 'hardship')).toEqual({ plan: '$300 now\n$200 a month' }),
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

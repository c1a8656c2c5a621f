import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CallView } from '../../../../renderer/features/call/call-view';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { buildPlaybook } from '../../../support/builders';
import { createTestApi, type TestApi } from '../../../support/test-api';
import { renderWithStores } from '../../../support/render';

async function renderStartForm(testApi: TestApi = createTestApi()) {
  const user = userEvent.setup();
  const view = renderWithStores(<CallView />, testApi);
  const startButton = await screen.findByRole('button', { name: 'Start call' });
  await waitFor(() => expect(startButton).toBeEnabled());
  return { ...view, user, startButton };
}

const customerField = () => screen.getByRole('combobox', { name: 'Customer (required)' });
const amountField = () => screen.getByRole('textbox', { name: 'Amount due' });
const sinceField = () => screen.getByRole('textbox', { name: 'Customer since' });
const dueDateField = () => screen.getByLabelText('Due date');

/** Two stored playbooks: the built-in default, listed first by name, and one imported. */
const twoPlaybooks = () =>
  createTestApi({ playbooks: [buildPlaybook({ name: 'Short follow-up call' })] });

// Each test starts main's real core, which is slow on a busy machine.
describe('StartCallForm', { timeout: 60_000 }, () => {
  it('marks Customer invalid and describes it with the message when submitted empty', async () => {
    const { user, startButton } = await renderStartForm();

    await user.click(startButton);

    expect(customerField()).toHaveAttribute('aria-invalid', 'true');
    expect(customerField()).toHaveAccessibleDescription('Enter the customer’s name.');
  });

  it('moves focus to Customer when submitted empty', async () => {
    const { user, startButton } = await renderStartForm();

    await user.click(startButton);

    expect(customerField()).toHaveFocus();
  });

  it('sends nothing to main when submitted empty', async () => {
    const { user, startButton, testApi } = await renderStartForm();

    await user.click(startButton);

    expect(testApi.control.requestsTo('calls:start')).toEqual([]);
  });

  it('shows the amount’s message when the amount has too many decimals', async () => {
    const { user, startButton } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');
    await user.type(amountField(), '12.345');

    await user.click(startButton);

    expect(amountField()).toHaveAttribute('aria-invalid', 'true');
    expect(amountField()).toHaveAccessibleDescription(
      'For example 1,250.00 Enter an amount like 1,250.00.',
    );
    expect(amountField()).toHaveFocus();
  });

  it('shows the amount’s message when the amount is negative', async () => {
    const { user, startButton } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');
    await user.type(amountField(), '-40');

    await user.click(startButton);

    expect(amountField()).toHaveAccessibleDescription(/Amount can’t be negative\./);
  });

  it('shows both messages at once and focuses the first field when two fields are wrong', async () => {
    const { user, startButton } = await renderStartForm();
    await user.type(amountField(), 'lots');

    await user.click(startButton);

    expect(customerField()).toHaveAccessibleDescription('Enter the customer’s name.');
    expect(amountField()).toHaveAccessibleDescription(/Enter an amount like 1,250\.00\./);
    expect(customerField()).toHaveFocus();
  });

  it('clears a field’s message when that field is edited', async () => {
    const { user, startButton } = await renderStartForm();
    await user.click(startButton);

    await user.type(customerField(), 'A');

    expect(customerField()).not.toHaveAttribute('aria-invalid');
    expect(customerField()).not.toHaveAccessibleDescription();
  });

  it('starts the call and shows its steps when the form is valid', async () => {
    const { user, startButton } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');

    await user.click(startButton);

    expect(await screen.findByRole('list', { name: 'Call steps' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Acme Plumbing' })).toBeInTheDocument();
  });

  it('sends the amount typed as 1250 to main as 125000 cents', async () => {
    const { user, startButton, testApi } = await renderStartForm();
    await user.type(customerField(), '  Acme Plumbing ');
    await user.type(screen.getByRole('textbox', { name: 'Account number' }), 'AC-1001');
    await user.type(screen.getByRole('textbox', { name: 'Invoice' }), 'INV-2207');
    await user.type(amountField(), '1250');

    await user.click(startButton);

    await waitFor(() =>
      expect(testApi.control.requestsTo('calls:start')).toEqual([
        [
          {
            playbookId: defaultArPlaybook.id,
            customer: 'Acme Plumbing',
            accountNumber: 'AC-1001',
            invoice: 'INV-2207',
            amountDueCents: 125_000,
            contact: '',
            customerSince: '',
            dueOn: null,
          },
        ],
      ]),
    );
  });

  it('reformats the amount as $1,250.00 when the field loses focus', async () => {
    const { user } = await renderStartForm();
    await user.type(amountField(), '1250');

    await user.tab();

    expect(amountField()).toHaveValue('$1,250.00');
  });

  it('leaves an amount it cannot read as typed when the field loses focus', async () => {
    const { user } = await renderStartForm();
    await user.type(amountField(), '12.345');

    await user.tab();

    expect(amountField()).toHaveValue('12.345');
  });

  it('shows main’s conflict in an alert when another call is still open', async () => {
    const { user, startButton, testApi } = await renderStartForm();
    // Another window opened a call after this one loaded, and its broadcast never arrived.
    testApi.control.seedOpenCall({ customer: 'Bright Dental' });
    await user.type(customerField(), 'Acme Plumbing');

    await user.click(startButton);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The call with Bright Dental is still open. End it before starting another.',
    );
  });

  it('sends the contact, due date and customer since to main when they are filled in', async () => {
    const { user, startButton, testApi } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');
    await user.type(screen.getByRole('textbox', { name: 'Contact' }), 'Dana Reyes');
    await user.type(dueDateField(), '2023-10-15');
    await user.type(sinceField(), '2014');

    await user.click(startButton);

    await waitFor(() =>
      expect(testApi.control.requestsTo('calls:start')[0]?.[0]).toMatchObject({
        contact: 'Dana Reyes',
        dueOn: '2023-10-15',
        customerSince: '2014',
      }),
    );
  });

  it('shows the year’s message and focuses Customer since when the year is not a year', async () => {
    const { user, startButton } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');
    await user.type(sinceField(), '14');

    await user.click(startButton);

    expect(sinceField()).toHaveAttribute('aria-invalid', 'true');
    expect(sinceField()).toHaveAccessibleDescription(/Enter the year they became a customer/);
    expect(sinceField()).toHaveFocus();
  });

  it('takes the due date as typed text in the caller’s order, one Tab stop', async () => {
    const { user, startButton, testApi } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');

    await user.type(dueDateField(), '10/15/2026');
    await user.tab();

    expect(dueDateField()).toHaveAttribute('type', 'text');
    expect(dueDateField()).toHaveValue('10/15/2026');
    // Its shortcut buttons are left out of the Tab order: Tab goes on to the next field.
    expect(sinceField()).toHaveFocus();
    await user.click(startButton);
    await waitFor(() =>
      expect(testApi.control.requestsTo('calls:start')[0]?.[0]).toMatchObject({
        dueOn: '2026-10-15',
      }),
    );
  });

  it('hides the playbook choice and starts with the default when there is one playbook', async () => {
    const { user, startButton, testApi } = await renderStartForm();
    await user.type(customerField(), 'Acme Plumbing');

    expect(screen.queryByRole('combobox', { name: 'Playbook' })).not.toBeInTheDocument();
    await user.click(startButton);

    await waitFor(() =>
      expect(testApi.control.requestsTo('calls:start')[0]?.[0].playbookId).toBe(
        defaultArPlaybook.id,
      ),
    );
  });

  it('lists every playbook with the default selected when there are several', async () => {
    await renderStartForm(twoPlaybooks());

    const select = screen.getByRole('combobox', { name: 'Playbook' });

    expect(select).toHaveDisplayValue(defaultArPlaybook.name);
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      defaultArPlaybook.name,
      'Short follow-up call',
    ]);
  });

  it('starts the call with the playbook chosen in the Playbook select', async () => {
    const { user, startButton, testApi } = await renderStartForm(twoPlaybooks());
    await user.type(customerField(), 'Acme Plumbing');
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Playbook' }),
      'Short follow-up call',
    );

    await user.click(startButton);

    await waitFor(() =>
      expect(testApi.control.requestsTo('calls:start')[0]?.[0].playbookId).toBe('test-playbook'),
    );
  });

  it('keeps Start call disabled until the playbooks have loaded', async () => {
    const testApi = createTestApi();
    let release = () => {};
    const loaded = new Promise<void>((resolve) => (release = resolve));
    const slowPlaybooks: TestApi = {
      ...testApi,
      api: {
        ...testApi.api,
        playbooks: {
          ...testApi.api.playbooks,
          list: () => loaded.then(() => testApi.api.playbooks.list()),
        },
      },
    };
    renderWithStores(<CallView />, slowPlaybooks);
    const startButton = await screen.findByRole('button', { name: 'Start call' });

    expect(startButton).toBeDisabled();
    release();

    await waitFor(() => expect(startButton).toBeEnabled());
  });
});

import {
  checkStartCallForm,
  CUSTOMER_MAX_LENGTH,
  emptyStartCallForm,
  REFERENCE_MAX_LENGTH,
  START_FORM_FIELD_ORDER,
  type StartCallForm,
} from '../../../shared/domain/start-call';
import { startCallInputSchema } from '../../../shared/ipc/schemas';

/** The caller's today in these tests. */
const TODAY = '2026-11-23';

function form(overrides: Partial<StartCallForm> = {}): StartCallForm {
  return {
    customer: 'Acme Supplies',
    contact: 'Dana Reyes',
    accountNumber: 'AC-1001',
    invoice: 'INV-42',
    amountDue: '1,250.00',
    dueOn: '2026-10-15',
    customerSince: '2014',
    ...overrides,
  };
}

const check = (overrides: Partial<StartCallForm> = {}) =>
  checkStartCallForm(form(overrides), 'default-ar', TODAY);

describe('checkStartCallForm', () => {
  it('turns a valid form into a start input', () => {
    expect(check()).toEqual({
      ok: true,
      input: {
        playbookId: 'default-ar',
        customer: 'Acme Supplies',
        accountNumber: 'AC-1001',
        invoice: 'INV-42',
        amountDueCents: 125_000,
        contact: 'Dana Reyes',
        customerSince: '2014',
        dueOn: '2026-10-15',
      },
    });
  });

  it('produces an input that passes the start-call schema', () => {
    const result = check();

    expect(result.ok && startCallInputSchema.safeParse(result.input).success).toBe(true);
  });

  it('trims every text field', () => {
    expect(
      check({
        customer: '  Acme  ',
        contact: ' Dana ',
        accountNumber: ' AC-1 ',
        invoice: '\tINV-9\n',
        amountDue: ' 10 ',
        dueOn: ' 2026-10-15 ',
        customerSince: ' 2014 ',
      }),
    ).toMatchObject({
      ok: true,
      input: {
        customer: 'Acme',
        contact: 'Dana',
        accountNumber: 'AC-1',
        invoice: 'INV-9',
        amountDueCents: 1_000,
        dueOn: '2026-10-15',
        customerSince: '2014',
      },
    });
  });

  it('leaves the amount null when it is empty or blank', () => {
    expect(check({ amountDue: '   ' })).toMatchObject({
      ok: true,
      input: { amountDueCents: null },
    });
  });

  it('accepts a form with only a customer', () => {
    expect(
      checkStartCallForm({ ...emptyStartCallForm, customer: 'Acme' }, 'default-ar', TODAY),
    ).toEqual({
      ok: true,
      input: {
        playbookId: 'default-ar',
        customer: 'Acme',
        accountNumber: '',
        invoice: '',
        amountDueCents: null,
        contact: '',
        customerSince: '',
        dueOn: null,
      },
    });
  });

  it('asks for the customer when the name is blank', () => {
    expect(check({ customer: '   ' })).toEqual({
      ok: false,
      errors: { customer: 'Enter the customer’s name.' },
    });
  });

  it('reports every problem at once, each in the caller’s words', () => {
    const tooLong = 'x'.repeat(REFERENCE_MAX_LENGTH + 1);

    expect(
      checkStartCallForm(
        {
          customer: '',
          contact: 'x'.repeat(CUSTOMER_MAX_LENGTH + 1),
          accountNumber: tooLong,
          invoice: tooLong,
          amountDue: 'abc',
          dueOn: '2026-02-30',
          customerSince: '14',
        },
        'default-ar',
        TODAY,
      ),
    ).toEqual({
      ok: false,
      errors: {
        customer: 'Enter the customer’s name.',
        contact: `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.`,
        accountNumber: `Keep this under ${REFERENCE_MAX_LENGTH} characters.`,
        invoice: `Keep this under ${REFERENCE_MAX_LENGTH} characters.`,
        amountDue: 'Enter an amount like 1,250.00.',
        dueOn: 'Enter a real date.',
        customerSince: 'Enter the year they became a customer, like 2018.',
      },
    });
  });

  it('refuses a customer name over the limit', () => {
    expect(check({ customer: 'x'.repeat(CUSTOMER_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      errors: { customer: `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.` },
    });
  });

  it('accepts a customer name exactly at the limit', () => {
    expect(check({ customer: 'x'.repeat(CUSTOMER_MAX_LENGTH) }).ok).toBe(true);
  });

  it('measures length after trimming', () => {
    const padded = `  ${'x'.repeat(REFERENCE_MAX_LENGTH)}  `;

    expect(check({ accountNumber: padded, invoice: padded }).ok).toBe(true);
  });

  it('passes on the money parser’s message for a negative amount', () => {
    expect(check({ amountDue: '-5' })).toEqual({
      ok: false,
      errors: { amountDue: 'Amount can’t be negative.' },
    });
  });

  it('leaves the contact empty when it is blank', () => {
    expect(check({ contact: '   ' })).toMatchObject({ ok: true, input: { contact: '' } });
  });

  it('refuses a contact name over the limit', () => {
    expect(check({ contact: 'x'.repeat(CUSTOMER_MAX_LENGTH + 1) })).toEqual({
      ok: false,
      errors: { contact: `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.` },
    });
  });

  it('accepts a contact name exactly at the limit', () => {
    expect(check({ contact: 'x'.repeat(CUSTOMER_MAX_LENGTH) }).ok).toBe(true);
  });

  it('leaves the due date null when it is blank', () => {
    expect(check({ dueOn: '  ' })).toMatchObject({ ok: true, input: { dueOn: null } });
  });

  it.each(['2026-02-30', '2026-2-3', '10/15/2026', 'last month'])(
    'refuses %j as a due date',
    (dueOn) => {
      expect(check({ dueOn })).toEqual({ ok: false, errors: { dueOn: 'Enter a real date.' } });
    },
  );

  it('accepts a due date still to come', () => {
    expect(check({ dueOn: '2026-12-15' })).toMatchObject({
      ok: true,
      input: { dueOn: '2026-12-15' },
    });
  });

  it('leaves the customer-since year empty when it is blank', () => {
    expect(check({ customerSince: ' ' })).toMatchObject({ ok: true, input: { customerSince: '' } });
  });

  it.each(['1900', '2014', '2026'])('accepts %s as the year they became a customer', (year) => {
    expect(check({ customerSince: year })).toMatchObject({
      ok: true,
      input: { customerSince: year },
    });
  });

  it.each(['2027', '1899', '14', '02014', 'since 2014', '2014-05'])(
    'refuses %j as the year they became a customer',
    (customerSince) => {
      expect(check({ customerSince })).toEqual({
        ok: false,
        errors: { customerSince: 'Enter the year they became a customer, like 2018.' },
      });
    },
  );

  it('takes the latest year allowed from the given today', () => {
    expect(checkStartCallForm(form({ customerSince: '2030' }), 'default-ar', '2030-06-01').ok).toBe(
      true,
    );
  });

  it('suggests a year eight years before the given today', () => {
    expect(checkStartCallForm(form({ customerSince: '2031' }), 'default-ar', '2030-06-01')).toEqual(
      {
        ok: false,
        errors: { customerSince: 'Enter the year they became a customer, like 2022.' },
      },
    );
  });
});

describe('START_FORM_FIELD_ORDER', () => {
  it('lists every field of the form once', () => {
    expect([...START_FORM_FIELD_ORDER].sort()).toEqual(Object.keys(emptyStartCallForm).sort());
  });

  it('starts with the customer', () => {
    expect(START_FORM_FIELD_ORDER[0]).toBe('customer');
  });
});

describe('emptyStartCallForm', () => {
  it('has every field empty', () => {
    expect(Object.values(emptyStartCallForm).every((value) => value === '')).toBe(true);
  });
});

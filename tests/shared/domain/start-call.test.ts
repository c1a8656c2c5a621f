import {
  checkStartCallForm,
  CUSTOMER_MAX_LENGTH,
  emptyStartCallForm,
  REFERENCE_MAX_LENGTH,
  type StartCallForm,
} from '../../../shared/domain/start-call';
import { startCallInputSchema } from '../../../shared/ipc/schemas';

function form(overrides: Partial<StartCallForm> = {}): StartCallForm {
  return {
    customer: 'Acme Supplies',
    accountNumber: 'AC-1001',
    invoice: 'INV-42',
    amountDue: '1,250.00',
    ...overrides,
  };
}

describe('checkStartCallForm', () => {
  it('turns a valid form into a start input', () => {
    expect(checkStartCallForm(form(), 'default-ar')).toEqual({
      ok: true,
      input: {
        playbookId: 'default-ar',
        customer: 'Acme Supplies',
        accountNumber: 'AC-1001',
        invoice: 'INV-42',
        amountDueCents: 125_000,
      },
    });
  });

  it('produces an input that passes the start-call schema', () => {
    const check = checkStartCallForm(form(), 'default-ar');

    expect(check.ok && startCallInputSchema.safeParse(check.input).success).toBe(true);
  });

  it('trims every text field', () => {
    const check = checkStartCallForm(
      form({
        customer: '  Acme  ',
        accountNumber: ' AC-1 ',
        invoice: '\tINV-9\n',
        amountDue: ' 10 ',
      }),
      'default-ar',
    );

    expect(check).toMatchObject({
      ok: true,
      input: { customer: 'Acme', accountNumber: 'AC-1', invoice: 'INV-9', amountDueCents: 1_000 },
    });
  });

  it('leaves the amount null when it is empty or blank', () => {
    expect(checkStartCallForm(form({ amountDue: '   ' }), 'default-ar')).toMatchObject({
      ok: true,
      input: { amountDueCents: null },
    });
  });

  it('accepts a form with only a customer', () => {
    expect(checkStartCallForm({ ...emptyStartCallForm, customer: 'Acme' }, 'default-ar')).toEqual({
      ok: true,
      input: {
        playbookId: 'default-ar',
        customer: 'Acme',
        accountNumber: '',
        invoice: '',
        amountDueCents: null,
      },
    });
  });

  it('asks for the customer when the name is blank', () => {
    expect(checkStartCallForm(form({ customer: '   ' }), 'default-ar')).toEqual({
      ok: false,
      errors: { customer: 'Enter the customer’s name.' },
    });
  });

  it('reports every problem at once, each in the caller’s words', () => {
    const tooLong = 'x'.repeat(REFERENCE_MAX_LENGTH + 1);

    const check = checkStartCallForm(
      { customer: '', accountNumber: tooLong, invoice: tooLong, amountDue: 'abc' },
      'default-ar',
    );

    expect(check).toEqual({
      ok: false,
      errors: {
        customer: 'Enter the customer’s name.',
        accountNumber: `Keep this under ${REFERENCE_MAX_LENGTH} characters.`,
        invoice: `Keep this under ${REFERENCE_MAX_LENGTH} characters.`,
        amountDue: 'Enter an amount like 1,250.00.',
      },
    });
  });

  it('refuses a customer name over the limit', () => {
    expect(
      checkStartCallForm(form({ customer: 'x'.repeat(CUSTOMER_MAX_LENGTH + 1) }), 'default-ar'),
    ).toEqual({
      ok: false,
      errors: { customer: `Keep the name under ${CUSTOMER_MAX_LENGTH} characters.` },
    });
  });

  it('accepts a customer name exactly at the limit', () => {
    expect(
      checkStartCallForm(form({ customer: 'x'.repeat(CUSTOMER_MAX_LENGTH) }), 'default-ar').ok,
    ).toBe(true);
  });

  it('measures length after trimming', () => {
    const padded = `  ${'x'.repeat(REFERENCE_MAX_LENGTH)}  `;

    expect(
      checkStartCallForm(form({ accountNumber: padded, invoice: padded }), 'default-ar').ok,
    ).toBe(true);
  });

  it('passes on the money parser’s message for a negative amount', () => {
    expect(checkStartCallForm(form({ amountDue: '-5' }), 'default-ar')).toEqual({
      ok: false,
      errors: { amountDue: 'Amount can’t be negative.' },
    });
  });
});

describe('startCallInputSchema', () => {
  it('rejects unknown fields', () => {
    const input = {
      playbookId: 'default-ar',
      customer: 'A',
      accountNumber: '',
      invoice: '',
      amountDueCents: null,
    };

    expect(startCallInputSchema.safeParse({ ...input, extra: 1 }).success).toBe(false);
  });

  it('rejects a fractional amount of cents', () => {
    const input = {
      playbookId: 'default-ar',
      customer: 'A',
      accountNumber: '',
      invoice: '',
      amountDueCents: 1.5,
    };

    expect(startCallInputSchema.safeParse(input).success).toBe(false);
  });
});

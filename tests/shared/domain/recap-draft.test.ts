import { isAddressList, recapAddressOf, recapFileName } from '../../../shared/domain/recap-draft';
import { buildCall } from '../../support/builders';

const contact = (name: string, email: string) => ({ name, role: '', phone: '', email });

describe('isAddressList', () => {
  it.each(['', '  ', 'dana@acme.example', 'dana@acme.example, ap@acme.example;'])(
    'takes %j',
    (to) => {
      expect(isAddressList(to)).toBe(true);
    },
  );

  it.each([
    'dana',
    'dana at acme.example',
    'dana@acme',
    'Dana <dana@acme.example>',
    'a@b.c\nBcc: x@y.zz',
  ])('refuses %j', (to) => {
    expect(isAddressList(to)).toBe(false);
  });
});

describe('recapAddressOf', () => {
  it('takes the address captured in the call first', () => {
    const call = buildCall({ captures: { 'follow-up': { 'recap-to': ' ap@acme.example ' } } });

    expect(recapAddressOf(call, { contacts: [contact('Dana Reyes', 'dana@acme.example')] })).toBe(
      'ap@acme.example',
    );
  });

  it('takes the e-mail of the account contact the call was with', () => {
    const contacts = [
      contact('Sam Ortiz', 'sam@acme.example'),
      contact('dana  reyes', 'd@acme.example'),
    ];

    expect(recapAddressOf(buildCall({ contact: 'Dana Reyes' }), { contacts })).toBe(
      'd@acme.example',
    );
  });

  it('never takes another contact’s e-mail', () => {
    const contacts = [contact('Sam Ortiz', 'sam@acme.example')];

    expect(recapAddressOf(buildCall({ contact: 'Dana Reyes' }), { contacts })).toBe('');
  });

  it('takes the only contact’s e-mail when the call named nobody', () => {
    const contacts = [contact('Sam Ortiz', 'sam@acme.example')];

    expect(recapAddressOf(buildCall({ contact: '' }), { contacts })).toBe('sam@acme.example');
  });

  it('leaves it empty when what is held is not an e-mail address', () => {
    const call = buildCall({ captures: { 'follow-up': { 'recap-to': 'ask Dana' } } });

    expect(recapAddressOf(call, null)).toBe('');
  });
});

describe('recapFileName', () => {
  it('names the file after the customer and the day, without characters file systems refuse', () => {
    const startedAt = new Date(2026, 11, 1, 10).getTime();

    expect(recapFileName({ customer: 'Acme: Pipes/Valves <West>', startedAt })).toBe(
      'Recap Acme Pipes Valves West 2026-12-01.eml',
    );
    expect(recapFileName({ customer: '..', startedAt })).toBe('Recap 2026-12-01.eml');
  });
});

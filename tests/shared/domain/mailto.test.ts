import { MAILTO_MAX_LENGTH, mailtoLink } from '../../../shared/domain/mailto';

describe('mailtoLink', () => {
  it('encodes the address, subject and body, with line breaks as CRLF', () => {
    expect(
      mailtoLink({
        to: 'ap@oakridge.example',
        subject: 'Our call & next steps',
        body: 'Hi Dana,\nThanks.',
      }),
    ).toEqual({
      ok: true,
      href: 'mailto:ap@oakridge.example?subject=Our%20call%20%26%20next%20steps&body=Hi%20Dana%2C%0D%0AThanks.',
    });
  });

  it('lists several addresses separated by commas, whatever the caller separated them with', () => {
    const link = mailtoLink({ to: ' a@x.example; b@x.example ,', subject: '', body: '' });

    expect(link).toEqual({ ok: true, href: 'mailto:a@x.example,b@x.example' });
  });

  it('keeps characters that would end a field inside their own field', () => {
    const link = mailtoLink({ to: 'a@x.example', subject: 'a?b=c&body=x', body: '#1 100%' });

    expect(link).toEqual({
      ok: true,
      href: 'mailto:a@x.example?subject=a%3Fb%3Dc%26body%3Dx&body=%231%20100%25',
    });
  });

  it('offers a link up to the limit and says how long it would be beyond it', () => {
    const prefix = 'mailto:a@x.example?body='.length;
    const fits = mailtoLink({
      to: 'a@x.example',
      subject: '',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - prefix),
    });
    const tooLong = mailtoLink({
      to: 'a@x.example',
      subject: '',
      body: 'x'.repeat(MAILTO_MAX_LENGTH - prefix + 1),
    });

    expect(fits.ok && fits.href.length).toBe(MAILTO_MAX_LENGTH);
    expect(tooLong).toEqual({ ok: false, length: MAILTO_MAX_LENGTH + 1 });
  });

  it('counts the encoded length, not the characters typed', () => {
    // Each "é" is six characters once encoded (%C3%A9).
    const link = mailtoLink({ to: 'a@x.example', subject: '', body: 'é'.repeat(300) });

    expect(link).toEqual({ ok: false, length: 'mailto:a@x.example?body='.length + 1_800 });
  });
});

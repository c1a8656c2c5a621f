import { emlDraft } from '../../../shared/domain/eml';

const DATE = Date.UTC(2023, 10, 14, 9, 5, 7);
const input = {
  to: 'dana@acme.test',
  subject: 'Résumé of our call',
  text: 'Hello Dana,\n\n'.concat('Thank you — ça va. '.repeat(20)),
  html: '<p>Hello Dana,</p>',
  date: DATE,
};

function decode(b64: string): string {
  const binary = atob(b64.replace(/\r\n/g, ''));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
}

describe('emlDraft', () => {
  const eml = emlDraft(input);
  const boundary = /boundary="([^"]+)"/.exec(eml)?.[1] ?? '';

  it('writes the draft headers', () => {
    expect(eml.startsWith('X-Unsent: 1\r\n')).toBe(true);
    expect(eml).toContain('\r\nTo: dana@acme.test\r\n');
    expect(eml).toContain('\r\nDate: Tue, 14 Nov 2023 09:05:07 +0000\r\n');
    expect(eml).toContain('\r\nMIME-Version: 1.0\r\n');
    expect(eml).toContain('multipart/alternative');
  });

  it('encodes a non-ASCII subject as encoded words', () => {
    const subject = /\r\nSubject: (.*?)\r\nDate/s.exec(eml)?.[1] ?? '';
    const words = [...subject.matchAll(/=\?UTF-8\?B\?([^?]*)\?=/g)].map((m) => decode(m[1] ?? ''));
    expect(words.join('')).toBe(input.subject);
  });

  it('ends every line with CRLF and keeps lines short', () => {
    expect(eml.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of eml.split('\r\n')) expect(line.length).toBeLessThanOrEqual(78);
  });

  it('holds bodies that decode to the input, with a boundary not in them', () => {
    const sections = eml.split(`--${boundary}`).slice(1, 3);
    const bodies = sections.map((section) => decode(section.split('\r\n\r\n')[1] ?? ''));
    expect(bodies).toEqual([input.text, input.html]);
    expect(input.text.includes(boundary) || input.html.includes(boundary)).toBe(false);
  });

  it('picks another boundary when the content holds the first', () => {
    const other = emlDraft({ ...input, text: '=_call-coach_0' });
    expect(other).toContain('boundary="=_call-coach_1"');
  });
});

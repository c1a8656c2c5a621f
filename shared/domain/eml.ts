import type { MailDraft } from './mailto';

/** What an .eml draft holds: the recap's addresses and subject, its text and HTML, and a date. */
export type EmlInput = Pick<MailDraft, 'to' | 'subject'> & {
  readonly text: string;
  readonly html: string;
  /** Epoch milliseconds for the Date header; time is an input. */
  readonly date: number;
};

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function base64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    out += BASE64[a >> 2] ?? '';
    out += BASE64[((a & 3) << 4) | (b >> 4)] ?? '';
    out += i + 1 < bytes.length ? (BASE64[((b & 15) << 2) | (c >> 6)] ?? '') : '=';
    out += i + 2 < bytes.length ? (BASE64[c & 63] ?? '') : '=';
  }
  return out;
}

/** UTF-8 bytes of the text (shared/ has no TextEncoder type); a lone surrogate becomes U+FFFD. */
function utf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const character of text) {
    let code = character.codePointAt(0) ?? 0xfffd;
    if (code >= 0xd800 && code <= 0xdfff) code = 0xfffd;
    if (code < 0x80) bytes.push(code);
    else if (code < 0x800) bytes.push(0xc0 | (code >> 6), 0x80 | (code & 63));
    else if (code < 0x10000) {
      bytes.push(0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63));
    } else {
      bytes.push(
        0xf0 | (code >> 18),
        0x80 | ((code >> 12) & 63),
        0x80 | ((code >> 6) & 63),
        0x80 | (code & 63),
      );
    }
  }
  return Uint8Array.from(bytes);
}

/** Base64 of the UTF-8 text in lines of 76 characters. */
function base64Lines(text: string): string[] {
  return base64(utf8(text)).match(/.{1,76}/g) ?? [];
}

// A header value on one line: a line break in it would start a new header.
const oneLine = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

/** The subject as it may stand in a header: RFC 2047 encoded words when it is not plain ASCII. */
function encodeSubject(subject: string): string {
  if (/^[\x20-\x7e]*$/.test(subject)) return subject;
  // Whole characters per word, so no word splits a character's bytes; 45 bytes fit in 60 base64.
  const words: string[] = [];
  let chunk = '';
  for (const character of subject) {
    if (utf8(chunk + character).length > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += character;
  }
  if (chunk !== '') words.push(chunk);
  return words.map((word) => `=?UTF-8?B?${base64(utf8(word))}?=`).join('\r\n ');
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** An RFC 5322 date in UTC, e.g. "Wed, 02 Dec 2026 11:44:53 +0000". */
function rfc5322Date(epochMs: number): string {
  const d = new Date(epochMs);
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
  return `${DAYS[d.getUTCDay()] ?? ''}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()] ?? ''} ${d.getUTCFullYear()} ${time} +0000`;
}

/**
 * The text of an .eml file that mail programs open as an unsent draft (`X-Unsent: 1`): the
 * recap as multipart/alternative with a text and an HTML part, UTF-8, base64 bodies, CRLF line
 * ends and no line over 76 characters. The boundary never occurs in the content.
 */
export function emlDraft(input: EmlInput): string {
  const parts = [input.text, input.html];
  const headers = `${input.to}${input.subject}`;
  let n = 0;
  let boundary = `=_call-coach_${n}`;
  while (parts.some((part) => part.includes(boundary)) || headers.includes(boundary)) {
    n += 1;
    boundary = `=_call-coach_${n}`;
  }
  const part = (type: string, body: string) => [
    `--${boundary}`,
    `Content-Type: ${type}; charset=UTF-8`,
    'Content-Transfer-Encoding: base64',
    '',
    ...base64Lines(body),
  ];
  return [
    'X-Unsent: 1',
    `To: ${oneLine(input.to)}`,
    `Subject: ${encodeSubject(oneLine(input.subject))}`,
    `Date: ${rfc5322Date(input.date)}`,
    'MIME-Version: 1.0',
    `Content-Type: multipart/alternative; boundary="${boundary}"`,
    '',
    ...part('text/plain', input.text),
    ...part('text/html', input.html),
    `--${boundary}--`,
    '',
  ].join('\r\n');
}

/**
 * The longest `mailto:` link Call Coach opens. Mail programs and the systems that hand links to
 * them cut or refuse longer ones (around 2,000 characters on Windows, about 1,600 in some mail
 * handlers), so a longer recap goes to the clipboard or a draft file instead.
 */
export const MAILTO_MAX_LENGTH = 1_500;

export interface MailDraft {
  /** Addresses as the caller wrote them, separated by commas or semicolons. */
  readonly to: string;
  readonly subject: string;
  readonly body: string;
}

declare const builtByMailtoLink: unique symbol;

/**
 * A `mailto:` URL as `mailtoLink` built it, every field encoded. Only main's recap service holds
 * one to hand to the system's mail program: the type keeps a string the page sent from getting there.
 */
export type MailtoHref = string & { readonly [builtByMailtoLink]: true };

export type MailtoLink =
  | { readonly ok: true; readonly href: MailtoHref }
  | { readonly ok: false; readonly length: number };

/** Line breaks as RFC 6068 writes them in a body (CRLF), then percent-encoded. */
const encodeBody = (body: string) => encodeURIComponent(body.replace(/\r?\n/g, '\r\n'));

/**
 * The draft as a `mailto:` link when it fits in MAILTO_MAX_LENGTH characters, encoded; else how
 * long it would be, so the caller can be told why it is not offered.
 */
export function mailtoLink(draft: MailDraft): MailtoLink {
  const to = draft.to
    .split(/[,;]/)
    .map((address) => address.trim())
    .filter((address) => address !== '')
    // "@" may stand as it is in an address (RFC 6068); everything else that could end it is encoded.
    .map((address) => encodeURIComponent(address).replaceAll('%40', '@'))
    .join(',');
  const fields = [
    draft.subject.trim() === '' ? null : `subject=${encodeURIComponent(draft.subject.trim())}`,
    draft.body === '' ? null : `body=${encodeBody(draft.body)}`,
  ].filter((field): field is string => field !== null);
  const href = `mailto:${to}${fields.length > 0 ? `?${fields.join('&')}` : ''}`;
  return href.length <= MAILTO_MAX_LENGTH
    ? { ok: true, href: href as MailtoHref }
    : { ok: false, length: href.length };
}

/**
 * Whether `url` is a mail link of the kind `mailtoLink` makes: `mailto:`, nothing unencoded that
 * could end it, no longer than MAILTO_MAX_LENGTH. The desktop host checks it again before handing
 * a link to the system, although only main builds these links.
 */
export function isOfferedMailtoLink(url: string): boolean {
  return /^mailto:[^\s]*$/i.test(url) && url.length <= MAILTO_MAX_LENGTH;
}

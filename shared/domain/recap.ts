import { formatIsoDate, localDate } from './calendar';
import type { Call } from './call';
import { FOLLOW_UP_BY_CALLER, situationsWorkedIn } from './follow-ups';
import { fillPhrase, tokenValues, type TokenValues } from './merge-tokens';
import { formatMoney } from './money';
import { findOutcome, type PhraseTemplate, type Playbook } from './playbook';

/** A recap e-mail in plain text. */
export interface Recap {
  readonly subject: string;
  readonly body: string;
}

/** What a recap is built from: the call's details, what was captured, and how it ended. */
export type RecapSource = Pick<
  Call,
  | 'contact'
  | 'customer'
  | 'invoice'
  | 'amountDueCents'
  | 'dueOn'
  | 'customerSince'
  | 'startedAt'
  | 'branches'
  | 'captures'
  | 'closing'
>;

/** One part of the recap: an optional heading over paragraphs or a bulleted list. */
interface RecapSection {
  readonly heading: string | null;
  readonly lines: readonly string[];
  readonly isList: boolean;
}

/** How each situation reads in "what we discussed"; one not listed reads as its title. */
// Maps, so a situation id such as `constructor` (a valid id) is only ever a key.
const SITUATION_WORDS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    'check-in-mail': 'The check you have sent us',
    'promise-to-pay': 'Your plan to pay',
    dispute: 'The question you raised about the invoice',
    'invoice-not-received': 'The invoice not having reached you',
    'already-paid': 'The payment you have already made',
    hardship: 'A payment plan that works for you',
    'wrong-contact': 'The right person to talk to',
    'something-else': 'Another matter you brought up',
  }),
);

/**
 * What each situation's agreement says, one sentence per template, written the way the playbook
 * writes phrases: `{section.field}` tokens, `[ ]` around what may be missing. A sentence whose
 * required tokens have no value is left out. A playbook's own wording for a situation
 * (`PlaybookBranch.recap`) takes the place of these; this is the wording when it has none.
 */
const AGREEMENT_SENTENCES: ReadonlyMap<string, readonly PhraseTemplate[]> = new Map(
  Object.entries({
    'check-in-mail': [
      [
        'You sent check {check-in-mail.check-number}[ for {check-in-mail.amount}][ on {check-in-mail.mailed-on}][, to {check-in-mail.mailed-to}].',
        'You sent a check for {check-in-mail.amount}[ on {check-in-mail.mailed-on}][, to {check-in-mail.mailed-to}].',
        'You sent a check on {check-in-mail.mailed-on}[, to {check-in-mail.mailed-to}].',
        'You sent a check to {check-in-mail.mailed-to}.',
      ],
      '[It covers {check-in-mail.invoices}.]',
      '[It went by {check-in-mail.method}.]',
      '[The tracking number is {check-in-mail.tracking}.]',
      'We will look out for it, and if it has not reached us by {check-in-mail.follow-up-by}, we will get in touch to agree the easiest way forward.',
    ],
    'promise-to-pay': [
      [
        'You plan to pay {promise-to-pay.amount}[ by {promise-to-pay.pay-on}][ (method: {promise-to-pay.method})].',
        'You plan to make a payment by {promise-to-pay.pay-on}[ (method: {promise-to-pay.method})].',
        'You plan to pay by {promise-to-pay.method}.',
      ],
      '[It covers {promise-to-pay.invoices}.]',
      'We will confirm once the payment is applied.',
    ],
    dispute: [
      [
        'We are looking into the {dispute.disputed-amount} in question[ (reason: {dispute.reason})].',
        'We are looking into your question (reason: {dispute.reason}).',
      ],
      '[It concerns {dispute.invoices}.]',
      '[The undisputed amount is {dispute.undisputed-amount}.]',
      '[Documents that will help: {dispute.documents}.]',
      [
        '{dispute.owner} will get back to you[ by {dispute.answer-by}].',
        'We will get back to you by {dispute.answer-by}.',
      ],
      '[Where it stands: {dispute.status}.]',
    ],
    'invoice-not-received': [
      '[We confirmed where invoices should go: {invoice-not-received.confirmed-address}.]',
      [
        'We resent the invoice on {invoice-not-received.resent-on}[ to {invoice-not-received.resent-to}].',
        'We resent the invoice to {invoice-not-received.resent-to}.',
      ],
    ],
    'already-paid': [
      [
        'You let us know you paid {already-paid.amount}[ on {already-paid.paid-on}][ (method: {already-paid.method})][, reference {already-paid.reference}].',
        'You let us know you paid on {already-paid.paid-on}[ (method: {already-paid.method})][, reference {already-paid.reference}].',
        'You let us know the payment was made[ (method: {already-paid.method})][, reference {already-paid.reference}].',
      ],
      '[It covers {already-paid.invoices}.]',
      'We will find it and apply it to your account.',
    ],
    hardship: [
      '[You can pay {hardship.pay-now} now.]',
      '[The plan we discussed: {hardship.plan}.]',
      '[The first payment is due by {hardship.first-payment-on}.]',
    ],
    'wrong-contact': [
      [
        'We will reach out to {wrong-contact.right-contact}[ at {wrong-contact.reach-at}].',
        '[We will reach out at {wrong-contact.reach-at}.]',
      ],
      '[The best time to call: {wrong-contact.best-time}.]',
    ],
    'something-else': [
      '[What came up: {something-else.what-came-up}.]',
      '[What we agreed: {something-else.agreed}.]',
      '[The amount involved: {something-else.amount}.]',
      '[The date agreed: {something-else.by}.]',
    ],
  } satisfies Record<string, readonly PhraseTemplate[]>),
);

const single = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The recap's parts, in order; a part with nothing to say is absent. */
function recapSections(source: RecapSource, playbook: Playbook): RecapSection[] {
  const values: TokenValues = tokenValues(source, playbook, localDate(source.startedAt));
  const contact = single(source.contact);
  const outcome = source.closing ? findOutcome(playbook, source.closing.outcomeId) : undefined;
  const situations = situationsWorkedIn(source, playbook);

  const sections: RecapSection[] = [
    { heading: null, lines: [contact === '' ? 'Hello,' : `Hello ${contact},`], isList: false },
    {
      heading: null,
      lines: [
        outcome?.kind === 'follow-up'
          ? 'We tried to reach you today about your account, and here is a short note of where things stand.'
          : 'Thank you for taking the time to talk with us today. Here is a short summary of our call.',
      ],
      isList: false,
    },
    {
      heading: 'What we discussed',
      lines: situations.map(
        (branch) => branch.recap?.topic ?? SITUATION_WORDS.get(branch.id) ?? branch.title,
      ),
      isList: true,
    },
    {
      heading: 'What we agreed',
      lines: situations.flatMap((branch) =>
        (branch.recap?.agreed ?? AGREEMENT_SENTENCES.get(branch.id) ?? []).flatMap((template) => {
          const sentence = fillPhrase(template, values);
          return sentence === null ? [] : [sentence];
        }),
      ),
      isList: true,
    },
    { heading: 'Next steps', lines: nextSteps(source), isList: true },
    { heading: 'Invoices', lines: invoiceLines(source), isList: true },
    {
      heading: null,
      lines: [
        'If anything here looks different from what you remember, just reply to this e-mail and we will sort it out. Thank you!',
      ],
      isList: false,
    },
  ];
  return sections.filter((section) => section.lines.length > 0);
}

function nextSteps(source: RecapSource): string[] {
  const closing = source.closing;
  if (!closing) return [];
  const steps = closing.action
    ? [`${single(closing.action.what)}, by ${formatIsoDate(closing.action.dueOn)}`]
    : [];
  for (const followUp of closing.followUps) {
    const who = followUp.who === FOLLOW_UP_BY_CALLER ? '' : ` (${single(followUp.who)})`;
    const line = `${single(followUp.what)}${who}, by ${formatIsoDate(followUp.dueOn)}`;
    if (!steps.includes(line)) steps.push(line);
  }
  return steps.filter((step) => !step.startsWith(','));
}

function invoiceLines(source: RecapSource): string[] {
  const invoice = single(source.invoice);
  if (invoice === '') return [];
  const amount = source.amountDueCents === null ? '' : `: ${formatMoney(source.amountDueCents)}`;
  return [`Invoice ${invoice}${amount}`];
}

/**
 * The recap e-mail of a call, from the facts it captured only (never its notes): a greeting, what
 * was discussed, what each side agreed, the next steps and the invoice. A fact the call does not
 * hold is left out, and so is a part with nothing in it.
 */
export function recapOf(source: RecapSource, playbook: Playbook): Recap {
  const customer = single(source.customer);
  const date = formatIsoDate(localDate(source.startedAt));
  const subject = `Summary of our call on ${date}${customer === '' ? '' : ` (${customer})`}`;
  const body = recapSections(source, playbook)
    .map((section) => {
      const lines = section.isList ? section.lines.map((line) => `- ${line}`) : section.lines;
      return [...(section.heading === null ? [] : [section.heading]), ...lines].join('\n');
    })
    .join('\n\n');
  return { subject, body };
}

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');

/**
 * The recap's body as simple HTML for copying as rich text: each paragraph a `<p>`, each run of
 * "- " lines a `<ul>`. Everything is escaped.
 */
export function recapHtml(recap: Recap): string {
  return recap.body
    .split(/\n{2,}/)
    .map((block) => {
      const lines = block.split('\n');
      const items = lines.filter((line) => line.startsWith('- '));
      const plain = lines.filter((line) => !line.startsWith('- '));
      const paragraphs = plain.map((line) => `<p>${escapeHtml(line)}</p>`);
      const list =
        items.length === 0
          ? []
          : [`<ul>${items.map((item) => `<li>${escapeHtml(item.slice(2))}</li>`).join('')}</ul>`];
      return [...paragraphs, ...list].join('\n');
    })
    .join('\n');
}

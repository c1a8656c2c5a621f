import { useMemo } from 'react';
import { accountCard } from '../../../shared/domain/account-card';
import { parseInvoiceNumbers } from '../../../shared/domain/account-records';
import { callerLocale } from '../../ui/date-field';
import { useLiveCall } from '../call/use-live-call';
import { useToday } from '../call/use-today';
import {
  agingParts,
  callInvoices,
  checkLine,
  disputeLine,
  invoiceLine,
  lastContactLine,
  overdueLine,
  promiseLine,
} from './account-card-text';
import { useAccountFile, useAccountFileError } from './account-hooks';
import { cardWords } from '../../../shared/domain/account-card';

const ACCOUNT_CARD_HEADING_ID = 'account-card-heading';

/**
 * What the live call's account shows before dialling, most important first: red flags (broken
 * promises, checks that never came), open disputes, payments expected, what is overdue and how
 * old, the invoices this call is about, and the last contact. A part the account has nothing for
 * is left out. Nothing when the call has no account.
 */
export function AccountCard() {
  const accountId = useLiveCall((call) => call.accountId) ?? null;
  const callInvoice = useLiveCall((call) => call.invoice) ?? '';
  const file = useAccountFile(accountId, { isFresh: true });
  const error = useAccountFileError(accountId);
  const today = useToday();
  const locale = callerLocale();
  const card = useMemo(
    () => (file ? accountCard(file, today, locale) : null),
    [file, today, locale],
  );
  if (accountId === null) return null;
  if (!file || !card) {
    return (
      <p className="account-card__status">
        {error ? `The account could not be loaded: ${error}` : 'Loading the account…'}
      </p>
    );
  }

  const words = cardWords(card.balance.currency, locale);
  const { balance } = card;
  const hasInvoices = file.invoices.length > 0;
  const hasOpen = balance.openInvoices.length > 0;
  const aboutCall = callInvoices(
    parseInvoiceNumbers(callInvoice),
    card.suggestedInvoices,
    balance.openInvoices,
  );
  const oldest =
    card.oldestOpen && !aboutCall.found.includes(card.oldestOpen) ? card.oldestOpen : null;
  const aging = agingParts(balance, words);

  return (
    <div className="account-card">
      <h4 id={ACCOUNT_CARD_HEADING_ID} className="visually-hidden">
        {file.account.name}: the account
      </h4>
      {card.redFlags.length > 0 && (
        <ul className="account-card__list account-card__list--flags" aria-label="Red flags">
          {card.redFlags.map((flag, index) => (
            <li key={index} className="account-flag">
              <span className="account-flag__mark">
                <span aria-hidden="true">⚑ </span>Red flag
              </span>{' '}
              {flag.text}
            </li>
          ))}
        </ul>
      )}
      {card.openDisputes.length > 0 && (
        <ul className="account-card__list" aria-label="Open disputes">
          {card.openDisputes.map((dispute, index) => (
            <li key={index} className="account-note">
              <span className="account-note__label">Open dispute</span>{' '}
              {disputeLine(dispute, words)}
            </li>
          ))}
        </ul>
      )}
      {(card.pendingPromises.length > 0 || card.checksInMail.length > 0) && (
        <ul className="account-card__list" aria-label="Payments expected">
          {card.pendingPromises.map((promise, index) => (
            <li key={`promise-${index}`} className="account-note">
              <span className="account-note__label">Promised</span> {promiseLine(promise, words)}
            </li>
          ))}
          {card.checksInMail.map((check, index) => (
            <li key={`check-${index}`} className="account-note">
              <span className="account-note__label">In the mail</span> {checkLine(check, words)}
            </li>
          ))}
        </ul>
      )}
      {!hasInvoices && (
        <p className="account-card__status">No invoices imported for this account yet.</p>
      )}
      {hasInvoices && !hasOpen && <p className="account-card__status">No open invoices.</p>}
      {(hasOpen || card.lastContact) && (
        <dl className="account-facts">
          {hasOpen && (
            <div>
              <dt>Overdue</dt>
              <dd>{overdueLine(balance, words)}</dd>
            </div>
          )}
          {hasOpen && aging.length > 0 && (
            <div>
              <dt>By age</dt>
              <dd className="account-facts__aging">
                {aging.map((part, index) => (
                  <span key={part.label} className="account-facts__bucket">
                    {part.label} <strong>{part.amount}</strong>
                    {index < aging.length - 1 && <span className="visually-hidden">, </span>}
                  </span>
                ))}
              </dd>
            </div>
          )}
          {hasOpen && (aboutCall.found.length > 0 || aboutCall.unknown.length > 0) && (
            <div>
              <dt>This call</dt>
              {aboutCall.found.map((invoice) => (
                <dd key={invoice.id}>
                  {invoiceLine(invoice, today, words)}
                  {invoice === card.oldestOpen && ' The oldest open one.'}
                </dd>
              ))}
              {aboutCall.unknown.map((number) => (
                <dd key={number}>{number}: not among the account’s open invoices.</dd>
              ))}
            </div>
          )}
          {oldest && (
            <div>
              <dt>Oldest open</dt>
              <dd>{invoiceLine(oldest, today, words)}</dd>
            </div>
          )}
          {card.lastContact && (
            <div>
              <dt>Last contact</dt>
              <dd>{lastContactLine(card.lastContact, words)}</dd>
            </div>
          )}
        </dl>
      )}
    </div>
  );
}

import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Invoice } from '../../../shared/domain/accounts';
import type { TimelineEntry } from '../../../shared/domain/account-timeline';
import type { IsoDate } from '../../../shared/domain/calendar';
import { isRedFlag } from '../../../shared/domain/promises';
import { useAccountTimelineState, useAppState, useHistoryState } from '../../app/stores';
import { callerLocale } from '../../ui/date-field';
import { useToday } from '../call/use-today';
import { ExportControl } from '../exports/export-control';
import { DeleteControl } from '../retention/delete-control';
import {
  invoiceChangeText,
  nextActionText,
  promiseStatusWords,
  promiseText,
  timelineDays,
  timelinePromiseStatus,
} from './account-timeline-text';
import { cardWords, type CardWords } from '../../../shared/domain/account-card';

const TIMELINE_HEADING_ID = 'account-timeline-heading';

interface AccountTimelineProps {
  /** The heading the keyboard is taken to when a picked account's timeline first shows. */
  readonly headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * The picked account's timeline: its calls, promises (with where each stands today) and invoice
 * changes, newest first and grouped by day, and the way to its calls in History. Nothing before
 * an account is picked.
 */
export function AccountTimeline({ headingRef }: AccountTimelineProps) {
  const accountId = useAccountTimelineState((state) => state.accountId);
  const status = useAccountTimelineState((state) => state.status);
  const entries = useAccountTimelineState((state) => state.entries);
  const file = useAccountTimelineState((state) => state.file);
  const error = useAccountTimelineState((state) => state.error);
  const deletedName = useAccountTimelineState((state) => state.deletedName);
  const deleted = useAccountTimelineState((state) => state.actions.deleted);
  const loadHistory = useHistoryState((state) => state.actions.load);
  const show = useAppState((state) => state.actions.show);
  const today = useToday();
  const locale = callerLocale();
  const days = useMemo(() => timelineDays(entries), [entries]);

  if (accountId === null) return deletedName === null ? null : <DeletedNotice name={deletedName} />;
  if (file === null) {
    return (
      <p className="account-timeline__status" role={error ? 'alert' : undefined}>
        {error ? `The timeline could not be loaded: ${error}` : 'Loading the timeline…'}
      </p>
    );
  }

  const name = file.account.name;
  const currency = file.invoices.find((invoice) => invoice.currency !== '')?.currency ?? '';
  const words = cardWords(currency, locale);

  function handleShowCalls() {
    if (accountId === null) return;
    void loadHistory({ accountId });
    show('history');
  }

  return (
    <section className="account-timeline" aria-labelledby={TIMELINE_HEADING_ID}>
      <div className="account-timeline__header">
        <h4 id={TIMELINE_HEADING_ID} ref={headingRef} tabIndex={-1}>
          Timeline for {name}
        </h4>
        <button type="button" className="button button--quiet" onClick={handleShowCalls}>
          Show calls in History
        </button>
      </div>
      <ExportControl
        origin="account-timeline"
        scope={{ kind: 'account', accountId }}
        label="Export calls"
      />
      {status === 'error' && error !== null && (
        <p className="form-error" role="alert">
          The timeline could not be brought up to date: {error}
        </p>
      )}
      {days.length === 0 ? (
        <p className="account-timeline__status">Nothing has happened on this account yet.</p>
      ) : (
        <ol className="account-timeline__days" aria-labelledby={TIMELINE_HEADING_ID}>
          {days.map((day) => (
            <li key={day.on} className="account-timeline__day">
              <h5 className="account-timeline__date">{words.date(day.on)}</h5>
              <ul className="account-timeline__entries">
                {day.entries.map((entry, index) => (
                  <TimelineItem
                    key={entryKey(entry, index)}
                    entry={entry}
                    invoices={file.invoices}
                    today={today}
                    words={words}
                    locale={locale}
                  />
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      <DeleteControl
        target={{ kind: 'account', accountId }}
        label="Delete this account…"
        title={`Delete ${name}?`}
        onDeleted={() => deleted(accountId)}
      />
    </section>
  );
}

/** Says the account went, and takes the keyboard the confirmation held. */
function DeletedNotice({ name }: { name: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <p ref={ref} className="account-timeline__status" role="status" tabIndex={-1}>
      {name} and everything on it were deleted.
    </p>
  );
}

function entryKey(entry: TimelineEntry, index: number): string {
  return entry.kind === 'invoice'
    ? `invoice-${entry.number}-${entry.change}-${index}`
    : `${entry.kind}-${entry.callId}-${index}`;
}

interface TimelineItemProps {
  readonly entry: TimelineEntry;
  readonly invoices: readonly Invoice[];
  readonly today: IsoDate;
  readonly words: CardWords;
  readonly locale: string;
}

function TimelineItem({ entry, invoices, today, words, locale }: TimelineItemProps) {
  switch (entry.kind) {
    case 'call': {
      const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }).format(
        entry.at,
      );
      return (
        <li className="timeline-entry">
          <p className="timeline-entry__title">
            <span className="timeline-entry__kind">Call</span> {time}
            {entry.contact !== '' && `, with ${entry.contact}`}
            {': '}
            {entry.outcomeLabel ?? 'no outcome recorded'}
          </p>
          {entry.situations.length > 0 && (
            <p className="timeline-entry__detail">Situations: {words.list(entry.situations)}</p>
          )}
          {entry.nextAction !== null && (
            <p className="timeline-entry__detail">
              Next: {nextActionText(entry.nextAction, words)}
            </p>
          )}
        </li>
      );
    }
    case 'promise': {
      const status = timelinePromiseStatus(entry, invoices, today);
      const isFlag = isRedFlag(status);
      return (
        <li className={isFlag ? 'timeline-entry account-flag' : 'timeline-entry'}>
          <p className="timeline-entry__title">
            <span className="timeline-entry__kind">Promise</span> {promiseText(entry, words)}
            {' — '}
            {isFlag ? (
              <span className="account-flag__mark">
                <span aria-hidden="true">⚑ </span>Red flag: {promiseStatusWords(status.kind)}
              </span>
            ) : (
              <span className={`timeline-status timeline-status--${status.kind}`}>
                {promiseStatusWords(status.kind)}
              </span>
            )}
          </p>
          {entry.invoiceNumbers.length > 0 && (
            <p className="timeline-entry__detail">For {words.list(entry.invoiceNumbers)}</p>
          )}
        </li>
      );
    }
    case 'invoice':
      return (
        <li className="timeline-entry">
          <p className="timeline-entry__title">
            <span className="timeline-entry__kind">Invoice</span> {invoiceChangeText(entry, words)}
          </p>
        </li>
      );
  }
}

import { formatIsoDate } from '../../../shared/domain/calendar';
import type { CallSummary, ExcerptPart } from '../../../shared/domain/call';
import { formatMoney } from '../../../shared/domain/money';
import { formatDateTime, formatDuration } from '../../../shared/domain/time-format';
import { excerptText, highlightMatches } from './highlight';
import { HighlightedText } from './highlighted-text';

/** The excerpt worth showing: one with a match, that does not repeat what the row shows. */
function shownExcerpt(call: CallSummary): readonly ExcerptPart[] | null {
  const { excerpt } = call;
  if (!excerpt?.some((part) => part.isMatch)) return null;
  const text = excerptText(excerpt).trim();
  return text === call.customer.trim() || text === call.invoice.trim() ? null : excerpt;
}

export interface HistoryRowProps {
  readonly call: CallSummary;
  /** The search the list answers, for marking the matching words; '' for none. */
  readonly search: string;
  readonly onOpen: (callId: string) => void;
}

/**
 * One past call: who, which invoice and how much, when and how long, how it ended; for a search,
 * the words around the best match. The whole card opens the call; the excerpt sits outside the
 * button (so its marks reach screen readers) and describes it.
 */
export function HistoryRow({ call, search, onOpen }: HistoryRowProps) {
  const excerpt = shownExcerpt(call);
  const excerptId = `history-excerpt-${call.id}`;
  const hasReference = call.invoice !== '' || call.amountDueCents !== null;
  return (
    <li className="history-item">
      <button
        type="button"
        className="history-row"
        data-call-id={call.id}
        aria-describedby={excerpt ? excerptId : undefined}
        onClick={() => onOpen(call.id)}
      >
        <span className="history-row__head">
          <span className="history-row__customer">
            <HighlightedText parts={highlightMatches(call.customer, search)} />
          </span>
          {hasReference && (
            <span className="history-row__reference">
              {call.invoice !== '' && (
                <span className="history-row__invoice">
                  Invoice <HighlightedText parts={highlightMatches(call.invoice, search)} />
                </span>
              )}
              {call.invoice !== '' && call.amountDueCents !== null && ' · '}
              {call.amountDueCents !== null && (
                <span className="history-row__amount">{formatMoney(call.amountDueCents)}</span>
              )}
            </span>
          )}
        </span>
        <span className="history-row__meta">
          {formatDateTime(call.startedAt)} · {formatDuration(call.endedAt - call.startedAt)} ·{' '}
          {call.stepsDone} of {call.stepsTotal} steps
        </span>
        <span className="history-row__outcome">
          {call.outcomeLabel ?? 'No outcome recorded'}
          {call.actionDueOn && ` · next action due ${formatIsoDate(call.actionDueOn)}`}
        </span>
      </button>
      {excerpt && (
        <p id={excerptId} className="history-item__excerpt">
          <HighlightedText parts={excerpt} />
        </p>
      )}
    </li>
  );
}

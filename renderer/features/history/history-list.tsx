import { useEffect, useState } from 'react';
import { formatIsoDate } from '../../../shared/domain/calendar';
import type { CallSummary } from '../../../shared/domain/call';
import { formatDateTime, formatDuration } from '../../../shared/domain/time-format';
import { useHistoryState } from '../../app/stores';

const SEARCH_PAUSE_MS = 250;

interface HistoryRowProps {
  readonly call: CallSummary;
  readonly hasFocus: boolean;
  readonly onOpen: (callId: string) => void;
}

function HistoryRow({ call, hasFocus, onOpen }: HistoryRowProps) {
  return (
    <li>
      <button
        type="button"
        className="history-row"
        // Coming back from a call's details puts the keyboard where the caller left off.
        autoFocus={hasFocus}
        onClick={() => onOpen(call.id)}
      >
        <span className="history-row__customer">{call.customer}</span>
        <span className="history-row__meta">
          {formatDateTime(call.startedAt)} · {formatDuration(call.endedAt - call.startedAt)} ·{' '}
          {call.stepsDone} of {call.stepsTotal} steps
        </span>
        <span className="history-row__outcome">
          {call.outcomeLabel ?? 'No outcome recorded'}
          {call.actionDueOn && ` · next action due ${formatIsoDate(call.actionDueOn)}`}
        </span>
      </button>
    </li>
  );
}

/** Past calls, newest first, with a search over customer, account, invoice and notes. */
export function HistoryList() {
  const status = useHistoryState((state) => state.status);
  const items = useHistoryState((state) => state.items);
  const hasMore = useHistoryState((state) => state.next !== null);
  const isLoadingMore = useHistoryState((state) => state.isLoadingMore);
  const savedSearch = useHistoryState((state) => state.search);
  const error = useHistoryState((state) => state.error);
  const lastOpenedId = useHistoryState((state) => state.lastOpenedId);
  const { load, loadMore, open } = useHistoryState((state) => state.actions);
  const [search, setSearch] = useState(savedSearch);

  useEffect(() => {
    const timer = setTimeout(() => void load(search), search === savedSearch ? 0 : SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
    // Reload when the search text settles (and once when the view opens).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, load]);

  return (
    <section className="history" aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <div className="field">
        <label htmlFor="history-search">Search calls</label>
        <input
          id="history-search"
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
          autoComplete="off"
        />
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {status === 'ready' && items.length === 0 && (
        <p className="empty">
          {search.trim() ? 'No calls match that search.' : 'No calls yet. Ended calls appear here.'}
        </p>
      )}
      {items.length > 0 && (
        <ul className="history-list" aria-label="Past calls">
          {items.map((call) => (
            <HistoryRow
              key={call.id}
              call={call}
              hasFocus={call.id === lastOpenedId}
              onOpen={(callId) => void open(callId)}
            />
          ))}
        </ul>
      )}
      {hasMore && (
        <button
          type="button"
          className="button"
          onClick={() => void loadMore()}
          disabled={isLoadingMore}
        >
          {isLoadingMore ? 'Loading…' : 'Show older calls'}
        </button>
      )}
    </section>
  );
}

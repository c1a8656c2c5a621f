import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { isIsoDate, localDate, type IsoDate } from '../../../shared/domain/calendar';
import { dateEntryExample } from '../../../shared/domain/date-entry';
import type { FieldMessageData } from '../../ui/field-message';
import { callerLocale, DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { useNow } from '../../ui/use-now';
import { useHistoryState, usePlaybookState } from '../../app/stores';
import { activeFilterCount, outcomeOptions } from './history-filters';

/** A typed date is applied once the typing pauses, so 11/2 is not searched on the way to 11/20. */
const DATE_PAUSE_MS = 250;
const OUTCOME_ID = 'history-outcome';

/** The outcomes to filter by, from the stored playbooks. */
function useOutcomeOptions(selectedId: string | null) {
  const playbooks = usePlaybookState((state) => state.playbooks);
  const defaultId = usePlaybookState((state) => state.defaultId);
  return useMemo(
    () => outcomeOptions(playbooks, defaultId, selectedId),
    [playbooks, defaultId, selectedId],
  );
}

/**
 * One day filter as typed: what the field shows, and the day applied to the store once it reads
 * as a date (or is emptied) and the typing pauses. Text that is not a date yet is kept as typed
 * and applies nothing; when the filter changes elsewhere ("Clear filters"), the field follows.
 */
function useDayFilter(stored: IsoDate | null, apply: (day: IsoDate | null) => void) {
  const [draft, setDraft] = useState<{ readonly text: string; readonly base: IsoDate | null }>();
  const [hasLeft, setHasLeft] = useState(false);
  const isCurrent = draft !== undefined && draft.base === stored;
  const value = isCurrent ? draft.text : (stored ?? '');
  const wanted = value === '' ? null : isIsoDate(value) ? value : undefined;

  useEffect(() => {
    if (!isCurrent || wanted === undefined || wanted === stored) return;
    const timer = setTimeout(() => apply(wanted), DATE_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [isCurrent, wanted, stored, apply]);

  return {
    value,
    isDate: wanted !== undefined,
    hasLeft,
    onChange: (text: string) => {
      setHasLeft(false);
      setDraft({ text, base: stored });
    },
    onBlur: () => setHasLeft(true),
    /** Forgets what was typed, for when every filter is lifted. */
    reset: () => {
      setHasLeft(false);
      setDraft(undefined);
    },
  };
}

function dateMessage(
  field: ReturnType<typeof useDayFilter>,
  example: string,
): FieldMessageData | null {
  if (field.isDate || !field.hasLeft) return null;
  return { level: 'error', message: `Not a date, so not applied. Type it like ${example}.` };
}

export interface HistoryFilterBarProps {
  /** The account History is narrowed to, by name; null when it is not. */
  readonly accountName: string | null;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
}

/**
 * The "Filters" disclosure under the search box: outcome and the days calls started between,
 * and a removable chip for the account History was narrowed to. Every change loads the list
 * again; the toggle says how many filters are on.
 */
export function HistoryFilterBar({ accountName, isOpen, onToggle }: HistoryFilterBarProps) {
  const filters = useHistoryState((state) => state.filters);
  const { setFilters, clearFilters } = useHistoryState((state) => state.actions);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();
  const options = useOutcomeOptions(filters.outcomeId);
  const today = localDate(useNow(60_000));
  const example = dateEntryExample(callerLocale());
  const count = activeFilterCount(filters);

  const applyFrom = useCallback((from: IsoDate | null) => void setFilters({ from }), [setFilters]);
  const applyTo = useCallback((to: IsoDate | null) => void setFilters({ to }), [setFilters]);
  const from = useDayFilter(filters.from, applyFrom);
  const to = useDayFilter(filters.to, applyTo);
  const isBackwards = filters.from !== null && filters.to !== null && filters.to < filters.from;

  return (
    <div className="history-filters">
      <div className="history-filters__bar">
        <button
          ref={toggleRef}
          type="button"
          className="button button--quiet history-filters__toggle"
          aria-expanded={isOpen}
          aria-controls={panelId}
          onClick={onToggle}
        >
          <span aria-hidden="true">{isOpen ? '▾ ' : '▸ '}</span>
          {count > 0 ? `Filters (${count})` : 'Filters'}
        </button>
        {filters.accountId !== null && (
          <span className="filter-chip">
            <span className="filter-chip__label">Account: {accountName ?? '…'}</span>
            <button
              type="button"
              className="filter-chip__remove"
              aria-label={`Remove the filter Account: ${accountName ?? 'chosen account'}`}
              onClick={() => {
                // The chip goes with its button: the keyboard stays in the filters.
                toggleRef.current?.focus();
                void setFilters({ accountId: null });
              }}
            >
              <span aria-hidden="true">×</span>
            </button>
          </span>
        )}
      </div>
      <div
        id={panelId}
        className="history-filters__panel"
        role="group"
        aria-label="Filters"
        hidden={!isOpen}
      >
        <SelectField
          id={OUTCOME_ID}
          label="Outcome"
          placeholder="Any"
          value={filters.outcomeId ?? ''}
          options={options}
          onChange={(outcomeId) => void setFilters({ outcomeId: outcomeId || null })}
        />
        <div className="history-filters__days">
          <DateField
            id="history-from"
            label="From"
            value={from.value}
            onChange={from.onChange}
            onBlur={from.onBlur}
            today={today}
            leans="back"
            message={dateMessage(from, example)}
          />
          <DateField
            id="history-to"
            label="To"
            value={to.value}
            onChange={to.onChange}
            onBlur={to.onBlur}
            today={today}
            leans="back"
            message={
              dateMessage(to, example) ??
              (isBackwards
                ? { level: 'warning', message: 'To is before From, so no call can match.' }
                : null)
            }
          />
        </div>
        {count > 0 && (
          <button
            type="button"
            className="button button--quiet history-filters__clear"
            onClick={() => {
              // The button goes once nothing is filtered: the keyboard moves to the first filter.
              document.getElementById(OUTCOME_ID)?.focus();
              from.reset();
              to.reset();
              void clearFilters();
            }}
          >
            Clear filters
          </button>
        )}
      </div>
    </div>
  );
}

import { formatIsoDate } from '../../../shared/domain/calendar';
import type { HistoryFilters } from '../../../shared/domain/history';
import type { Playbook } from '../../../shared/domain/playbook';
import type { SelectOption } from '../../ui/select-field';

/** How many of the filters are set (each of outcome, from, to and account counts once). */
export function activeFilterCount(filters: HistoryFilters): number {
  return [filters.outcomeId, filters.from, filters.to, filters.accountId].filter(
    (value) => value !== null,
  ).length;
}

/**
 * The outcomes History can be narrowed to: the default playbook's, then any other stored
 * playbook's not already listed. An outcome being filtered by that no playbook lists (yet)
 * stays in the list under its id, so the select can show it.
 */
export function outcomeOptions(
  playbooks: readonly Playbook[],
  defaultId: string | null,
  selectedId: string | null,
): SelectOption[] {
  const ordered = [
    ...playbooks.filter((playbook) => playbook.id === defaultId),
    ...playbooks.filter((playbook) => playbook.id !== defaultId),
  ];
  const options = new Map<string, SelectOption>();
  for (const playbook of ordered) {
    for (const outcome of playbook.outcomes) {
      if (!options.has(outcome.id)) {
        options.set(outcome.id, { value: outcome.id, label: outcome.label });
      }
    }
  }
  if (selectedId !== null && !options.has(selectedId)) {
    options.set(selectedId, { value: selectedId, label: selectedId });
  }
  return [...options.values()];
}

/** The names the filters are shown under. */
export interface FilterNames {
  readonly outcome: string | null;
  readonly account: string | null;
}

/** The filters that are set, in words: "outcome Dispute, started Nov 1 to Nov 20, 2026". */
function describeFilters(filters: HistoryFilters, names: FilterNames): string[] {
  const described: string[] = [];
  if (filters.outcomeId !== null) described.push(`outcome “${names.outcome ?? filters.outcomeId}”`);
  const from = filters.from === null ? null : formatIsoDate(filters.from);
  const to = filters.to === null ? null : formatIsoDate(filters.to);
  if (from !== null && to !== null) described.push(`started ${from} to ${to}`);
  else if (from !== null) described.push(`started on or after ${from}`);
  else if (to !== null) described.push(`started on or before ${to}`);
  if (filters.accountId !== null) described.push(`account ${names.account ?? 'chosen'}`);
  return described;
}

/** What an empty list says: which search and which filters found nothing. */
export function emptyResultMessage(
  search: string,
  filters: HistoryFilters,
  names: FilterNames,
): string {
  const words = search.trim();
  const described = describeFilters(filters, names).join(', ');
  if (words === '' && described === '') return 'No calls yet. Ended calls appear here.';
  if (words === '') return `No calls match the filters: ${described}.`;
  if (described === '') return `No calls match “${words}”.`;
  return `No calls match “${words}” (filters: ${described}).`;
}

/** How many calls were found, for screen readers: "3 calls found.", "More than 50 calls found." */
export function resultCount(count: number, hasMore: boolean): string {
  if (count === 0) return 'No calls found.';
  if (hasMore) return `More than ${count} calls found.`;
  return count === 1 ? '1 call found.' : `${count} calls found.`;
}

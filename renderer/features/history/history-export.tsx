import { useMemo } from 'react';
import { historyExportScope } from '../../../shared/domain/exports';
import { useHistoryState } from '../../app/stores';
import { useToday } from '../call/use-today';
import { ExportControl } from '../exports/export-control';

/** Exports the calls History shows: every call its filter finds, or the ones listed. */
export function HistoryExport() {
  const search = useHistoryState((state) => state.search);
  const filters = useHistoryState((state) => state.filters);
  const items = useHistoryState((state) => state.items);
  const today = useToday();
  const scope = useMemo(
    () =>
      historyExportScope(
        search,
        filters,
        items.map((call) => call.id),
        today,
      ),
    [search, filters, items, today],
  );
  return <ExportControl origin="history" scope={scope} label="Export these calls" />;
}

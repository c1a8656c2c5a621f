import { useEffect } from 'react';
import { useHistoryState, useStores } from '../../app/stores';
import { CallDetail } from './call-detail';
import { HistoryList } from './history-list';

/** The history tab: the list, or the one call opened from it. */
export function HistoryView() {
  const selected = useHistoryState((state) => state.selected);
  const close = useHistoryState((state) => state.actions.close);
  const stores = useStores();
  useEffect(() => stores.history.getState().actions.connect(), [stores]);
  return selected ? <CallDetail call={selected} onBack={close} /> : <HistoryList />;
}

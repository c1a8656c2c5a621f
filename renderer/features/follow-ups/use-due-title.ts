import { useEffect } from 'react';
import { useStores, useWorklistState } from '../../app/stores';

const APP_NAME = 'Call Coach';

/** "Call Coach (3 due)", or just "Call Coach" when nothing is due. */
function dueTitle(count: number | null): string {
  return count ? `${APP_NAME} (${count} due)` : APP_NAME;
}

/**
 * Keeps the window's title saying how many follow-ups are due today (overdue included), so the
 * count shows in the task bar without opening the window.
 */
export function useDueTitle(): void {
  const stores = useStores();
  const count = useWorklistState((state) => state.dueCount);
  useEffect(() => stores.worklist.getState().actions.connect(), [stores]);
  useEffect(() => {
    document.title = dueTitle(count);
  }, [count]);
}

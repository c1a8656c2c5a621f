import { CallView } from '../features/call/call-view';
import { HistoryView } from '../features/history/history-view';
import type { View } from './app-store';
import { useAppState } from './stores';

const VIEWS: readonly { readonly id: View; readonly label: string }[] = [
  { id: 'call', label: 'Call' },
  { id: 'history', label: 'History' },
];

/** The window: a slim header with the two views, any storage notice, then the view itself. */
export function App() {
  const view = useAppState((state) => state.view);
  const notice = useAppState((state) =>
    state.isNoticeDismissed ? null : (state.status?.storageNotice ?? null),
  );
  const loadError = useAppState((state) => state.error);
  const { show, dismissNotice } = useAppState((state) => state.actions);
  return (
    <div className="app">
      <header className="app__header">
        <h1 className="app__title">Call Coach</h1>
        <nav aria-label="Views">
          {VIEWS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              className="tab"
              aria-current={view === id ? 'page' : undefined}
              onClick={() => show(id)}
            >
              {label}
            </button>
          ))}
        </nav>
      </header>
      {notice && (
        <div className="storage-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            Got it
          </button>
        </div>
      )}
      {loadError && (
        <p className="form-error storage-notice" role="alert">
          Call Coach could not load its playbooks, so calls cannot start yet: {loadError}
        </p>
      )}
      <main className="app__main">{view === 'call' ? <CallView /> : <HistoryView />}</main>
    </div>
  );
}

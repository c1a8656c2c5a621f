import { CallView } from '../features/call/call-view';
import { HistoryView } from '../features/history/history-view';
import { PlaybooksView } from '../features/playbooks/playbooks-view';
import { CoachingModeSwitch } from '../features/settings/coaching-mode-switch';
import type { View } from './app-store';
import { useAppState, usePlaybookState } from './stores';

const VIEWS: readonly { readonly id: View; readonly label: string }[] = [
  { id: 'call', label: 'Call' },
  { id: 'history', label: 'History' },
  { id: 'playbooks', label: 'Playbooks' },
];

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'call':
      return <CallView />;
    case 'history':
      return <HistoryView />;
    case 'playbooks':
      return <PlaybooksView />;
  }
}

/**
 * The window: a slim header with the views and the coaching mode, any storage or playbook
 * problem, then the view itself.
 */
export function App() {
  const view = useAppState((state) => state.view);
  const notice = useAppState((state) =>
    state.isNoticeDismissed ? null : (state.status?.storageNotice ?? null),
  );
  const playbookError = usePlaybookState((state) => state.error);
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
        <CoachingModeSwitch />
      </header>
      {notice && (
        <div className="storage-notice" role="alert">
          <p>{notice}</p>
          <button type="button" className="button button--quiet" onClick={dismissNotice}>
            Got it
          </button>
        </div>
      )}
      {playbookError && (
        <p className="form-error storage-notice" role="alert">
          Call Coach could not load its playbooks, so calls cannot start yet: {playbookError}
        </p>
      )}
      <main className="app__main">
        <CurrentView view={view} />
      </main>
    </div>
  );
}

import { Suspense } from 'react';
import { CompactCall } from '../features/call/lazy-call-parts';
import { CallView } from '../features/call/call-view';
import { useDueTitle } from '../features/follow-ups/use-due-title';
import { CheatSheet } from '../features/keyboard/cheat-sheet';
import { useGentleFocusScroll } from '../features/keyboard/gentle-focus-scroll';
import { StepAnnouncer } from '../features/keyboard/step-announcer';
import { useKeyboardCommands } from '../features/keyboard/use-keyboard-commands';
import { ClickThroughIndicator } from '../features/overlay/click-through-indicator';
import { useAppearance } from '../features/settings/use-appearance';
import { AppMenu } from './app-menu';
import type { View } from './app-store';
import {
  AccountsView,
  FollowUpsView,
  HistoryView,
  PlaybooksView,
  SettingsView,
} from './lazy-views';
import { useAppState, usePlaybookState, useSettingsState } from './stores';

const VIEWS: readonly { readonly id: View; readonly label: string }[] = [
  { id: 'call', label: 'Call' },
  { id: 'follow-ups', label: 'Follow-ups' },
  { id: 'history', label: 'History' },
  { id: 'accounts', label: 'Accounts' },
];

function CurrentView({ view }: { view: View }) {
  switch (view) {
    case 'call':
      return <CallView />;
    case 'follow-ups':
      return <FollowUpsView />;
    case 'history':
      return <HistoryView />;
    case 'playbooks':
      return <PlaybooksView />;
    case 'accounts':
      return <AccountsView />;
    case 'settings':
      return <SettingsView />;
  }
}

/**
 * The window. Expanded: one slim header line with the views and a menu (the coaching mode, the
 * layout switch, the keys), any storage or playbook problem, then the view itself, which fills
 * the rest of the window. Compact: two lines for the live call.
 * In both, the keyboard commands, the `?` cheat sheet and the announcements are always there.
 */
export function App() {
  useAppearance();
  useKeyboardCommands();
  useGentleFocusScroll();
  useDueTitle();
  const layout = useSettingsState((state) => state.settings.layout);
  const view = useAppState((state) => state.view);
  const notice = useAppState((state) =>
    state.isNoticeDismissed ? null : (state.status?.storageNotice ?? null),
  );
  const playbookError = usePlaybookState((state) => state.error);
  const settingsError = useSettingsState((state) => state.loadError);
  const { show, dismissNotice } = useAppState((state) => state.actions);
  return (
    <div className={`app app--${layout}`}>
      <ClickThroughIndicator />
      <StepAnnouncer />
      <CheatSheet />
      {layout === 'compact' ? (
        <Suspense fallback={null}>
          <CompactCall />
        </Suspense>
      ) : (
        <>
          <header className="app__header">
            <h1 className="visually-hidden">Call Coach</h1>
            <nav className="app__views" aria-label="Views">
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
            <AppMenu />
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
          {settingsError && (
            <p className="form-error storage-notice" role="alert">
              Call Coach could not read your settings, so it is using the defaults for now:{' '}
              {settingsError}
            </p>
          )}
          <main className={`app__main app__main--${view}`}>
            {/* Quiet while a view's chunk loads: nothing flashes, and nothing takes focus. */}
            <Suspense fallback={null}>
              <CurrentView view={view} />
            </Suspense>
          </main>
        </>
      )}
    </div>
  );
}

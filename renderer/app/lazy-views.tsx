import { lazyView } from './lazy-view';

// The views a caller does not need to start or take a call load on demand, each in a chunk of its
// own, so the window starts with little more than the start form. The first open waits for a
// local file; focus requests wait for what they target (keyboard/focus.ts), so they still land.

const history = lazyView(() =>
  import('../features/history/history-view').then((module) => module.HistoryView),
);
const followUps = lazyView(() =>
  import('../features/follow-ups/follow-ups-view').then((module) => module.FollowUpsView),
);
const accounts = lazyView(() => import('./accounts-view').then((module) => module.AccountsView));
const playbooks = lazyView(() =>
  import('../features/playbooks/playbooks-view').then((module) => module.PlaybooksView),
);
const settings = lazyView(() =>
  import('../features/settings/settings-view').then((module) => module.SettingsView),
);

export const HistoryView = history.View;
export const FollowUpsView = followUps.View;
export const AccountsView = accounts.View;
export const PlaybooksView = playbooks.View;
export const SettingsView = settings.View;

/** Loads every on-demand view now (component tests, which expect a view to show at once). */
export async function preloadViews(): Promise<void> {
  await Promise.all(
    [history, followUps, accounts, playbooks, settings].map((view) => view.preload()),
  );
}

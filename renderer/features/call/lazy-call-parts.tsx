import { lazyView } from '../../app/lazy-view';

// The live call and the recap load when a call opens or ends, not with the window: between calls
// the window needs only the start form.

const activeCall = lazyView(() => import('./active-call').then((module) => module.ActiveCall));
const compactCall = lazyView(() => import('./compact-call').then((module) => module.CompactCall));
const recapPanel = lazyView(() =>
  import('../recap/recap-panel').then((module) => module.RecapPanel),
);

export const ActiveCall = activeCall.View;
export const CompactCall = compactCall.View;
export const RecapPanel = recapPanel.View;

/** Loads the call's on-demand parts now (component tests, which expect them at once). */
export async function preloadCallParts(): Promise<void> {
  await Promise.all([activeCall, compactCall, recapPanel].map((part) => part.preload()));
}

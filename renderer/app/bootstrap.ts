import type { CallCoachApi } from '../../shared/ipc/api';
import { createStores, type Stores } from './stores';

/** Builds the window's stores, connects them to main's broadcasts and starts loading. */
export function bootstrap(api: CallCoachApi): Stores {
  const stores = createStores(api);
  stores.app.getState().actions.connect();
  stores.overlay.getState().actions.connect();
  stores.call.getState().actions.connect();
  stores.playbooks.getState().actions.connect();
  stores.settings.getState().actions.connect();
  void stores.app.getState().actions.load();
  void stores.playbooks.getState().actions.load();
  void stores.settings.getState().actions.load();
  void stores.overlay.getState().actions.load();
  void stores.call.getState().actions.load();
  return stores;
}

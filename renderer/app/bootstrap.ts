import type { CallCoachApi } from '../../shared/ipc/api';
import { createStores, type Stores } from './stores';

/** Builds the window's stores and starts loading what the first screen needs. */
export function bootstrap(api: CallCoachApi): Stores {
  const stores = createStores(api);
  stores.call.getState().actions.connect();
  void stores.app.getState().actions.load();
  void stores.call.getState().actions.load();
  return stores;
}

import type { CallCoachApi } from '../../shared/ipc/api';
import { runCommand } from '../features/keyboard/commands';
import { createStores, type Stores } from './stores';

/** Builds the window's stores, connects them to main's broadcasts and starts loading. */
export function bootstrap(api: CallCoachApi): Stores {
  const stores = createStores(api);
  stores.app.getState().actions.connect();
  stores.overlay.getState().actions.connect();
  stores.call.getState().actions.connect();
  stores.playbooks.getState().actions.connect();
  stores.settings.getState().actions.connect();
  // Hotkeys pressed in another app: main has shown the window and passes the action on.
  api.events.hotkeyPressed(({ action }) => void runCommand(stores, action));
  void stores.app.getState().actions.load();
  void stores.playbooks.getState().actions.load();
  void stores.settings.getState().actions.load();
  void stores.overlay.getState().actions.load();
  void stores.call.getState().actions.load();
  return stores;
}

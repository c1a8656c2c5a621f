import type { AppStatus, HandlerMap } from '../../../shared/ipc/contract';
import type { CallService } from '../services/call-service';
import type { OverlayService } from '../services/overlay-service';
import type { PlaybookService } from '../services/playbook-service';
import type { SettingsService } from '../services/settings-service';

export interface HandlerServices {
  readonly calls: CallService;
  readonly playbooks: PlaybookService;
  readonly settings: SettingsService;
  readonly overlay: OverlayService;
  readonly status: () => AppStatus;
  readonly openDataFolder: () => Promise<void>;
}

/** Maps every contract channel to the service that answers it. */
export function createHandlers({
  calls,
  playbooks,
  settings,
  overlay,
  status,
  openDataFolder,
}: HandlerServices): HandlerMap {
  return {
    'app:status': status,
    'app:open-data-folder': async () => {
      await openDataFolder();
      return null;
    },
    'playbooks:list': () => playbooks.list(),
    'playbooks:get': (playbookId, version) => playbooks.get(playbookId, version),
    'playbooks:import': (fileText) => playbooks.import(fileText),
    'playbooks:export': (playbookId) => playbooks.export(playbookId),
    'settings:get': () => settings.get(),
    'settings:update': (patch) => settings.update(patch),
    'settings:reset': () => settings.reset(),
    'overlay:state': () => overlay.state(),
    'overlay:set-click-through': (isOn) => overlay.setClickThrough(isOn),
    'calls:start': (input) => calls.start(input),
    'calls:apply': (callId, command) => calls.apply(callId, command),
    'calls:active': () => calls.open(),
    'calls:get': (callId) => calls.get(callId),
    'calls:history': (query) => calls.history(query),
  };
}

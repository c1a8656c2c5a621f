import type { SettingsRequests } from '../../../../shared/ipc/contracts/settings';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import type { OverlayHost } from '../../hosts/overlay-host';
import { createSettingsRepository, type SettingsRepository } from './settings-repository';
import {
  createSettingsService,
  type HotkeyRegistration,
  type SettingsService,
} from './settings-service';

export interface SettingsModule {
  readonly service: SettingsService;
  /** Raw key-value state the shell keeps itself (window bounds). */
  readonly repository: SettingsRepository;
  readonly handlers: DomainHandlers<SettingsRequests>;
}

/** The caller's preferences: repository, service and the `settings:*` handlers. */
export function createSettingsModule(
  { db, publish }: ModuleContext,
  deps: { readonly hotkeys: HotkeyRegistration; readonly host: OverlayHost },
): SettingsModule {
  const repository = createSettingsRepository(db);
  const service = createSettingsService({
    settings: repository,
    publish,
    hotkeys: deps.hotkeys,
    host: deps.host,
  });
  return {
    service,
    repository,
    handlers: {
      'settings:get': () => service.get(),
      'settings:update': (patch) => service.update(patch),
      'settings:reset': () => service.reset(),
    },
  };
}

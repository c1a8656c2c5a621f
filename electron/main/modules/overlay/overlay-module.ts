import type { OverlayRequests } from '../../../../shared/ipc/contracts/overlay';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import type { OverlayHost } from '../../hosts/overlay-host';
import { createOverlayService, type OverlayService } from './overlay-service';

export interface OverlayModule {
  readonly service: OverlayService;
  readonly handlers: DomainHandlers<OverlayRequests>;
}

/** The overlay window's live state and hotkeys, and the `overlay:*` handlers. */
export function createOverlayModule(
  // The overlay holds no data: of the context it needs only `publish`.
  { publish }: Pick<ModuleContext, 'publish'>,
  deps: { readonly host: OverlayHost },
): OverlayModule {
  const service = createOverlayService({ host: deps.host, publish });
  return {
    service,
    handlers: {
      'overlay:state': () => service.state(),
      'overlay:set-click-through': (isOn) => service.setClickThrough(isOn),
    },
  };
}

import type { AppRequests, AppStatus } from '../../../../shared/ipc/contracts/app';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { OverlayHost } from '../../hosts/overlay-host';

export interface AppModule {
  readonly handlers: DomainHandlers<AppRequests>;
}

/** The app itself: where its data lives and what the caller must hear about storage. */
export function createAppModule(deps: {
  readonly status: () => AppStatus;
  readonly host: Pick<OverlayHost, 'openFolder'>;
}): AppModule {
  return {
    handlers: {
      'app:status': () => deps.status(),
      'app:open-data-folder': async () => {
        await deps.host.openFolder(deps.status().dataDir);
        return null;
      },
    },
  };
}

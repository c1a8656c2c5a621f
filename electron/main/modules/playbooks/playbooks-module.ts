import type { PlaybooksRequests } from '../../../../shared/ipc/contracts/playbooks';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { createPlaybookRepository } from './playbook-repository';
import { createPlaybookService, type PlaybookService } from './playbook-service';

export interface PlaybooksModule {
  readonly service: PlaybookService;
  readonly handlers: DomainHandlers<PlaybooksRequests>;
}

/** Playbook snapshots: repository, service and the `playbooks:*` handlers. */
export function createPlaybooksModule({
  db,
  clock,
  publish,
  log,
  readOnlyBecause,
}: ModuleContext): PlaybooksModule {
  const service = createPlaybookService({
    playbooks: createPlaybookRepository(db, log),
    clock,
    publish,
    canWrite: readOnlyBecause === null,
  });
  return {
    service,
    handlers: {
      'playbooks:list': () => service.list(),
      'playbooks:get': (playbookId, version) => service.get(playbookId, version),
      'playbooks:import': (fileText) => service.import(fileText),
      'playbooks:export': (playbookId) => service.export(playbookId),
    },
  };
}

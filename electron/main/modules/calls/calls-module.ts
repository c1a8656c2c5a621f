import type { HistoryPage, HistoryQuery } from '../../../../shared/domain/history';
import type { CallsRequests } from '../../../../shared/ipc/contracts/calls';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import type { PlaybookService } from '../playbooks/playbook-service';
import { createCallRepository } from './call-repository';
import { createCallService, type CallService } from './call-service';

export interface CallsModule {
  readonly service: CallService;
  readonly handlers: DomainHandlers<CallsRequests>;
}

/** The live call and history: repository, service and the `calls:*` handlers. */
export function createCallsModule(
  { db, clock, publish, readOnlyBecause }: ModuleContext,
  deps: {
    readonly playbooks: PlaybookService;
    readonly newId: () => string;
    /** History pages, read off main's event loop. */
    readonly readHistory: (query: HistoryQuery) => Promise<HistoryPage>;
  },
): CallsModule {
  const service = createCallService({
    calls: createCallRepository(db, clock),
    playbooks: deps.playbooks,
    clock,
    newId: deps.newId,
    publish,
    readHistory: deps.readHistory,
    readOnlyBecause,
  });
  return {
    service,
    handlers: {
      'calls:start': (input) => service.start(input),
      'calls:apply': (callId, command) => service.apply(callId, command),
      'calls:type': (callId, command) => service.type(callId, command),
      'calls:active': () => service.open(),
      'calls:get': (callId) => service.get(callId),
      'calls:history': (query) => service.history(query),
    },
  };
}

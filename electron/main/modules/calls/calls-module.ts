import type { HistoryPage, HistoryQuery } from '../../../../shared/domain/history';
import type { ActiveCall, CallsRequests } from '../../../../shared/ipc/contracts/calls';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import type { PlaybookService } from '../playbooks/playbook-service';
import { inTransaction } from '../../storage/transaction';
import type { AccountRepository } from '../accounts/account-repository';
import { createFollowUpRepository } from '../follow-ups/follow-up-repository';
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
    readonly accounts: AccountRepository;
    readonly newId: () => string;
    /** History pages, read off main's event loop. */
    readonly readHistory: (query: HistoryQuery) => Promise<HistoryPage>;
    /** Whether the last run ended without closing the database (see `createAppCore`). */
    readonly wasEndedUncleanly: boolean;
  },
): CallsModule {
  const followUps = createFollowUpRepository(db);
  const service = createCallService({
    calls: createCallRepository(db, clock),
    recordEnded: (call, playbook, at) => followUps.recordCall(call, playbook, null, at),
    accounts: deps.accounts,
    inTransaction: (work) => inTransaction(db, work),
    playbooks: deps.playbooks,
    clock,
    newId: deps.newId,
    publish,
    readHistory: deps.readHistory,
    readOnlyBecause,
  });
  // The call found open after an unclean end is "recovered" only until the caller changes it:
  // after that it is simply the call in progress, and a reload must not claim a crash again.
  let recoveredCallId = deps.wasEndedUncleanly ? (service.open()?.id ?? null) : null;
  function carriedOn(callId: string): void {
    if (callId === recoveredCallId) recoveredCallId = null;
  }

  return {
    service,
    handlers: {
      'calls:start': (input) => service.start(input),
      'calls:apply': (callId, command) => {
        const call = service.apply(callId, command);
        carriedOn(callId);
        return call;
      },
      'calls:type': (callId, command) => {
        const saved = service.type(callId, command);
        carriedOn(callId);
        return saved;
      },
      'calls:active': (): ActiveCall | null => {
        const call = service.open();
        return call && { call, isRecovered: call.id === recoveredCallId };
      },
      'calls:get': (callId) => service.get(callId),
      'calls:history': (query) => service.history(query),
    },
  };
}

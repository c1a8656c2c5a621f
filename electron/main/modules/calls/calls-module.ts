import { writeFile } from 'node:fs/promises';
import type { HistoryPage, HistoryQuery } from '../../../../shared/domain/history';
import type { ActiveCall, CallsRequests } from '../../../../shared/ipc/contracts/calls';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { PlaybookService } from '../playbooks/playbook-service';
import { inTransaction } from '../../storage/transaction';
import type { AccountRepository } from '../accounts/account-repository';
import type { FollowUpsModule } from '../follow-ups/follow-ups-module';
import { createCallRepository } from './call-repository';
import { createCallService, type CallService } from './call-service';
import { createRecapRepository } from './recap-repository';
import { createRecapService } from './recap-service';

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
    /** Where an ended call's promise and follow-ups are kept. */
    readonly followUps: Pick<FollowUpsModule, 'repository' | 'announce'>;
    /**
     * Where a recap draft is saved (the desktop's save dialog, or the preview's download) and
     * who opens its mail link.
     */
    readonly host: Pick<OverlayHost, 'shell' | 'chooseSavePath' | 'openMailDraft'>;
  },
): CallsModule {
  const followUps = deps.followUps.repository;
  const service = createCallService({
    calls: createCallRepository(db, clock),
    recordStarted: (call, followUpId) => {
      if (followUpId !== null) followUps.startedFrom(call.id, Number(followUpId));
    },
    recordEnded: (call, playbook, at) =>
      followUps.recordCall(call, playbook, followUps.startedFromOf(call.id), at),
    accounts: deps.accounts,
    inTransaction: (work) => inTransaction(db, work),
    playbooks: deps.playbooks,
    clock,
    newId: deps.newId,
    publish,
    readHistory: deps.readHistory,
    readOnlyBecause,
  });
  const recaps = createRecapService({
    recaps: createRecapRepository(db, clock),
    getCall: (callId) => service.get(callId),
    snapshotOf: (call) => deps.playbooks.get(call.playbookId, call.playbookVersion),
    getAccount: (accountId) => deps.accounts.get(accountId),
    host: deps.host,
    writeFile: (path, text) => writeFile(path, text, 'utf8'),
    clock,
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
        // Ending a call puts its follow-ups on the worklist and may close others.
        if (command.type === 'end') deps.followUps.announce();
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
      'calls:recap': (callId) => recaps.recap(callId),
      'calls:save-recap': (callId, recap) => recaps.save(callId, recap),
      'calls:recap-draft': (callId) => recaps.draftFile(callId),
      'calls:open-recap-mail': (callId) => recaps.openMail(callId),
    },
  };
}

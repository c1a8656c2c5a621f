import type { AccountFile } from '../../../../shared/domain/account-file';
import type { TimelineEntry } from '../../../../shared/domain/account-timeline';
import type { AccountPick } from '../../../../shared/domain/accounts';
import { localDate } from '../../../../shared/domain/calendar';
import type { AccountsRequests } from '../../../../shared/ipc/contracts/accounts';
import type { DomainHandlers } from '../../../../shared/ipc/contract';
import type { ModuleContext } from '../../core/module-context';
import { RequestError } from '../../core/request-error';
import { createAccountRepository, type AccountRepository } from './account-repository';
import type { PickQuery } from './account-reader';

export interface AccountsModule {
  readonly repository: AccountRepository;
  readonly handlers: DomainHandlers<AccountsRequests>;
}

/** Reads that run off main's event loop (the read worker), or nothing when there is no file. */
export interface AccountReads {
  pick(query: PickQuery): Promise<AccountPick[]>;
  file(accountId: number): Promise<AccountFile | null>;
  timeline(accountId: number): Promise<TimelineEntry[] | null>;
}

/** Accounts: the repository calls start with, and the `accounts:*` handlers. */
export function createAccountsModule(
  { db, clock }: ModuleContext,
  deps: { readonly reads: AccountReads },
): AccountsModule {
  const repository = createAccountRepository(db, clock);
  return {
    repository,
    handlers: {
      'accounts:pick': (text) =>
        text.trim() === '' ? [] : deps.reads.pick({ text, today: localDate(clock()) }),
      'accounts:file': async (accountId) => {
        const file = await deps.reads.file(accountId);
        if (!file) throw new RequestError('not-found', 'That account could not be found.');
        return file;
      },
      'accounts:timeline': async (accountId) => {
        const timeline = await deps.reads.timeline(accountId);
        if (!timeline) throw new RequestError('not-found', 'That account could not be found.');
        return timeline;
      },
    },
  };
}

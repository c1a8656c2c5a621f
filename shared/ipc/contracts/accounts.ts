import type { AccountFile } from '../../domain/account-file';
import type { TimelineEntry } from '../../domain/account-timeline';
import type { AccountPick } from '../../domain/accounts';
import { channelList } from './listed';

export interface AccountsRequests {
  /**
   * The start form's pick-list: accounts whose name, number, invoice number, contact or phone
   * (digits are enough) matches what was typed, best first.
   */
  'accounts:pick': (text: string) => readonly AccountPick[];
  /** Everything remembered about one account, for its card before the call. */
  'accounts:file': (accountId: number) => AccountFile;
  /** Every call, promise, situation and invoice change on the account, newest first. */
  'accounts:timeline': (accountId: number) => readonly TimelineEntry[];
}

export const accountsRequestChannels = channelList<AccountsRequests>()(
  'accounts:pick',
  'accounts:file',
  'accounts:timeline',
);

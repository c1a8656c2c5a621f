import type { AccountDeletionCounts, CallsDeleted, DeletionCounts } from '../../domain/retention';
import { channelList } from './listed';

/**
 * Deleting calls and accounts for good. Each deletion has a count request first, so the
 * confirmation can say what goes; the deletion answers with what it removed.
 */
export interface RetentionRequests {
  /** What deleting this ended call would remove. */
  'retention:count-call': (callId: string) => DeletionCounts;
  /** Deletes an ended call with its promise and follow-ups; the call in progress is refused. */
  'retention:delete-call': (callId: string) => DeletionCounts;
  /** The account's name and what deleting it would remove. */
  'retention:count-account': (accountId: number) => AccountDeletionCounts;
  /** Deletes the account with its calls, contacts and invoices; refused while a call on it is open. */
  'retention:delete-account': (accountId: number) => DeletionCounts;
  /** What keeping calls for `months` would delete today, for the setting's confirmation. */
  'retention:count-older': (months: number) => DeletionCounts;
}

export interface RetentionEvents {
  /** Calls (and perhaps an account) were deleted: windows drop what they show of them. */
  'calls:deleted': CallsDeleted;
}

export const retentionRequestChannels = channelList<RetentionRequests>()(
  'retention:count-call',
  'retention:delete-call',
  'retention:count-account',
  'retention:delete-account',
  'retention:count-older',
);
export const retentionEventChannels = channelList<RetentionEvents>()('calls:deleted');

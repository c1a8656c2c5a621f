import type { Call, CallCommand, TypedCommand, TypingSaved } from '../../domain/call';
import type { HistoryPage, HistoryQuery } from '../../domain/history';
import type { StartCallInput } from '../../domain/start-call';
import { channelList } from './listed';

export interface CallsRequests {
  'calls:start': (input: StartCallInput) => Call;
  'calls:apply': (callId: string, command: CallCommand) => Call;
  /**
   * Saves what the caller typed (notes, a form field). The answer is small: the window that
   * typed has the text, and every other window hears the call on `call:changed`.
   */
  'calls:type': (callId: string, command: TypedCommand) => TypingSaved;
  'calls:active': () => Call | null;
  'calls:get': (callId: string) => Call;
  'calls:history': (query: HistoryQuery) => HistoryPage;
}

export interface CallsEvents {
  'call:changed': Call;
}

export const callsRequestChannels = channelList<CallsRequests>()(
  'calls:start',
  'calls:apply',
  'calls:type',
  'calls:active',
  'calls:get',
  'calls:history',
);
export const callsEventChannels = channelList<CallsEvents>()('call:changed');

import type { Call, CallCommand, TypedCommand, TypingSaved } from '../../domain/call';
import type { HistoryPage, HistoryQuery } from '../../domain/history';
import type { StartCallInput } from '../../domain/start-call';
import { channelList } from './listed';

/** The call that was not ended, as a window finds it when it loads. */
export interface ActiveCall {
  readonly call: Call;
  /**
   * True when Call Coach did not shut down cleanly while this call was open (a crash, a power cut,
   * a killed process) and nothing has been done in the call since it started again. False after a
   * clean quit with the call open, and once the caller has changed anything in the call; so a
   * plain reload never reports a recovery that did not happen.
   */
  readonly isRecovered: boolean;
}

export interface CallsRequests {
  'calls:start': (input: StartCallInput) => Call;
  'calls:apply': (callId: string, command: CallCommand) => Call;
  /**
   * Saves what the caller typed (notes, a form field). The answer is small: the window that
   * typed has the text, and every other window hears the call on `call:changed`.
   */
  'calls:type': (callId: string, command: TypedCommand) => TypingSaved;
  /** The open call, or null between calls. */
  'calls:active': () => ActiveCall | null;
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

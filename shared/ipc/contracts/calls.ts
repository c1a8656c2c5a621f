import type { Call, CallCommand, TypedCommand, TypingSaved } from '../../domain/call';
import type { HistoryPage, HistoryQuery } from '../../domain/history';
import type { CallRecap, RecapDraft } from '../../domain/recap-draft';
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

/**
 * What became of a recap saved as an .eml draft: written where the caller chose, not written
 * because they cancelled the dialog, or (in the browser preview, which has no dialog) the file's
 * text for the page to download.
 */
export type RecapDraftFile =
  | { readonly kind: 'saved'; readonly path: string }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'download'; readonly fileName: string; readonly text: string };

/**
 * What became of "Open in mail app": main built the `mailto:` link from the stored recap and the
 * desktop handed it to the mail program (`opened`), or, in the browser preview, which cannot start
 * a program, main hands the link it built back for the page to follow (`follow`).
 */
export type RecapMailOpening =
  { readonly kind: 'opened' } | { readonly kind: 'follow'; readonly href: string };

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
  /** The ended call's recap e-mail: as last saved, else built from what the call captured. */
  'calls:recap': (callId: string) => CallRecap;
  /** Stores the caller's edits to an ended call's recap with the call; answers it as stored. */
  'calls:save-recap': (callId: string, recap: RecapDraft) => CallRecap;
  /** The call's recap (as `calls:recap` gives it) as an .eml draft ready to send. */
  'calls:recap-draft': (callId: string) => RecapDraftFile;
  /**
   * Opens the call's recap (as `calls:recap` gives it) in the mail program as a `mailto:` link
   * that main builds; refused when the link would be too long for mail programs.
   */
  'calls:open-recap-mail': (callId: string) => RecapMailOpening;
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
  'calls:recap',
  'calls:save-recap',
  'calls:recap-draft',
  'calls:open-recap-mail',
);
export const callsEventChannels = channelList<CallsEvents>()('call:changed');

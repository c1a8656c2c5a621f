import type { AppStatus, HandlerMap } from '../../../shared/ipc/contract';
import type { CallService } from '../services/call-service';
import type { PlaybookService } from '../services/playbook-service';

export interface HandlerServices {
  readonly calls: CallService;
  readonly playbooks: PlaybookService;
  readonly status: () => AppStatus;
}

/** Maps every contract channel to the service that answers it. */
export function createHandlers({ calls, playbooks, status }: HandlerServices): HandlerMap {
  return {
    'app:status': status,
    'playbooks:list': () => playbooks.list(),
    'calls:start': (input) => calls.start(input),
    'calls:apply': (callId, command) => calls.apply(callId, command),
    'calls:active': () => calls.open(),
    'calls:get': (callId) => calls.get(callId),
    'calls:history': (query) => calls.history(query),
  };
}

import {
  applyCommand,
  commandProblem,
  createCall,
  type Call,
  type CallCommand,
} from '../../../shared/domain/call';
import type { HistoryPage, HistoryQuery } from '../../../shared/domain/history';
import type { StartCallInput } from '../../../shared/domain/start-call';
import { RequestError } from '../ipc/request-error';
import type { CallRepository } from '../storage/call-repository';
import type { PlaybookService } from './playbook-service';

export interface CallServiceDeps {
  readonly calls: CallRepository;
  readonly playbooks: PlaybookService;
  /** Epoch milliseconds; main's clock is the one that stamps every step and end time. */
  readonly clock: () => number;
  readonly newId: () => string;
  /** Tells every window that a call changed. */
  readonly publish: (call: Call) => void;
}

/** The live call and its history. Main is the only writer, so this is the single source of truth. */
export interface CallService {
  start(input: StartCallInput): Call;
  apply(callId: string, command: CallCommand): Call;
  /** The call that was not ended (after a crash, the one to reopen). */
  open(): Call | null;
  get(callId: string): Call;
  history(query: HistoryQuery): HistoryPage;
}

export function createCallService(deps: CallServiceDeps): CallService {
  const { calls, playbooks, clock, newId, publish } = deps;

  function get(callId: string): Call {
    const call = calls.get(callId);
    if (!call) throw new RequestError('not-found', 'That call could not be found.');
    return call;
  }

  return {
    start(input) {
      const open = calls.findOpen();
      if (open) {
        throw new RequestError(
          'conflict',
          `The call with ${open.customer} is still open. End it before starting another.`,
        );
      }
      const call = createCall(newId(), input, playbooks.get(input.playbookId), clock());
      calls.insert(call);
      publish(call);
      return call;
    },

    apply(callId, command) {
      const call = get(callId);
      const problem = commandProblem(call, command);
      if (problem) throw new RequestError('conflict', problem);
      const next = applyCommand(call, command, clock());
      calls.save(next);
      publish(next);
      return next;
    },

    open: () => calls.findOpen(),
    get,
    history: (query) => calls.listHistory(query),
  };
}

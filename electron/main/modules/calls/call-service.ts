import {
  applyCommand,
  commandProblem,
  createCall,
  playbookProblem,
  type Call,
  type CallCommand,
  type TypedCommand,
  type TypingSaved,
} from '../../../../shared/domain/call';
import { localDate } from '../../../../shared/domain/calendar';
import {
  checkClosing,
  closingErrorMessages,
  draftOf,
  type ClosingCheck,
} from '../../../../shared/domain/closing';
import type { HistoryPage, HistoryQuery } from '../../../../shared/domain/history';
import type { Playbook } from '../../../../shared/domain/playbook';
import type { StartCallInput } from '../../../../shared/domain/start-call';
import { RequestError } from '../../core/request-error';
import type { AccountRepository } from '../accounts/account-repository';
import type { CallRepository } from './call-repository';
import type { PlaybookService } from '../playbooks/playbook-service';
import type { Publish } from '../../core/publish';

export interface CallServiceDeps {
  readonly calls: CallRepository;
  /** The account every call belongs to: the one picked, or found or created from the form. */
  readonly accounts: Pick<AccountRepository, 'get' | 'findOrCreate' | 'remember'>;
  /** Runs `work` as one transaction, so a call is never stored without its account or the reverse. */
  readonly inTransaction: <T>(work: () => T) => T;
  readonly playbooks: PlaybookService;
  /** Epoch milliseconds; main's clock is the one that stamps every step and end time. */
  readonly clock: () => number;
  readonly newId: () => string;
  /** Tells every window that a call changed (`call:changed`). */
  readonly publish: Publish;
  /** Reads a page of history off main's event loop (the read worker). */
  readonly readHistory: (query: HistoryQuery) => Promise<HistoryPage>;
  /**
   * Keeps what an ended call leaves to follow through on (its promise, its follow-ups); run in
   * the transaction that stores the end, so neither is ever stored without the other.
   */
  readonly recordEnded: (call: Call, playbook: Playbook, at: number) => void;
  /**
   * Remembers which worklist follow-up a call was started from, in the transaction that
   * stores the start, so that ending the call closes that follow-up.
   */
  readonly recordStarted: (call: Call, followUpId: string | null) => void;
  /** Why calls cannot be stored right now (the database can only be read); null when they can. */
  readonly readOnlyBecause?: string | null;
}

/** The live call and its history. Main is the only writer, so this is the single source of truth. */
export interface CallService {
  /** Starts a call on the newest version of the chosen playbook; refused while another is open. */
  start(input: StartCallInput): Call;
  /**
   * Applies one command, checked against the call and against the playbook snapshot it started
   * on. Ending needs a valid closing; its outcome label is taken from that snapshot.
   */
  apply(callId: string, command: CallCommand): Call;
  /** Applies and stores what the caller typed, like `apply`, answering only when it was stored. */
  type(callId: string, command: TypedCommand): TypingSaved;
  /** The call that was not ended (after a crash, the one to reopen). */
  open(): Call | null;
  get(callId: string): Call;
  history(query: HistoryQuery): Promise<HistoryPage>;
}

/**
 * One sentence for a refused closing: the first problem (the wrap-up's own fields, then its
 * follow-ups), as the wrap-up form words it.
 */
function closingRefusal(check: ClosingCheck & { ok: false }): string {
  const first = closingErrorMessages(check.errors)[0];
  return `The call is still open. ${first ?? 'Confirm that this call ends without a next action.'}`;
}

export function createCallService(deps: CallServiceDeps): CallService {
  const { calls, accounts, playbooks, clock, newId, publish, readHistory } = deps;

  /**
   * The start input with its account: a picked account names the customer as stored; otherwise
   * the account is found by number, else by name, or created from what the form says.
   */
  function withAccount(input: StartCallInput): StartCallInput {
    const picked = input.accountId == null ? null : accounts.get(input.accountId);
    if (input.accountId != null && !picked) {
      throw new RequestError(
        'not-found',
        'That account could not be found. Pick it again, or type the customer’s name.',
      );
    }
    const account = picked
      ? accounts.remember(picked.id, input)
      : accounts.findOrCreate({
          name: input.customer,
          number: input.accountNumber,
          contact: input.contact,
          customerSince: input.customerSince,
        });
    return {
      ...input,
      accountId: account.id,
      customer: picked ? account.name : input.customer,
      accountNumber: input.accountNumber || account.number,
      customerSince: input.customerSince || account.customerSince,
    };
  }

  function get(callId: string): Call {
    const call = calls.get(callId);
    if (!call) throw new RequestError('not-found', 'That call could not be found.');
    return call;
  }

  /** The snapshot the call started on. */
  function snapshotOf(call: Call): Playbook {
    return playbooks.get(call.playbookId, call.playbookVersion);
  }

  function apply(callId: string, command: CallCommand): Call {
    const call = get(callId);
    const problem = commandProblem(call, command);
    if (problem) throw new RequestError('conflict', problem);
    const snapshot = snapshotOf(call);
    const misfit = playbookProblem(snapshot, command);
    if (misfit) throw new RequestError('conflict', misfit);

    const at = clock();
    let checked = command;
    if (command.type === 'end') {
      // The closing is checked again here, follow-ups included, with the renderer's own rules:
      // main stores only what a well-behaved wrap-up form could have sent.
      const closing = checkClosing(draftOf(command.closing), snapshot, localDate(at));
      if (!closing.ok) throw new RequestError('invalid-input', closingRefusal(closing));
      checked = { type: 'end', closing: closing.closing };
    }
    const next = applyCommand(call, checked, at);
    if (next.endedAt === null) calls.save(next, command.type);
    else {
      deps.inTransaction(() => {
        calls.save(next, command.type);
        deps.recordEnded(next, snapshot, at);
      });
    }
    publish('call:changed', next);
    return next;
  }

  return {
    start(input) {
      if (deps.readOnlyBecause) {
        throw new RequestError('unavailable', `${deps.readOnlyBecause} No call was started.`);
      }
      const open = calls.findOpen();
      if (open) {
        throw new RequestError(
          'conflict',
          `The call with ${open.customer} is still open. End it before starting another.`,
        );
      }
      const playbook = playbooks.current(input.playbookId);
      const call = deps.inTransaction(() => {
        const started = createCall(newId(), withAccount(input), playbook, clock());
        calls.insert(started);
        deps.recordStarted(started, input.followUpId ?? null);
        return started;
      });
      publish('call:changed', call);
      return call;
    },

    apply,
    type(callId, command) {
      apply(callId, command);
      return { savedAt: clock() };
    },

    open: () => calls.findOpen(),
    get,
    history: readHistory,
  };
}

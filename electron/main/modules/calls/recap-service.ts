import type { Account } from '../../../../shared/domain/accounts';
import type { Call } from '../../../../shared/domain/call';
import { emlDraft } from '../../../../shared/domain/eml';
import { MAILTO_MAX_LENGTH, mailtoLink } from '../../../../shared/domain/mailto';
import type { Playbook } from '../../../../shared/domain/playbook';
import { recapHtml, recapOf } from '../../../../shared/domain/recap';
import {
  isAddressList,
  recapAddressOf,
  recapFileName,
  type CallRecap,
  type RecapDraft,
} from '../../../../shared/domain/recap-draft';
import type { RecapDraftFile, RecapMailOpening } from '../../../../shared/ipc/contracts/calls';
import { RequestError } from '../../core/request-error';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { RecapRepository } from './recap-repository';

export interface RecapServiceDeps {
  readonly recaps: RecapRepository;
  /** The stored call; throws a RequestError when there is none. */
  readonly getCall: (callId: string) => Call;
  /** The playbook snapshot the call ran on, whose wording the recap follows. */
  readonly snapshotOf: (call: Call) => Playbook;
  readonly getAccount: (accountId: number) => Account | null;
  /** Whether to ask where to save (desktop) or hand the file to the page (browser preview). */
  readonly host: Pick<OverlayHost, 'shell' | 'chooseSavePath' | 'openMailDraft'>;
  readonly writeFile: (path: string, text: string) => Promise<void>;
  /** Epoch milliseconds, for the draft's Date header. */
  readonly clock: () => number;
  /** Why nothing can be stored right now; null when it can. */
  readonly readOnlyBecause?: string | null;
}

/** The recap e-mail of an ended call: built from its facts, edited by the caller, kept with it. */
export interface RecapService {
  /** The recap as last saved, else built from the call's captured facts and its playbook. */
  recap(callId: string): CallRecap;
  /** Stores the caller's version; refused while the call is still open. */
  save(callId: string, recap: RecapDraft): CallRecap;
  /** The recap as an .eml draft: written where the caller chooses, or handed to the page. */
  draftFile(callId: string): Promise<RecapDraftFile>;
  /**
   * Opens the recap in the mail program as a `mailto:` link built here from the stored recap
   * (the page sends only the call's id); refused when the link would be longer than mail
   * programs take (MAILTO_MAX_LENGTH) or the address is not e-mail shaped.
   */
  openMail(callId: string): Promise<RecapMailOpening>;
}

export function createRecapService(deps: RecapServiceDeps): RecapService {
  function endedCall(callId: string): Call {
    const call = deps.getCall(callId);
    if (call.endedAt === null) {
      throw new RequestError('conflict', 'The recap is written once the call has ended.');
    }
    return call;
  }

  function recapOfCall(call: Call): CallRecap {
    const stored = deps.recaps.get(call.id);
    if (stored) return { ...stored, isEdited: true };
    const account = call.accountId === null ? null : deps.getAccount(call.accountId);
    const built = recapOf(call, deps.snapshotOf(call));
    return { to: recapAddressOf(call, account), ...built, isEdited: false };
  }

  return {
    recap: (callId) => recapOfCall(endedCall(callId)),

    save(callId, recap) {
      if (deps.readOnlyBecause) {
        throw new RequestError('unavailable', `${deps.readOnlyBecause} The recap was not saved.`);
      }
      const call = endedCall(callId);
      deps.recaps.save(call.id, recap);
      return recapOfCall(call);
    },

    async openMail(callId) {
      const { to, subject, body } = recapOfCall(endedCall(callId));
      if (!isAddressList(to)) {
        throw new RequestError(
          'invalid-input',
          'Fix the recap’s address to open it in your mail app: type addresses like name@example.com, separated by commas.',
        );
      }
      const link = mailtoLink({ to, subject, body });
      if (!link.ok) {
        throw new RequestError(
          'invalid-input',
          `This recap is too long for a mail link (${link.length.toLocaleString('en-US')} characters; mail apps take about ${MAILTO_MAX_LENGTH.toLocaleString('en-US')}). Copy it, or save it as a draft, instead.`,
        );
      }
      return deps.host.openMailDraft(link.href);
    },

    async draftFile(callId) {
      const call = endedCall(callId);
      const recap = recapOfCall(call);
      const text = emlDraft({
        to: recap.to,
        subject: recap.subject,
        text: recap.body,
        html: recapHtml(recap),
        date: deps.clock(),
      });
      const fileName = recapFileName(call);
      if (deps.host.shell === 'browser') return { kind: 'download', fileName, text };
      const path = await deps.host.chooseSavePath(fileName);
      if (path === null) return { kind: 'cancelled' };
      try {
        await deps.writeFile(path, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException | null)?.code;
        throw new RequestError(
          'unavailable',
          `The draft could not be saved as ${path}${code ? ` (${code})` : ''}. Choose another folder, or copy the recap instead.`,
        );
      }
      return { kind: 'saved', path };
    },
  };
}

import { useEffect, useId, useRef, useState } from 'react';
import { MAILTO_MAX_LENGTH, mailtoLink } from '../../../shared/domain/mailto';
import { recapHtml } from '../../../shared/domain/recap';
import {
  isAddressList,
  RECAP_BODY_MAX_LENGTH,
  RECAP_SUBJECT_MAX_LENGTH,
  RECAP_TO_MAX_LENGTH,
  type RecapDraft,
} from '../../../shared/domain/recap-draft';
import { useRecapState } from '../../app/stores';
import { FormField } from '../../ui/form-field';
import type { SaveState } from '../call/autosave';
import { saveTextFile } from '../playbooks/save-file';
import { clickLink } from '../../ui/click-link';
import { copyRichText } from './copy-rich-text';

const BAD_ADDRESS = 'Type e-mail addresses like name@example.com, separated by commas.';

function saveLine(saveState: SaveState, isEdited: boolean, isAddressValid: boolean): string {
  if (!isAddressValid) return 'Your changes are saved once the address is fixed.';
  switch (saveState) {
    case 'pending':
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved yet; Call Coach keeps trying.';
    case 'saved':
      return isEdited
        ? 'Your changes are saved with the call.'
        : 'Written from what the call recorded. Edit it as you like; changes are saved with the call.';
  }
}

/**
 * "Open in mail app" when the recap fits in a mail link; otherwise why not, and what instead.
 * The length is worked out here only to say so up front: main builds the link itself.
 */
function MailButton({
  draft,
  isAddressValid,
  onOpen,
}: {
  draft: RecapDraft;
  isAddressValid: boolean;
  onOpen: () => void;
}) {
  if (!isAddressValid) {
    return <p className="recap__note">Fix the address to open this in your mail app.</p>;
  }
  const link = mailtoLink(draft);
  if (link.ok) {
    return (
      <button type="button" className="button" onClick={onOpen}>
        Open in mail app
      </button>
    );
  }
  return (
    <p className="recap__note">
      This recap is too long for a mail link ({link.length.toLocaleString()} characters; mail apps
      take about {MAILTO_MAX_LENGTH.toLocaleString()}). Copy it, or save it as a draft, instead.
    </p>
  );
}

/**
 * The recap e-mail of an ended call, to edit and send: To, Subject and the text, prefilled from
 * what the call recorded and saved with the call as the caller types. It can be copied (rich
 * and plain text together), saved as an .eml draft, or opened in the mail app when short enough.
 */
export function RecapEditor({ callId }: { callId: string }) {
  const id = useId();
  const status = useRecapState((state) => (state.callId === callId ? state.status : 'loading'));
  const draft = useRecapState((state) => (state.callId === callId ? state.draft : null));
  const isEdited = useRecapState((state) => state.isEdited);
  const saveState = useRecapState((state) => state.saveState);
  const error = useRecapState((state) => state.error);
  const actions = useRecapState((state) => state.actions);
  const [isToTouched, setIsToTouched] = useState(false);
  const [message, setMessage] = useState('');
  const isMakingDraft = useRef(false);
  const isOpeningMail = useRef(false);

  useEffect(() => {
    void actions.show(callId);
    // Anything typed and not yet saved is saved when the editor goes away (the next call starts).
    return () => void actions.flush();
  }, [actions, callId]);

  if (status === 'error' && !draft) {
    return (
      <div className="recap">
        <p role="alert">The recap could not be loaded: {error}</p>
        <button type="button" className="button" onClick={() => void actions.show(callId)}>
          Try again
        </button>
      </div>
    );
  }
  if (!draft) return <p className="loading">Loading the recap…</p>;

  const isAddressValid = isAddressList(draft.to);
  const toMessage =
    isToTouched && !isAddressValid ? { level: 'error' as const, message: BAD_ADDRESS } : null;

  async function handleCopy(current: RecapDraft) {
    setMessage('');
    try {
      await copyRichText(recapHtml(current), current.body);
      setMessage('Copied');
    } catch {
      setMessage('Could not copy. Select the text and copy it yourself.');
    }
  }

  async function handleDraftFile() {
    if (isMakingDraft.current) return;
    isMakingDraft.current = true;
    setMessage('');
    try {
      const file = await actions.saveDraftFile();
      if (!file || file.kind === 'cancelled') return;
      if (file.kind === 'download') {
        saveTextFile(file.fileName, file.text, 'message/rfc822');
        setMessage(`Draft downloaded as ${file.fileName}. Open it to send.`);
      } else {
        setMessage(`Draft saved as ${file.path}. Open it to send.`);
      }
    } finally {
      isMakingDraft.current = false;
    }
  }

  async function handleOpenMail() {
    if (isOpeningMail.current) return;
    isOpeningMail.current = true;
    setMessage('');
    try {
      const opening = await actions.openMail();
      if (!opening) return;
      // The browser preview cannot start the mail app from main; following main's link asks the
      // browser to.
      if (opening.kind === 'follow') {
        clickLink(opening.href);
        setMessage('Your browser was asked to open this in your mail app.');
      } else {
        setMessage('Opened in your mail app.');
      }
    } finally {
      isOpeningMail.current = false;
    }
  }

  return (
    <form className="recap" aria-label="Recap e-mail" onSubmit={(event) => event.preventDefault()}>
      <FormField id={`${id}-to`} label="To" message={toMessage}>
        {(control) => (
          <input
            {...control}
            type="text"
            inputMode="email"
            autoComplete="off"
            spellCheck={false}
            maxLength={RECAP_TO_MAX_LENGTH}
            value={draft.to}
            placeholder="name@example.com"
            onChange={(event) => actions.edit({ to: event.target.value })}
            onBlur={() => setIsToTouched(true)}
          />
        )}
      </FormField>
      <FormField id={`${id}-subject`} label="Subject">
        {(control) => (
          <input
            {...control}
            type="text"
            autoComplete="off"
            maxLength={RECAP_SUBJECT_MAX_LENGTH}
            value={draft.subject}
            onChange={(event) => actions.edit({ subject: event.target.value })}
          />
        )}
      </FormField>
      <FormField id={`${id}-body`} label="Message">
        {(control) => (
          <textarea
            {...control}
            className="recap__body"
            rows={12}
            maxLength={RECAP_BODY_MAX_LENGTH}
            value={draft.body}
            onChange={(event) => actions.edit({ body: event.target.value })}
            onBlur={() => void actions.flush()}
          />
        )}
      </FormField>
      <p className="recap__saved">{saveLine(saveState, isEdited, isAddressValid)}</p>
      <div className="recap__actions">
        <button type="button" className="button" onClick={() => void handleCopy(draft)}>
          Copy
        </button>
        <button type="button" className="button" onClick={() => void handleDraftFile()}>
          Save as draft (.eml)
        </button>
        <MailButton
          draft={draft}
          isAddressValid={isAddressValid}
          onOpen={() => void handleOpenMail()}
        />
      </div>
      {/* Always rendered, so a screen reader hears each result as it changes. */}
      <p className="recap__status" role="status">
        {message}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}

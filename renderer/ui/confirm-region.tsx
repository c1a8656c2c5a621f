import { useEffect, useId, useRef, type KeyboardEvent } from 'react';

export interface ConfirmRegionProps {
  /** The question, e.g. "Delete this call?" */
  readonly title: string;
  /** What confirming does; null while it is still being worked out. */
  readonly sentence: string | null;
  readonly confirmLabel: string;
  /** The confirmation is under way: both buttons wait. */
  readonly isBusy: boolean;
  /** Why the last attempt failed, or null. */
  readonly error: string | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/**
 * An inline confirmation for something that cannot be undone. It takes the keyboard as it opens
 * (on Cancel, the choice that loses nothing), Escape cancels, and it says what confirming does
 * before it can be confirmed. Inline rather than modal: the overlay is too small for a dialog
 * over the page, and the caller can still read what they are deleting above it.
 */
export function ConfirmRegion({
  title,
  sentence,
  confirmLabel,
  isBusy,
  error,
  onConfirm,
  onCancel,
}: ConfirmRegionProps) {
  const id = useId();
  const titleId = `${id}-title`;
  const sentenceId = `${id}-sentence`;
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key !== 'Escape' || isBusy) return;
    // The view's own Escape (back to the list) must not also run.
    event.stopPropagation();
    event.preventDefault();
    onCancel();
  }

  return (
    <section
      className="confirm-region"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={sentenceId}
      onKeyDown={handleKeyDown}
    >
      <h3 id={titleId} className="confirm-region__title">
        {title}
      </h3>
      <p id={sentenceId} className="confirm-region__sentence">
        {sentence ?? 'Working out what goes…'}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="confirm-region__actions">
        <button
          type="button"
          className="button button--danger"
          disabled={isBusy || sentence === null}
          onClick={onConfirm}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancelRef}
          type="button"
          className="button button--quiet"
          disabled={isBusy}
          onClick={onCancel}
        >
          Cancel
        </button>
      </div>
    </section>
  );
}

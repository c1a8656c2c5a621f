import { useEffect, useRef } from 'react';
import { useDeletionState } from '../../app/stores';
import { ConfirmRegion } from '../../ui/confirm-region';
import { isSameTarget, type DeletionTarget } from './deletion-store';

export interface DeleteControlProps {
  /** The call or account this control deletes. */
  readonly target: Exclude<DeletionTarget, { kind: 'retention' }>;
  /** The button, e.g. "Delete this call…" */
  readonly label: string;
  /** The confirmation's question, e.g. "Delete this call?" */
  readonly title: string;
  /** Called once main has deleted it: the view lets go of what it showed. */
  readonly onDeleted: () => void;
}

/**
 * A button that deletes a call or an account for good, after a confirmation that says what goes.
 * Cancelling puts the keyboard back on the button.
 */
export function DeleteControl({ target, label, title, onDeleted }: DeleteControlProps) {
  const current = useDeletionState((state) => state.target);
  const status = useDeletionState((state) => state.status);
  const sentence = useDeletionState((state) => state.sentence);
  const error = useDeletionState((state) => state.error);
  const { ask, confirm, cancel } = useDeletionState((state) => state.actions);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const isMine = isSameTarget(current, target);
  const isAsking = isMine && status !== 'idle';
  // The confirmation held the keyboard; once it closes (cancelled, or the count refused) the
  // keyboard goes back to the button that opened it, not to the top of the page.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !isAsking) triggerRef.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);

  async function handleConfirm() {
    if (await confirm()) onDeleted();
  }

  return (
    <div className="delete-control">
      {!isAsking && (
        <>
          <button
            ref={triggerRef}
            type="button"
            className="button button--quiet delete-control__trigger"
            onClick={() => void ask(target)}
          >
            {label}
          </button>
          {isMine && error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
        </>
      )}
      {isAsking && (
        <ConfirmRegion
          title={title}
          sentence={sentence}
          confirmLabel="Delete"
          isBusy={status === 'deleting'}
          error={error}
          onConfirm={() => void handleConfirm()}
          onCancel={cancel}
        />
      )}
    </div>
  );
}

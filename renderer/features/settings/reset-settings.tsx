import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useSettingsState } from '../../app/stores';
import { LiveMessage, type Message } from './live-message';
import { SettingsSection } from './settings-section';

/**
 * Every setting back to its default, after a question asked right here (not in a dialog that
 * would cover the call). Focus goes to the safe answer, and back to the button afterwards.
 */
export function ResetSettings() {
  const reset = useSettingsState((state) => state.actions.reset);
  const [isConfirming, setIsConfirming] = useState(false);
  const [result, setResult] = useState<Message | null>(null);
  const resetButtonRef = useRef<HTMLButtonElement>(null);
  const isReturningFocus = useRef(false);
  const id = useId();
  const questionId = `${id}-question`;

  // The button is back in the page only after the question closes, so focus moves here.
  useEffect(() => {
    if (isConfirming || !isReturningFocus.current) return;
    isReturningFocus.current = false;
    resetButtonRef.current?.focus();
  }, [isConfirming]);

  function ask() {
    setResult(null);
    setIsConfirming(true);
  }

  function close() {
    isReturningFocus.current = true;
    setIsConfirming(false);
  }

  async function handleConfirm() {
    const refusal = await reset();
    setResult(
      refusal
        ? { tone: 'error', text: `Nothing was reset: ${refusal}` }
        : { tone: 'done', text: 'Every setting is back to its default.' },
    );
    close();
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape') return;
    // Escape answers this question only; the window's own Escape handling stays out of it.
    event.stopPropagation();
    close();
  }

  return (
    <SettingsSection title="Reset all settings">
      {isConfirming ? (
        <div
          className="reset-confirm"
          role="group"
          aria-labelledby={questionId}
          onKeyDown={handleKeyDown}
        >
          <p id={questionId} className="reset-confirm__question">
            Reset every setting, hotkeys included, to its default?
          </p>
          <div className="settings-actions">
            <button
              type="button"
              className="button button--danger"
              onClick={() => void handleConfirm()}
            >
              Reset
            </button>
            <button type="button" className="button" autoFocus onClick={close}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="settings-actions">
          <button ref={resetButtonRef} type="button" className="button" onClick={ask}>
            Reset all settings…
          </button>
        </div>
      )}
      <LiveMessage message={result} />
    </SettingsSection>
  );
}

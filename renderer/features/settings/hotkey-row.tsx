import { useId, useRef, useState, type KeyboardEvent } from 'react';
import {
  HOTKEY_ACTION_INFO,
  displayCombo,
  type HotkeyAction,
  type HotkeyMap,
  type HotkeyStatus,
  type Platform,
} from '../../../shared/domain/hotkeys';
import { captureKeyPress } from './hotkey-capture';
import { LiveMessage, type Message } from './live-message';
import { KeyCombo } from '../../ui/key-combo';

const STATUS_TEXT: Readonly<Record<HotkeyStatus, string>> = {
  active: 'Works in every app',
  off: 'Off',
  taken: 'Another app or the system uses this — pick another',
  'window-only': 'Works while Call Coach has focus',
};

export interface HotkeyRowProps {
  readonly action: HotkeyAction;
  readonly hotkeys: HotkeyMap;
  /** How main registered it; undefined until main has answered. */
  readonly status: HotkeyStatus | undefined;
  readonly platform: Platform;
  /** Stores a combination (null turns it off); resolves with main's refusal, or null. */
  readonly onSave: (action: HotkeyAction, combo: string | null) => Promise<string | null>;
}

/**
 * One shortcut: what it does, its keys, whether it works, and the buttons to change or turn it
 * off. "Change" listens for the next combination right on the button, so keyboard focus never
 * moves; everything said about the row is tied to its buttons and announced politely.
 */
export function HotkeyRow({ action, hotkeys, status, platform, onSave }: HotkeyRowProps) {
  const { label, isRequired } = HOTKEY_ACTION_INFO[action];
  const combo = hotkeys[action];
  const shownStatus = combo === null ? 'off' : status;
  const isTaken = shownStatus === 'taken';
  const [isCapturing, setIsCapturing] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const changeButtonRef = useRef<HTMLButtonElement>(null);
  const id = useId();
  const ids = {
    label: `${id}-label`,
    keys: `${id}-keys`,
    status: `${id}-status`,
    message: `${id}-message`,
  };
  const describedBy = [ids.keys, ids.status, message && ids.message].filter(Boolean).join(' ');
  const shown = (text: string) => displayCombo(text, platform);

  /** Resolves true when main stored it. */
  async function save(next: string | null): Promise<boolean> {
    if (next === combo) {
      setMessage({ tone: 'info', text: next ? `Kept ${shown(next)}.` : 'Still off.' });
      return true;
    }
    const refusal = await onSave(action, next);
    if (refusal) {
      setMessage({ tone: 'error', text: refusal });
      return false;
    }
    setMessage({ tone: 'done', text: next ? `Now ${shown(next)}.` : 'Turned off.' });
    return true;
  }

  function handleChangeClick() {
    // Keyboard presses while listening are swallowed, so a click here is the mouse: stop.
    setIsCapturing((current) => !current);
    setMessage(null);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (!isCapturing) return;
    const outcome = captureKeyPress(event, action, hotkeys, platform);
    if (outcome.kind === 'leave') {
      setIsCapturing(false);
      return;
    }
    // The press belongs to the capture: not to the button (Enter and Space would press it
    // again), nor to the window's own shortcuts.
    event.preventDefault();
    event.stopPropagation();
    switch (outcome.kind) {
      case 'wait':
        return;
      case 'cancel':
        setIsCapturing(false);
        setMessage({ tone: 'info', text: combo ? `Kept ${shown(combo)}.` : 'Still off.' });
        return;
      case 'problem':
        setMessage({ tone: 'error', text: outcome.message });
        return;
      case 'combo':
        setIsCapturing(false);
        void save(outcome.combo);
        return;
    }
  }

  async function handleTurnOff() {
    // The "Turn off" button goes away once it is off; focus stays in the row.
    if (await save(null)) changeButtonRef.current?.focus();
  }

  return (
    <li className="hotkey-row" aria-labelledby={ids.label}>
      <span id={ids.label} className="hotkey-row__label">
        {label}
      </span>
      <span className="hotkey-row__details">
        <span id={ids.keys} className="hotkey-row__keys">
          {combo ? <KeyCombo keys={shown(combo)} /> : 'No shortcut'}
        </span>
        <span
          id={ids.status}
          className={`hotkey-row__status${isTaken ? ' hotkey-row__status--taken' : ''}`}
        >
          {isTaken && <span aria-hidden="true">⚠ </span>}
          {shownStatus && STATUS_TEXT[shownStatus]}
        </span>
      </span>
      <div className="hotkey-row__buttons">
        <button
          ref={changeButtonRef}
          type="button"
          className={`button hotkey-row__change${isCapturing ? ' hotkey-row__change--listening' : ''}`}
          aria-describedby={describedBy}
          onClick={handleChangeClick}
          onKeyDown={handleKeyDown}
          onBlur={() => setIsCapturing(false)}
        >
          {isCapturing ? (
            'Press the new keys, or Escape to cancel'
          ) : (
            <>
              Change <span className="visually-hidden">keys for “{label}”</span>
            </>
          )}
        </button>
        {!isRequired && combo !== null && (
          <button
            type="button"
            className="button"
            aria-describedby={describedBy}
            onClick={() => void handleTurnOff()}
          >
            Turn off <span className="visually-hidden">“{label}”</span>
          </button>
        )}
      </div>
      <LiveMessage
        id={ids.message}
        message={message}
        hiddenText={isCapturing ? `Listening for the new keys for “${label}”.` : null}
      />
    </li>
  );
}

import { useId, useState } from 'react';
import { useOverlayState } from '../../app/stores';
import { LiveMessage, type Message } from './live-message';
import { useHotkeyHint } from '../keyboard/hotkey-hint';
import { KeyCombo } from '../../ui/key-combo';

/**
 * Turns click-through on. While it is on, clicks reach the window underneath, so the way back
 * is the hotkey, named right here. Main refuses when that hotkey cannot work (or there is no
 * window, in the browser preview), and the reason is shown next to the button.
 */
export function ClickThroughControl() {
  const isOn = useOverlayState((state) => state.overlay?.clickThrough ?? false);
  const setClickThrough = useOverlayState((state) => state.actions.setClickThrough);
  const combo = useHotkeyHint('toggle-click-through').text;
  const [refusal, setRefusal] = useState<Message | null>(null);
  const id = useId();
  const helpId = `${id}-help`;
  const messageId = `${id}-message`;

  async function handleClick() {
    const message = await setClickThrough(!isOn);
    setRefusal(message ? { tone: 'error', text: message } : null);
  }

  return (
    <div className="click-through-control">
      <button
        type="button"
        className="button"
        aria-describedby={refusal ? `${helpId} ${messageId}` : helpId}
        onClick={() => void handleClick()}
      >
        {isOn ? 'Turn off click-through' : 'Turn on click-through'}
      </button>
      <p id={helpId} className="settings-help">
        Clicks pass through Call Coach to the window underneath, so it never gets in your way.
        {combo && (
          <>
            {' '}
            Press <KeyCombo keys={combo} /> to turn it off.
          </>
        )}
      </p>
      <LiveMessage id={messageId} message={refusal} />
    </div>
  );
}

import { useOverlayState } from '../../app/stores';
import { useHotkeyHint } from '../keyboard/hotkey-hint';
import { KeyCombo } from '../../ui/key-combo';

/**
 * A banner across the top of the window while click-through is on, because then the window
 * looks normal but ignores the mouse. It names the way out; words, an icon and a border make
 * it plain without relying on colour.
 */
export function ClickThroughIndicator() {
  const isOn = useOverlayState((state) => state.overlay?.clickThrough ?? false);
  const combo = useHotkeyHint('toggle-click-through').text;
  if (!isOn) return null;
  return (
    <p className="click-through-banner" role="status">
      <span className="click-through-banner__icon" aria-hidden="true">
        ⇣
      </span>
      <span>
        <strong>Click-through is on:</strong> clicks go to the window underneath.
        {combo && (
          <>
            {' '}
            Press <KeyCombo keys={combo} /> to turn it off.
          </>
        )}
      </span>
    </p>
  );
}

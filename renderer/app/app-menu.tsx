import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENU_BUTTON_ID } from '../features/keyboard/commands';
import { LayoutToggle } from '../features/overlay/layout-toggle';
import { CoachingModeSwitch } from '../features/settings/coaching-mode-switch';

const PANEL_ID = 'app-menu-panel';

/**
 * The header's menu: the coaching mode, the compact layout and the keyboard shortcuts, folded
 * behind one button so the header stays one slim line beside the views. The panel floats over
 * the call instead of pushing it down; Escape or a click elsewhere folds it again.
 */
export function AppMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!isOpen) return;
    function handlePointerDown(event: PointerEvent) {
      const target = event.target as Element;
      // A dialog opened from the menu (the key list) is part of it until it closes.
      if (rootRef.current?.contains(target) || target.closest?.('dialog[open]')) return;
      setIsOpen(false);
    }
    document.addEventListener('pointerdown', handlePointerDown);
    return () => document.removeEventListener('pointerdown', handlePointerDown);
  }, [isOpen]);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'Escape' || !isOpen) return;
    event.preventDefault();
    setIsOpen(false);
    document.getElementById(MENU_BUTTON_ID)?.focus();
  }

  return (
    <div className="app-menu" ref={rootRef} onKeyDown={handleKeyDown}>
      <button
        id={MENU_BUTTON_ID}
        type="button"
        className="button button--quiet app-menu__button"
        aria-expanded={isOpen}
        aria-controls={PANEL_ID}
        onClick={() => setIsOpen((open) => !open)}
      >
        Menu
      </button>
      <div id={PANEL_ID} className="app-menu__panel" hidden={!isOpen}>
        <CoachingModeSwitch />
        <LayoutToggle />
      </div>
    </div>
  );
}

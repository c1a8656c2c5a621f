import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { MENU_BUTTON_ID } from '../features/keyboard/commands';
import { LayoutToggle } from '../features/overlay/layout-toggle';
import { CoachingModeSwitch } from '../features/settings/coaching-mode-switch';
import type { View } from './app-store';
import { useAppState } from './stores';

const PANEL_ID = 'app-menu-panel';

/** The views used between calls rather than during them, kept here so the tabs fit 380 px. */
const MENU_VIEWS: readonly { readonly id: View; readonly label: string }[] = [
  { id: 'playbooks', label: 'Playbooks' },
  { id: 'settings', label: 'Settings' },
];

/**
 * The header's menu: the coaching mode, the compact layout, the keyboard shortcuts and the views
 * used between calls (Playbooks, Settings), folded behind one button so the header stays one slim
 * line beside the views. The panel floats over the call instead of pushing it down; Escape or a
 * click elsewhere folds it again.
 */
export function AppMenu() {
  const [isOpen, setIsOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const view = useAppState((state) => state.view);
  const { show } = useAppState((state) => state.actions);

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

  function handleShow(id: View) {
    show(id);
    setIsOpen(false);
    // The item folds away with the panel; the Menu button keeps the caller's place in the header.
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
        <div className="app-menu__views" role="group" aria-label="More views">
          {MENU_VIEWS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              className="button button--quiet"
              aria-current={view === id ? 'page' : undefined}
              onClick={() => handleShow(id)}
            >
              {label}
            </button>
          ))}
        </div>
      </div>
    </div>
  );
}

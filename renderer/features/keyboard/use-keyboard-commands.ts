import { useEffect } from 'react';
import { actionForKeyPress } from '../../../shared/domain/hotkeys';
import { useStores } from '../../app/stores';
import { goToStep, runCommand, showKeys } from './commands';
import { platformOf } from './platform';
import { isTextEntry } from './text-entry';

const STEP_KEY = /^[1-9]$/;

/**
 * The window's keys: every hotkey combination (they work even while typing: three modifiers are
 * never typed text), and plain keys that only act when they would type nothing: `1`–`9` go to
 * that step, `?` opens the cheat sheet. Keys a focused control has already handled are left to it.
 */
export function useKeyboardCommands(): void {
  const stores = useStores();
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      // A held key repeats: one press, one command (a held "check step" would check them all).
      if (event.defaultPrevented || event.repeat) return;
      const platform = platformOf(stores.overlay.getState().overlay);
      const action = actionForKeyPress(
        event,
        stores.settings.getState().settings.hotkeys,
        platform,
      );
      if (action) {
        event.preventDefault();
        void runCommand(stores, action);
        return;
      }
      if (event.ctrlKey || event.altKey || event.metaKey || isTextEntry(event.target)) return;
      // An open dialog (the cheat sheet) keeps the page behind it out of reach.
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      if (STEP_KEY.test(event.key)) {
        event.preventDefault();
        goToStep(stores, Number(event.key));
      } else if (event.key === '?') {
        event.preventDefault();
        showKeys(stores);
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [stores]);
}

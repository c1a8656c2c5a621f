import { useCallback } from 'react';
import type { HotkeyAction } from '../../../shared/domain/hotkeys';
import { useStores } from '../../app/stores';
import { runCommand } from './commands';

/** Runs a hotkey's command from a button, so the button and the keys always do the same thing. */
export function useRunCommand(): (action: HotkeyAction) => void {
  const stores = useStores();
  return useCallback((action) => void runCommand(stores, action), [stores]);
}

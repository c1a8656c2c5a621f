import { useEffect, useEffectEvent } from 'react';
import type { PlaybookBranch } from '../../../shared/domain/playbook';

/** The key combination that opens a situation, as `aria-keyshortcuts` spells it. */
export const branchShortcut = (branch: PlaybookBranch): string =>
  `Alt+Shift+${branch.key.toUpperCase()}`;

/**
 * Opens a situation on Alt+Shift+its letter, wherever focus is in the window, even in the notes.
 * The physical key is matched (`event.code`), since Alt and Shift change the character typed.
 */
export function useBranchShortcuts(
  branches: readonly PlaybookBranch[],
  onOpen: (branchId: string) => void,
): void {
  const open = useEffectEvent(onOpen);
  useEffect(() => {
    function handleKeyDown(event: KeyboardEvent) {
      if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey || event.repeat)
        return;
      const branch = branches.find((b) => event.code === `Key${b.key.toUpperCase()}`);
      if (!branch) return;
      // Otherwise the key would also type a character (Option+Shift+M is "Â" on a Mac).
      event.preventDefault();
      open(branch.id);
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [branches]);
}

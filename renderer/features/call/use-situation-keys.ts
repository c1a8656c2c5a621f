import { useEffect, useEffectEvent } from 'react';
import type { OutcomeSpec, PlaybookBranch } from '../../../shared/domain/playbook';
import { isTextEntry } from '../keyboard/text-entry';

/** The combination that opens a situation from anywhere, as `aria-keyshortcuts` spells it. */
export const branchShortcut = (branch: PlaybookBranch): string =>
  `Alt+Shift+${branch.key.toUpperCase()}`;

/** Both ways to open a situation: the combination anywhere, its letter alone outside a field. */
export const situationKeys = (branch: PlaybookBranch): string =>
  `${branchShortcut(branch)} ${branch.key.toUpperCase()}`;

/** The combination that ends the call at once with a quick outcome (no answer, voicemail). */
export const quickEndShortcut = (outcome: OutcomeSpec): string | undefined =>
  outcome.key === undefined ? undefined : `Alt+Shift+${outcome.key.toUpperCase()}`;

export interface SituationKeyHandlers {
  /** Opens a situation and takes the caller to its form. */
  readonly onOpen: (branchId: string) => void;
  /** Ends the call at once with a quick outcome. */
  readonly onQuickEnd: (outcomeId: string) => void;
}

/**
 * The situation and quick-ending keys of the call's playbook. Alt+Shift and a letter work
 * wherever focus is, even in the notes; a situation's letter alone works where keys type nothing
 * (like the step numbers). The physical key is matched (`event.code`), since Alt and Shift change
 * the character typed. Ending a call always takes the modifiers: a stray letter never ends one.
 */
export function useSituationKeys(
  branches: readonly PlaybookBranch[],
  outcomes: readonly OutcomeSpec[],
  handlers: SituationKeyHandlers,
): void {
  const open = useEffectEvent(handlers.onOpen);
  const quickEnd = useEffectEvent(handlers.onQuickEnd);
  useEffect(() => {
    const isKey = (event: KeyboardEvent, key: string) => event.code === `Key${key.toUpperCase()}`;
    function handleKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.repeat) return;
      const withModifiers = event.altKey && event.shiftKey;
      const isPlain = !event.altKey && !event.shiftKey;
      if (isPlain && (isTextEntry(event.target) || isInDialog(event.target))) return;
      if (!withModifiers && !isPlain) return;
      const branch = branches.find((candidate) => isKey(event, candidate.key));
      if (branch) {
        // Otherwise the key would also type a character (Option+Shift+M is "Â" on a Mac).
        event.preventDefault();
        open(branch.id);
        return;
      }
      const outcome = withModifiers
        ? outcomes.find((candidate) => candidate.key !== undefined && isKey(event, candidate.key))
        : undefined;
      if (outcome) {
        event.preventDefault();
        quickEnd(outcome.id);
      }
    }
    window.addEventListener('keydown', handleKeyDown);
    return () => window.removeEventListener('keydown', handleKeyDown);
  }, [branches, outcomes]);
}

function isInDialog(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('dialog') !== null;
}

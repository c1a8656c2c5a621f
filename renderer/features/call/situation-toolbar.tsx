import { useState, type KeyboardEvent } from 'react';
import type { PlaybookBranch } from '../../../shared/domain/playbook';
import { situationButtonId } from './call-element-ids';
import { situationKeys } from './use-situation-keys';

export interface SituationToolbarProps {
  readonly branches: readonly PlaybookBranch[];
  readonly openIds: readonly string[];
  readonly onOpen: (branchId: string) => void;
}

const MOVES: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * One button per situation the call can turn into, each with its key, in one line that scrolls
 * sideways when it is too long. A toolbar is one Tab stop; the arrow keys move between buttons.
 */
export function SituationToolbar({ branches, openIds, onOpen }: SituationToolbarProps) {
  const [activeIndex, setActiveIndex] = useState(0);

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const move = MOVES[event.key];
    if (!move || branches.length === 0) return;
    event.preventDefault();
    const next = branches[move(activeIndex, branches.length)];
    if (next) document.getElementById(situationButtonId(next.id))?.focus();
  }

  return (
    <div
      className="situations__toolbar"
      role="toolbar"
      aria-label="Situations"
      onKeyDown={handleKeyDown}
    >
      {branches.map((branch, index) => (
        <button
          key={branch.id}
          id={situationButtonId(branch.id)}
          type="button"
          className="button situation-button"
          tabIndex={index === activeIndex ? 0 : -1}
          aria-pressed={openIds.includes(branch.id)}
          aria-keyshortcuts={situationKeys(branch)}
          title={`${branch.title}: Alt+Shift+${branch.key}, or ${branch.key} outside a text field`}
          onFocus={() => setActiveIndex(index)}
          onClick={() => onOpen(branch.id)}
        >
          {branch.title} <kbd className="situation-button__key">{branch.key}</kbd>
        </button>
      ))}
    </div>
  );
}

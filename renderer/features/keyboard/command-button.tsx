import type { ReactNode } from 'react';
import type { HotkeyAction } from '../../../shared/domain/hotkeys';
import { useHotkeyHint, withKeys } from './hotkey-hint';
import { useRunCommand } from './use-run-command';

export interface CommandButtonProps {
  readonly action: HotkeyAction;
  /** What the button does, for its tooltip (followed by its keys). */
  readonly description: string;
  readonly id?: string;
  readonly className?: string;
  readonly children: ReactNode;
}

/**
 * A button that runs a hotkey's command, so the button and the keys always do the same thing,
 * and that tells sighted and screen-reader users which keys do it too.
 */
export function CommandButton({
  action,
  description,
  id,
  className = 'button',
  children,
}: CommandButtonProps) {
  const run = useRunCommand();
  const keys = useHotkeyHint(action);
  return (
    <button
      id={id}
      type="button"
      className={className}
      title={withKeys(description, keys)}
      aria-keyshortcuts={keys.ariaKeys}
      onClick={() => run(action)}
    >
      {children}
    </button>
  );
}

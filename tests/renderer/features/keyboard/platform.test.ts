import { describe, expect, it } from 'vitest';
import { ariaKeyShortcuts } from '../../../../renderer/features/keyboard/platform';

describe('ariaKeyShortcuts', () => {
  it('spells the primary modifier Control outside a Mac', () => {
    expect(ariaKeyShortcuts('Ctrl+Alt+Shift+N', 'win32')).toBe('Control+Alt+Shift+N');
  });

  it('spells the primary modifier Meta on a Mac', () => {
    expect(ariaKeyShortcuts('Ctrl+Alt+Shift+N', 'darwin')).toBe('Meta+Alt+Shift+N');
  });

  it('names arrow keys as KeyboardEvent.key does', () => {
    expect(ariaKeyShortcuts('Ctrl+Alt+Up', 'linux')).toBe('Control+Alt+ArrowUp');
  });

  it('keeps function keys and combinations without the primary modifier as they are', () => {
    expect(ariaKeyShortcuts('Alt+F9', 'linux')).toBe('Alt+F9');
  });

  it('is undefined for text that is not a combination', () => {
    expect(ariaKeyShortcuts('Hyper+Q', 'linux')).toBeUndefined();
  });
});

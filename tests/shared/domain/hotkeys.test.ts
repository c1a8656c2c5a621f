import {
  DEFAULT_HOTKEYS,
  HOTKEY_ACTIONS,
  HOTKEY_ACTION_INFO,
  RESERVED_COMBOS,
  actionForKeyPress,
  checkHotkeys,
  comboFromKeyPress,
  comboProblem,
  displayCombo,
  normalizeCombo,
  parseCombo,
  toAccelerator,
  type HotkeyMap,
  type KeyPress,
} from '../../../shared/domain/hotkeys';

const press = (code: string, held: Partial<Omit<KeyPress, 'code'>> = {}): KeyPress => ({
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

const CTRL_ALT_SHIFT = { ctrlKey: true, altKey: true, shiftKey: true };

describe('parseCombo and normalizeCombo', () => {
  it('reads a combination in any modifier order and case, and stores one spelling', () => {
    expect(normalizeCombo('shift+alt+ctrl+m')).toBe('Ctrl+Alt+Shift+M');
    expect(normalizeCombo('Control + F9')).toBe('Ctrl+F9');
    expect(normalizeCombo('CommandOrControl+Alt+Space')).toBe('Ctrl+Alt+Space');
    expect(normalizeCombo('Cmd+Option+up')).toBe('Ctrl+Alt+Up');
  });

  it('reads digits, function keys up to F24 and named keys', () => {
    expect(parseCombo('Ctrl+Alt+7')).toEqual({ ctrl: true, alt: true, shift: false, key: '7' });
    expect(parseCombo('F24')?.key).toBe('F24');
    expect(parseCombo('Alt+PageDown')?.key).toBe('PageDown');
  });

  it.each(['', 'Ctrl+', 'Ctrl+Alt', 'Ctrl+Ctrl+M', 'Hyper+M', 'Ctrl+MM', 'Ctrl+F25', 'Ctrl+é'])(
    'refuses “%s”',
    (text) => {
      expect(parseCombo(text)).toBeNull();
    },
  );
});

describe('displayCombo and toAccelerator', () => {
  it('spells Ctrl as Cmd and Alt as Option on a Mac, and as written elsewhere', () => {
    expect(displayCombo('Ctrl+Alt+Shift+M', 'darwin')).toBe('Cmd+Option+Shift+M');
    expect(displayCombo('Ctrl+Alt+Shift+M', 'win32')).toBe('Ctrl+Alt+Shift+M');
    expect(displayCombo('Alt+F9', 'linux')).toBe('Alt+F9');
  });

  it('gives Electron its CommandOrControl accelerator', () => {
    expect(toAccelerator('Ctrl+Alt+Shift+M')).toBe('CommandOrControl+Alt+Shift+M');
    expect(toAccelerator('Alt+Up')).toBe('Alt+Up');
    expect(toAccelerator('nonsense+')).toBeNull();
  });
});

describe('comboFromKeyPress', () => {
  it('matches the physical key, so Alt and Shift changing the character do not matter', () => {
    expect(comboFromKeyPress(press('KeyM', CTRL_ALT_SHIFT), 'linux')).toEqual({
      ctrl: true,
      alt: true,
      shift: true,
      key: 'M',
    });
    expect(comboFromKeyPress(press('Digit3', { altKey: true }), 'win32')?.key).toBe('3');
    expect(comboFromKeyPress(press('ArrowUp', { ctrlKey: true }), 'win32')?.key).toBe('Up');
  });

  it('takes Cmd as the primary modifier on a Mac and Ctrl elsewhere', () => {
    expect(comboFromKeyPress(press('KeyM', { metaKey: true }), 'darwin')?.ctrl).toBe(true);
    expect(comboFromKeyPress(press('KeyM', { ctrlKey: true }), 'darwin')).toBeNull();
    expect(comboFromKeyPress(press('KeyM', { metaKey: true }), 'win32')).toBeNull();
  });

  it('ignores a lone modifier and keys it does not know', () => {
    expect(comboFromKeyPress(press('ShiftLeft', { shiftKey: true }), 'linux')).toBeNull();
    expect(comboFromKeyPress(press('IntlBackslash'), 'linux')).toBeNull();
  });
});

describe('actionForKeyPress', () => {
  it('finds the action a default combination belongs to', () => {
    expect(actionForKeyPress(press('KeyN', CTRL_ALT_SHIFT), DEFAULT_HOTKEYS, 'linux')).toBe(
      'check-step',
    );
    expect(
      actionForKeyPress(
        press('KeyN', { metaKey: true, altKey: true, shiftKey: true }),
        DEFAULT_HOTKEYS,
        'darwin',
      ),
    ).toBe('check-step');
  });

  it('finds nothing for plain typing, a turned-off action or a near miss', () => {
    expect(actionForKeyPress(press('KeyN'), DEFAULT_HOTKEYS, 'linux')).toBeNull();
    expect(
      actionForKeyPress(press('KeyN', { ctrlKey: true, altKey: true }), DEFAULT_HOTKEYS, 'linux'),
    ).toBeNull();
    const off: HotkeyMap = { ...DEFAULT_HOTKEYS, 'check-step': null };
    expect(actionForKeyPress(press('KeyN', CTRL_ALT_SHIFT), off, 'linux')).toBeNull();
  });
});

describe('comboProblem', () => {
  it('accepts combinations with Ctrl or Alt, and bare F13–F24', () => {
    expect(comboProblem('check-step', 'Ctrl+Alt+Shift+J')).toBeNull();
    expect(comboProblem('check-step', 'Alt+F9')).toBeNull();
    expect(comboProblem('check-step', 'F13')).toBeNull();
  });

  it('refuses keys that would be taken from typing', () => {
    expect(comboProblem('check-step', 'Shift+M')).toMatch(/Add Ctrl or Alt/);
    expect(comboProblem('check-step', 'F5')).toMatch(/Add Ctrl or Alt/);
    expect(comboProblem('check-step', 'Space')).toMatch(/Add Ctrl or Alt/);
  });

  it('refuses what the system, every app or common softphones already use, saying what', () => {
    expect(comboProblem('check-step', 'ctrl+c')).toBe(
      'Ctrl+C is already Copy. Pick another combination.',
    );
    expect(comboProblem('open-dispute', 'Ctrl+Shift+M')).toMatch(/Mute in common softphones/);
    expect(comboProblem('open-dispute', 'Alt+Tab')).toMatch(/Switch windows/);
  });

  it('leaves Alt+Shift with a letter to the situations inside the window', () => {
    expect(comboProblem('check-step', 'Alt+Shift+M')).toMatch(/opens a situation/);
    expect(comboProblem('check-step', 'Alt+Shift+F2')).toBeNull();
  });

  it('spells the keys in its messages as a Mac does, on a Mac', () => {
    expect(comboProblem('check-step', 'Shift+N', 'darwin')).toMatch(/^Add Cmd or Option/);
    expect(comboProblem('check-step', 'Ctrl+C', 'darwin')).toBe(
      'Cmd+C is already Copy. Pick another combination.',
    );
    const clash: HotkeyMap = { ...DEFAULT_HOTKEYS, 'focus-notes': DEFAULT_HOTKEYS['check-step'] };
    expect(checkHotkeys(clash, ['focus-notes'], 'darwin')[0]?.message).toMatch(
      /^Cmd\+Option\+Shift\+N is already used/,
    );
  });

  it('refuses text that is not a combination', () => {
    expect(comboProblem('focus-notes', 'Ctrl+Banana')).toMatch(/not a key combination/);
  });

  it('lets any action be turned off except the way out of click-through', () => {
    expect(comboProblem('focus-notes', null)).toBeNull();
    expect(comboProblem('toggle-click-through', null)).toMatch(/cannot be turned off/);
  });
});

describe('checkHotkeys', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(checkHotkeys(DEFAULT_HOTKEYS)).toEqual([]);
  });

  it('reports a shared combination on the second action, naming the first', () => {
    const clash: HotkeyMap = { ...DEFAULT_HOTKEYS, 'focus-notes': 'ctrl+alt+shift+n' };
    expect(checkHotkeys(clash)).toEqual([
      {
        action: 'focus-notes',
        message:
          'Ctrl+Alt+Shift+N is already used to check the current step and go to the next. Pick another combination.',
      },
    ]);
  });

  it('reports a clash on the action just changed, whichever comes first', () => {
    const clash: HotkeyMap = {
      ...DEFAULT_HOTKEYS,
      'toggle-overlay': DEFAULT_HOTKEYS['open-dispute'],
    };
    expect(checkHotkeys(clash, ['toggle-overlay'])).toEqual([
      {
        action: 'toggle-overlay',
        message: 'Ctrl+Alt+Shift+D is already used to open “Dispute”. Pick another combination.',
      },
    ]);
  });

  it('does not count turned-off actions as clashing', () => {
    const map: HotkeyMap = { ...DEFAULT_HOTKEYS, 'check-step': null, 'previous-step': null };
    expect(checkHotkeys(map)).toEqual([]);
  });

  it('reports each unusable combination', () => {
    const map: HotkeyMap = {
      ...DEFAULT_HOTKEYS,
      'check-step': 'Ctrl+V',
      'toggle-click-through': null,
    };
    expect(checkHotkeys(map).map((problem) => problem.action)).toEqual([
      'check-step',
      'toggle-click-through',
    ]);
  });
});

describe('the default hotkeys', () => {
  it('give every action a combination with three modifiers, none of them reserved', () => {
    for (const action of HOTKEY_ACTIONS) {
      const combo = parseCombo(DEFAULT_HOTKEYS[action]!);
      expect(combo, action).toMatchObject({ ctrl: true, alt: true, shift: true });
      expect(RESERVED_COMBOS[DEFAULT_HOTKEYS[action]!]).toBeUndefined();
    }
  });

  it('take focus only for actions that need typing', () => {
    const focusing = HOTKEY_ACTIONS.filter((action) => HOTKEY_ACTION_INFO[action].takesFocus);
    expect(focusing).toEqual(['start-or-end-call', 'focus-notes']);
  });
});

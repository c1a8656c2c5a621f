import { describe, expect, it } from 'vitest';
import {
  captureKeyPress,
  type CapturedKey,
} from '../../../../renderer/features/settings/hotkey-capture';
import { DEFAULT_HOTKEYS } from '../../../../shared/domain/hotkeys';

const press = (key: string, code: string, held: Partial<CapturedKey> = {}): CapturedKey => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...held,
});

describe('captureKeyPress', () => {
  it('reads Ctrl+Alt and a letter as a combination', () => {
    expect(
      captureKeyPress(
        press('j', 'KeyJ', { ctrlKey: true, altKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'linux',
      ),
    ).toEqual({ kind: 'combo', combo: 'Ctrl+Alt+J' });
  });

  it('reads Cmd as the primary modifier on a Mac', () => {
    expect(
      captureKeyPress(
        press('j', 'KeyJ', { metaKey: true, altKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'darwin',
      ),
    ).toEqual({ kind: 'combo', combo: 'Ctrl+Alt+J' });
  });

  it('waits while only modifiers are held', () => {
    expect(
      captureKeyPress(
        press('Alt', 'AltLeft', { altKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'linux',
      ),
    ).toEqual({ kind: 'wait' });
  });

  it('cancels on Escape and lets plain Tab move on', () => {
    expect(
      captureKeyPress(press('Escape', 'Escape'), 'toggle-overlay', DEFAULT_HOTKEYS, 'linux'),
    ).toEqual({
      kind: 'cancel',
    });
    expect(
      captureKeyPress(
        press('Tab', 'Tab', { shiftKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'linux',
      ),
    ).toEqual({ kind: 'leave' });
  });

  it('explains a key no shortcut can use, in the Mac’s words on a Mac', () => {
    expect(
      captureKeyPress(
        press(';', 'Semicolon', { metaKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'darwin',
      ),
    ).toEqual({
      kind: 'problem',
      message:
        'Call Coach can’t use that key. Hold Cmd or Option and press a letter, a digit, a function key or an arrow.',
    });
  });

  it('refuses a combination another app relies on', () => {
    expect(
      captureKeyPress(
        press('M', 'KeyM', { ctrlKey: true, shiftKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'linux',
      ),
    ).toEqual({
      kind: 'problem',
      message:
        'Ctrl+Shift+M is already Mute in common softphones and meeting apps. Pick another combination.',
    });
  });

  it('names the shortcut a combination already belongs to, as the platform spells it', () => {
    expect(
      captureKeyPress(
        press('D', 'KeyD', { metaKey: true, altKey: true, shiftKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'darwin',
      ),
    ).toEqual({
      kind: 'problem',
      message: 'Cmd+Option+Shift+D is already used to open “Dispute”. Pick another combination.',
    });
  });

  it('accepts the combination the action already has', () => {
    expect(
      captureKeyPress(
        press('O', 'KeyO', { ctrlKey: true, altKey: true, shiftKey: true }),
        'toggle-overlay',
        DEFAULT_HOTKEYS,
        'linux',
      ),
    ).toEqual({ kind: 'combo', combo: 'Ctrl+Alt+Shift+O' });
  });
});

import { HOTKEY_ACTIONS, type HotkeyStatusMap } from '../../../shared/domain/hotkeys';
import { clickThroughRefusal, type OverlayState } from '../../../shared/domain/overlay';

const allActive = Object.fromEntries(
  HOTKEY_ACTIONS.map((action) => [action, 'active']),
) as HotkeyStatusMap;

const desktop: OverlayState = {
  shell: 'desktop',
  platform: 'win32',
  clickThrough: false,
  hotkeys: allActive,
};

describe('clickThroughRefusal', () => {
  it('allows click-through in the desktop app while its hotkey works', () => {
    expect(clickThroughRefusal(desktop)).toBeNull();
  });

  it.each(['taken', 'off', 'window-only'] as const)(
    'refuses it while its hotkey is %s',
    (status) => {
      const state = { ...desktop, hotkeys: { ...allActive, 'toggle-click-through': status } };
      expect(clickThroughRefusal(state)).toMatch(/stays off until its hotkey works/);
    },
  );

  it('refuses it in the browser preview', () => {
    expect(clickThroughRefusal({ ...desktop, shell: 'browser' })).toMatch(/desktop app/);
  });
});

import { trayChangeFor } from '../../../../electron/main/tray/tray-state';
import { DEFAULT_HOTKEYS, HOTKEY_ACTIONS } from '../../../../shared/domain/hotkeys';
import type { OverlayState } from '../../../../shared/domain/overlay';
import { DEFAULT_SETTINGS } from '../../../../shared/domain/settings';
import { buildCall, T0 } from '../../../support/builders';

function overlayState(clickThrough: boolean): OverlayState {
  return {
    shell: 'desktop',
    platform: 'win32',
    clickThrough,
    hotkeys: Object.fromEntries(
      HOTKEY_ACTIONS.map((action) => [action, DEFAULT_HOTKEYS[action] ? 'active' : 'off']),
    ) as OverlayState['hotkeys'],
  };
}

describe('trayChangeFor', () => {
  it.each([true, false])('reads click-through from the overlay state: %s', (clickThrough) => {
    expect(trayChangeFor('overlay:changed', overlayState(clickThrough))).toEqual({ clickThrough });
  });

  it('reads an open call from a call that has not ended', () => {
    expect(trayChangeFor('call:changed', buildCall({ endedAt: null }))).toEqual({
      hasOpenCall: true,
    });
  });

  it('reads no open call from a call that has ended', () => {
    expect(trayChangeFor('call:changed', buildCall({ endedAt: T0 }))).toEqual({
      hasOpenCall: false,
    });
  });

  it('reads the count of follow-ups due from a change of the worklist', () => {
    expect(trayChangeFor('worklist:changed', { dueCount: 3 })).toEqual({ dueCount: 3 });
  });

  it('ignores events the tray does not show', () => {
    expect(trayChangeFor('settings:changed', DEFAULT_SETTINGS)).toBeNull();
    expect(trayChangeFor('view:requested', { view: 'history' })).toBeNull();
  });
});

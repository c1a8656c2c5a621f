import { RequestError } from '../../../../../electron/main/core/request-error';
import { createOverlayService } from '../../../../../electron/main/modules/overlay/overlay-service';
import { DEFAULT_HOTKEYS, type HotkeyMap } from '../../../../../shared/domain/hotkeys';
import { createFakeHost, type FakeHost } from '../../../support/fake-host';
import { recordingPublish } from '../../../support/fixtures';

const CLICK_THROUGH_KEY = DEFAULT_HOTKEYS['toggle-click-through']!;

function launch(options: { shell?: FakeHost['shell']; hotkeys?: HotkeyMap } = {}) {
  const host = createFakeHost({ shell: options.shell });
  const published = recordingPublish();
  const overlay = createOverlayService({ host, publish: published.publish });
  overlay.registerHotkeys(options.hotkeys ?? DEFAULT_HOTKEYS);
  published.events.length = 0;
  return { overlay, host, published };
}

describe('createOverlayService', () => {
  describe('state', () => {
    it('says which shell runs, that clicks are caught and how each hotkey stands', () => {
      const { overlay, host } = launch();
      host.take(DEFAULT_HOTKEYS['open-dispute']!);
      overlay.registerHotkeys(DEFAULT_HOTKEYS);

      const state = overlay.state();
      expect(state).toMatchObject({ shell: 'desktop', platform: 'linux', clickThrough: false });
      expect(state.hotkeys['open-dispute']).toBe('taken');
      expect(state.hotkeys['check-step']).toBe('active');
    });

    it('announces the hotkeys’ statuses whenever they are registered', () => {
      const { overlay, published } = launch();
      overlay.registerHotkeys({ ...DEFAULT_HOTKEYS, 'focus-notes': null });
      expect(published.payloads('overlay:changed').at(-1)?.hotkeys['focus-notes']).toBe('off');
    });
  });

  describe('click-through', () => {
    it('passes clicks through and says so to every window', () => {
      const { overlay, host, published } = launch();

      expect(overlay.setClickThrough(true).clickThrough).toBe(true);

      expect(host.calls).toEqual([{ method: 'setClickThrough', isOn: true }]);
      expect(published.payloads('overlay:changed').map((state) => state.clickThrough)).toEqual([
        true,
      ]);
    });

    it('is refused while its hotkey does not work, so it can never trap the caller', () => {
      const { overlay, host } = launch();
      host.take(CLICK_THROUGH_KEY);
      overlay.registerHotkeys(DEFAULT_HOTKEYS);
      host.calls.length = 0;

      expect(() => overlay.setClickThrough(true)).toThrow(RequestError);
      expect(() => overlay.setClickThrough(true)).toThrow(/stays off until its hotkey works/);
      expect(overlay.state().clickThrough).toBe(false);
      expect(host.calls).toEqual([]);
    });

    it('is refused in the browser preview, which has no window to pass clicks through', () => {
      const { overlay } = launch({ shell: 'browser' });
      expect(() => overlay.setClickThrough(true)).toThrow(/needs the desktop app/);
    });

    it('can always be turned off', () => {
      const { overlay, host } = launch();
      overlay.setClickThrough(true);
      host.take(CLICK_THROUGH_KEY);

      expect(overlay.setClickThrough(false).clickThrough).toBe(false);
      expect(host.calls.at(-1)).toEqual({ method: 'setClickThrough', isOn: false });
    });

    it('turns off by its hotkey, and on again by the same key', () => {
      const { overlay, host } = launch();
      host.press('toggle-click-through');
      expect(overlay.state().clickThrough).toBe(true);

      host.press('toggle-click-through');
      expect(overlay.state().clickThrough).toBe(false);
    });

    it('turns itself off when its hotkey stops working while it is on', () => {
      const { overlay, host } = launch();
      overlay.setClickThrough(true);
      host.take(CLICK_THROUGH_KEY);

      overlay.registerHotkeys(DEFAULT_HOTKEYS);

      expect(overlay.state().clickThrough).toBe(false);
      expect(host.calls.at(-1)).toEqual({ method: 'setClickThrough', isOn: false });
    });

    it('is turned off and the overlay shown, without focus, when the app is started again', () => {
      const { overlay, host } = launch();
      overlay.setClickThrough(true);
      host.calls.length = 0;

      overlay.recover();

      expect(overlay.state().clickThrough).toBe(false);
      expect(host.calls).toEqual([
        { method: 'setClickThrough', isOn: false },
        { method: 'reveal', focus: false },
      ]);
    });

    it('does nothing when asked for the state it is already in', () => {
      const { overlay, host, published } = launch();
      overlay.setClickThrough(false);
      expect(host.calls).toEqual([]);
      expect(published.events).toEqual([]);
    });
  });

  describe('hotkey presses', () => {
    it('shows or hides the overlay itself', () => {
      const { host, published } = launch();
      host.press('toggle-overlay');
      expect(host.calls).toEqual([{ method: 'toggleVisible' }]);
      expect(published.events).toEqual([]);
    });

    it.each([
      'toggle-layout',
      'check-step',
      'previous-step',
      'open-check-in-mail',
      'open-promise-to-pay',
      'open-dispute',
    ] as const)('passes %s to the window and shows it without taking focus', (action) => {
      const { host, published } = launch();
      host.press(action);
      expect(host.calls).toEqual([{ method: 'reveal', focus: false }]);
      expect(published.payloads('hotkey:pressed')).toEqual([{ action }]);
    });

    it.each(['start-or-end-call', 'focus-notes'] as const)(
      'gives the overlay the keyboard for %s, which needs typing',
      (action) => {
        const { host, published } = launch();
        host.press(action);
        expect(host.calls).toEqual([{ method: 'reveal', focus: true }]);
        expect(published.payloads('hotkey:pressed')).toEqual([{ action }]);
      },
    );
  });

  it('shows a view with the keyboard when asked (the tray’s Settings…)', () => {
    const { overlay, host, published } = launch();
    overlay.showView('settings');
    expect(host.calls).toEqual([{ method: 'reveal', focus: true }]);
    expect(published.payloads('view:requested')).toEqual([{ view: 'settings' }]);
  });
});

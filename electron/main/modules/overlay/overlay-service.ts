import {
  HOTKEY_ACTION_INFO,
  type HotkeyAction,
  type HotkeyMap,
  type HotkeyStatusMap,
} from '../../../../shared/domain/hotkeys';
import { clickThroughRefusal, type OverlayState } from '../../../../shared/domain/overlay';
import type { AppView } from '../../../../shared/ipc/contract';
import { RequestError } from '../../core/request-error';
import type { OverlayHost } from '../../hosts/overlay-host';
import type { Publish } from '../../core/publish';

export interface OverlayServiceDeps {
  readonly host: OverlayHost;
  readonly publish: Publish;
}

/** The overlay window's live state: click-through, hotkeys and what a hotkey press does. */
export interface OverlayService {
  state(): OverlayState;
  /** Turning it on is refused (RequestError) while there is no working hotkey to turn it off. */
  setClickThrough(isOn: boolean): OverlayState;
  /** Registers every hotkey with the host; turns click-through off if its way out stopped working. */
  registerHotkeys(hotkeys: HotkeyMap): HotkeyStatusMap;
  /** What a global hotkey (or the tray) does. */
  press(action: HotkeyAction): void;
  /** Shows the overlay, with the keyboard, on the given view (the tray's "Settings…"). */
  showView(view: AppView): void;
  /** The way back from anything: clicks caught again and the overlay shown (a second launch). */
  recover(): void;
}

export function createOverlayService({ host, publish }: OverlayServiceDeps): OverlayService {
  let clickThrough = false;
  let hotkeys: HotkeyStatusMap | null = null;

  function state(): OverlayState {
    if (!hotkeys) throw new Error('Hotkeys must be registered before the overlay is used.');
    return { shell: host.shell, platform: host.platform, clickThrough, hotkeys };
  }

  function setClickThrough(isOn: boolean): OverlayState {
    if (isOn === clickThrough) return state();
    if (isOn) {
      const refusal = clickThroughRefusal(state());
      if (refusal) throw new RequestError('conflict', refusal);
    }
    clickThrough = isOn;
    host.setClickThrough(isOn);
    const next = state();
    publish('overlay:changed', next);
    return next;
  }

  function press(action: HotkeyAction): void {
    switch (action) {
      case 'toggle-overlay':
        host.toggleVisible();
        return;
      case 'toggle-click-through':
        // Pressed while on, this is the way out; pressed while off, it may be refused, quietly:
        // there is nowhere to say why from another app, and the Settings view explains it.
        if (clickThrough || clickThroughRefusal(state()) === null) setClickThrough(!clickThrough);
        return;
      default:
        // Everything else, switching the layout included, is the window's command runner's.
        host.reveal({ focus: HOTKEY_ACTION_INFO[action].takesFocus });
        publish('hotkey:pressed', { action });
    }
  }

  return {
    state,
    setClickThrough,
    registerHotkeys(map) {
      hotkeys = host.registerHotkeys(map, press);
      if (clickThrough && clickThroughRefusal(state()) !== null) {
        clickThrough = false;
        host.setClickThrough(false);
      }
      publish('overlay:changed', state());
      return hotkeys;
    },
    press,
    showView(view) {
      host.reveal({ focus: true });
      publish('view:requested', { view });
    },
    recover() {
      if (clickThrough) setClickThrough(false);
      host.reveal({ focus: false });
    },
  };
}

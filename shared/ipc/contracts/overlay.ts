import type { HotkeyAction } from '../../domain/hotkeys';
import type { OverlayState } from '../../domain/overlay';
import { channelList } from './listed';

/** A global hotkey press passed on to the window. */
export interface HotkeyPress {
  readonly action: HotkeyAction;
}

export interface OverlayRequests {
  'overlay:state': () => OverlayState;
  /** Turning it on is refused while there is no working hotkey to turn it off. */
  'overlay:set-click-through': (isOn: boolean) => OverlayState;
}

export interface OverlayEvents {
  'overlay:changed': OverlayState;
  /** A global hotkey the window acts on (main handles show/hide and click-through itself). */
  'hotkey:pressed': HotkeyPress;
}

export const overlayRequestChannels = channelList<OverlayRequests>()(
  'overlay:state',
  'overlay:set-click-through',
);
export const overlayEventChannels = channelList<OverlayEvents>()(
  'overlay:changed',
  'hotkey:pressed',
);

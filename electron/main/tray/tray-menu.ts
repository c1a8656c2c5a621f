import type { MenuItemConstructorOptions } from 'electron';
import type { TrayState } from './tray-state';

/** What the tray menu's items do; index.ts points them at the core and the app. */
export interface TrayMenuActions {
  readonly toggleOverlay: () => void;
  readonly startOrEndCall: () => void;
  readonly turnOffClickThrough: () => void;
  readonly openSettings: () => void;
  readonly quit: () => void;
}

/**
 * The tray menu for the current state. "Turn off click-through" is there only while it is on:
 * with clicks passing through the overlay, the tray is the one place a mouse can still reach.
 */
export function trayMenuTemplate(
  state: TrayState,
  actions: TrayMenuActions,
): MenuItemConstructorOptions[] {
  return [
    {
      label: state.isVisible ? 'Hide overlay' : 'Show overlay',
      click: () => actions.toggleOverlay(),
    },
    {
      label: state.hasOpenCall ? 'End the call' : 'Start a call',
      click: () => actions.startOrEndCall(),
    },
    ...(state.clickThrough
      ? [{ label: 'Turn off click-through', click: () => actions.turnOffClickThrough() }]
      : []),
    { label: 'Settings…', click: () => actions.openSettings() },
    { type: 'separator' },
    { label: 'Quit Call Coach', click: () => actions.quit() },
  ];
}

/** The tray icon's hover text. */
export function trayTooltip(state: TrayState): string {
  const name = state.dueCount > 0 ? `Call Coach (${state.dueCount} due)` : 'Call Coach';
  return state.clickThrough ? `${name} — click-through is on` : name;
}

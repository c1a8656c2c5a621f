import type { Settings, SettingsPatch } from '../../domain/settings';
import { channelList } from './listed';

export interface SettingsRequests {
  'settings:get': () => Settings;
  'settings:update': (patch: SettingsPatch) => Settings;
  /** Every preference back to its default, hotkeys included. */
  'settings:reset': () => Settings;
}

export interface SettingsEvents {
  'settings:changed': Settings;
}

export const settingsRequestChannels = channelList<SettingsRequests>()(
  'settings:get',
  'settings:update',
  'settings:reset',
);
export const settingsEventChannels = channelList<SettingsEvents>()('settings:changed');

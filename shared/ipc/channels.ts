import type { EventChannel, RequestChannel } from './contract';

// Runtime lists of the contract's channels, for code that must not load zod (the preload).
// The checks below make forgetting a channel here a compile error.

export const requestChannels = [
  'app:status',
  'app:open-data-folder',
  'playbooks:list',
  'playbooks:get',
  'playbooks:import',
  'playbooks:export',
  'settings:get',
  'settings:update',
  'settings:reset',
  'overlay:state',
  'overlay:set-click-through',
  'calls:start',
  'calls:apply',
  'calls:active',
  'calls:get',
  'calls:history',
] as const satisfies readonly RequestChannel[];

export const eventChannels = [
  'call:changed',
  'playbooks:changed',
  'settings:changed',
  'overlay:changed',
  'hotkey:pressed',
  'view:requested',
] as const satisfies readonly EventChannel[];

type Missing<All, Listed> = Exclude<All, Listed>;
const everyRequestListed: Missing<RequestChannel, (typeof requestChannels)[number]> extends never
  ? true
  : never = true;
const everyEventListed: Missing<EventChannel, (typeof eventChannels)[number]> extends never
  ? true
  : never = true;
void everyRequestListed;
void everyEventListed;

export function isRequestChannel(value: string): value is RequestChannel {
  return (requestChannels as readonly string[]).includes(value);
}

import { accountsRequestChannels } from './contracts/accounts';
import { appEventChannels, appRequestChannels } from './contracts/app';
import { callsEventChannels, callsRequestChannels } from './contracts/calls';
import { exportsEventChannels, exportsRequestChannels } from './contracts/exports';
import { importsEventChannels, importsRequestChannels } from './contracts/imports';
import { overlayEventChannels, overlayRequestChannels } from './contracts/overlay';
import { playbooksEventChannels, playbooksRequestChannels } from './contracts/playbooks';
import { retentionEventChannels, retentionRequestChannels } from './contracts/retention';
import { settingsEventChannels, settingsRequestChannels } from './contracts/settings';
import { worklistEventChannels, worklistRequestChannels } from './contracts/worklist';
import type { EventChannel, RequestChannel } from './contract';

// Runtime lists of the contract's channels, for code that must not load zod (the preload). Each
// domain's list is checked against its contract where it is declared.

const requestLists = [
  appRequestChannels,
  callsRequestChannels,
  accountsRequestChannels,
  importsRequestChannels,
  exportsRequestChannels,
  playbooksRequestChannels,
  settingsRequestChannels,
  overlayRequestChannels,
  worklistRequestChannels,
  retentionRequestChannels,
] as const;

const eventLists = [
  appEventChannels,
  callsEventChannels,
  importsEventChannels,
  exportsEventChannels,
  playbooksEventChannels,
  settingsEventChannels,
  overlayEventChannels,
  worklistEventChannels,
  retentionEventChannels,
] as const;

// A domain whose list is left out here is a compile error.
type Listed<Lists> = Lists extends readonly (readonly (infer C)[])[] ? C : never;
const everyRequestListed: Exclude<RequestChannel, Listed<typeof requestLists>> extends never
  ? true
  : never = true;
const everyEventListed: Exclude<EventChannel, Listed<typeof eventLists>> extends never
  ? true
  : never = true;
void everyRequestListed;
void everyEventListed;

export const requestChannels: readonly RequestChannel[] = requestLists.flat();
export const eventChannels: readonly EventChannel[] = eventLists.flat();

export function isRequestChannel(value: string): value is RequestChannel {
  return (requestChannels as readonly string[]).includes(value);
}

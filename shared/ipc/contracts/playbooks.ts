import type { Playbook, PlaybookListing } from '../../domain/playbook';
import { channelList } from './listed';

/** A playbook file as stored: the snapshot, and what the caller should hear about it. */
export interface PlaybookImport {
  readonly playbook: Playbook;
  /** E.g. "Stored as version 3 of Overdue invoice call." */
  readonly message: string;
}

/** A playbook as a file to save. */
export interface PlaybookExport {
  readonly fileName: string;
  readonly text: string;
}

export interface PlaybooksRequests {
  'playbooks:list': () => PlaybookListing;
  /** The exact version a call used, even after the playbook has changed. */
  'playbooks:get': (playbookId: string, version: number) => Playbook;
  /** Checks a playbook file and stores it as a new version; refuses it with every problem listed. */
  'playbooks:import': (fileText: string) => PlaybookImport;
  'playbooks:export': (playbookId: string) => PlaybookExport;
}

export interface PlaybooksEvents {
  'playbooks:changed': PlaybookListing;
}

export const playbooksRequestChannels = channelList<PlaybooksRequests>()(
  'playbooks:list',
  'playbooks:get',
  'playbooks:import',
  'playbooks:export',
);
export const playbooksEventChannels = channelList<PlaybooksEvents>()('playbooks:changed');

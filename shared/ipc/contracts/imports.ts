import type {
  ImportChoices,
  ImportFile,
  ImportPreview,
  ImportProgress,
  ImportResult,
} from '../../domain/imports';
import { channelList } from './listed';

export interface ImportsRequests {
  /** Reads an aging report and answers what storing it would change: the dry run. Nothing is stored. */
  'imports:read': (file: ImportFile, choices: ImportChoices) => ImportPreview;
  /** Reads the same file again with the caller's mapping or choices. */
  'imports:remap': (importId: string, choices: ImportChoices) => ImportPreview;
  /** Stores the file as its last preview showed it. */
  'imports:apply': (importId: string) => ImportResult;
  /** Stops a read or an import under way, between rows. */
  'imports:cancel': (importId: string) => null;
  /** Closes a file without importing it. */
  'imports:discard': (importId: string) => null;
}

export interface ImportsEvents {
  'import:progress': ImportProgress;
  /** Accounts and invoices changed: an import stored something. */
  'accounts:changed': ImportResult;
}

export const importsRequestChannels = channelList<ImportsRequests>()(
  'imports:read',
  'imports:remap',
  'imports:apply',
  'imports:cancel',
  'imports:discard',
);
export const importsEventChannels = channelList<ImportsEvents>()(
  'import:progress',
  'accounts:changed',
);

import type { ExportOutcome, ExportProgress, ExportRequest } from '../../domain/exports';
import { channelList } from './listed';

export interface ExportsRequests {
  /**
   * Exports calls or follow-ups. On the desktop main asks where to save and writes the file
   * there; in the browser preview it answers the text for the page to download.
   */
  'exports:run': (request: ExportRequest) => ExportOutcome;
  /** Stops an export under way between batches; nothing is left half-written. */
  'exports:cancel': (exportId: string) => null;
}

export interface ExportsEvents {
  'export:progress': ExportProgress;
}

export const exportsRequestChannels = channelList<ExportsRequests>()(
  'exports:run',
  'exports:cancel',
);
export const exportsEventChannels = channelList<ExportsEvents>()('export:progress');

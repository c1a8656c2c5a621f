import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { Logger } from './logger';
import type { Publish } from './publish';

/** What the composition root hands every domain module. */
export interface ModuleContext {
  /** The one read-write connection to the database. */
  readonly db: DatabaseSyncInstance;
  /** Epoch milliseconds; the only clock main's rules read. */
  readonly clock: () => number;
  /** Tells every window about a change. */
  readonly publish: Publish;
  readonly log: Logger;
}

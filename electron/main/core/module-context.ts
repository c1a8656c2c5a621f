import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { Logger } from './logger';
import type { Publish } from './publish';

/** What the composition root hands every domain module. */
export interface ModuleContext {
  /** Main's connection to the database. */
  readonly db: DatabaseSyncInstance;
  /**
   * Why the database can only be read, in the caller's words (a newer version's file, a
   * read-only folder); null when it can be written.
   */
  readonly readOnlyBecause: string | null;
  /** Epoch milliseconds; the only clock main's rules read. */
  readonly clock: () => number;
  /** Tells every window about a change. */
  readonly publish: Publish;
  readonly log: Logger;
}

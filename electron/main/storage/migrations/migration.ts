import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';

/**
 * One schema change. Migrations only add: a table, a column, an index. They never drop data; the
 * one thing they may drop is a full-text index that holds none (its content is a table's), to
 * create it again with more columns, which FTS5 cannot add. Such an index is named here.
 */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
  /** Full-text indexes over another table's content that `sql` drops and creates again. */
  readonly rebuildsIndexes?: readonly string[];
  /**
   * Work that SQL alone cannot do well (matching names the way the app does), run after `sql`
   * in the same transaction.
   */
  readonly fill?: (db: DatabaseSync) => void;
}

/** One schema change. Migrations only add: a table, a column, an index. They never drop data. */
export interface Migration {
  readonly version: number;
  readonly description: string;
  readonly sql: string;
}

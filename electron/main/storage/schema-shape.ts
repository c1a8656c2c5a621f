import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { latestSchemaVersion, migrate, migrations } from './migrations';

/** Table name to its column names. */
type Shape = ReadonlyMap<string, readonly string[]>;

const shapes = new Map<number, Shape>();

function tablesOf(db: DatabaseSyncInstance): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

function columnsOf(db: DatabaseSyncInstance, table: string): string[] {
  const rows = db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as {
    name: string;
  }[];
  return rows.map((row) => row.name);
}

/** The tables and columns the migrations leave at `version`, built once in memory. */
function shapeAt(version: number): Shape {
  const known = shapes.get(version);
  if (known) return known;
  const db = new DatabaseSync(':memory:');
  try {
    migrate(
      db,
      migrations.filter((migration) => migration.version <= version),
    );
    const shape = new Map(tablesOf(db).map((table) => [table, columnsOf(db, table)]));
    shapes.set(version, shape);
    return shape;
  } finally {
    db.close();
  }
}

/**
 * Whether `db` holds every table, with at least every column, that Call Coach's migrations create
 * up to `version` (for a version newer than this build knows, up to the latest it knows: later
 * versions only add). Version 0 means nothing at all has been created yet. Extra tables and
 * columns are allowed; a schema that cannot be read counts as not matching.
 */
export function hasSchemaOf(db: DatabaseSyncInstance, version: number): boolean {
  try {
    if (version <= 0) {
      const row = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
      return row.n === 0;
    }
    const expected = shapeAt(Math.min(version, latestSchemaVersion));
    for (const [table, columns] of expected) {
      const actual = new Set(columnsOf(db, table));
      if (!columns.every((column) => actual.has(column))) return false;
    }
    return true;
  } catch {
    return false;
  }
}

// The SQL a reader prepares, recorded as it prepares it, so that a floor runs exactly the
// statement the reader runs, with no copy of it in the bench.

import type { DatabaseSyncInstance } from '@photostructure/sqlite';
import type { Logger } from '../../electron/main/core/logger';

/**
 * Builds `build` over `db` while recording the SQL it prepares, then and later: a reader that
 * prepares its statements on first use records them once it has been used.
 */
export function recordingPrepares<T>(
  db: DatabaseSyncInstance,
  build: (db: DatabaseSyncInstance) => T,
): { readonly built: T; readonly statements: readonly string[] } {
  const statements: string[] = [];
  const recording = new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') {
        return (sql: string) => {
          statements.push(sql);
          return target.prepare(sql);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  return { built: build(recording), statements };
}

/** The one recorded statement that `pattern` matches; throws, naming `what`, when none does. */
export function recorded(statements: readonly string[], pattern: RegExp, what: string): string {
  const matching = statements.filter((sql) => pattern.test(sql));
  if (matching.length !== 1) {
    throw new Error(`The reader prepared ${matching.length} statements for ${what}, not one.`);
  }
  return matching[0]!;
}

/** A logger that stops the bench: nothing it measures is expected to log. */
export function failOnLog(): Logger {
  return {
    error: (message, error) => {
      throw new Error(`${message}: ${String(error)}`);
    },
  };
}

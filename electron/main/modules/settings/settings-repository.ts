import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';

/** Small pieces of app state kept as JSON under a key (window bounds, later preferences). */
export interface SettingsRepository {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
}

export function createSettingsRepository(db: DatabaseSync): SettingsRepository {
  const select = db.prepare('SELECT value_json FROM settings WHERE key = ?');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value_json) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value_json = excluded.value_json',
  );
  return {
    read: (key) => {
      const row = select.get(key) as { value_json: string } | undefined;
      return row ? (JSON.parse(row.value_json) as unknown) : undefined;
    },
    write: (key, value) => {
      upsert.run(key, JSON.stringify(value));
    },
  };
}

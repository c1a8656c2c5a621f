import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { Playbook } from '../../../../shared/domain/playbook';
import { checkPlaybookDocument } from '../../../../shared/playbooks/playbook-schema';
import type { Logger } from '../../core/logger';
import { inTransaction } from '../../storage/transaction';

/**
 * Where playbook snapshots live. A snapshot is never changed or deleted once stored: calls name
 * the exact (id, version) they used. Documents are checked again as they are read, so a row that
 * no longer fits the format is left out (and reported), never handed to a caller.
 */
export interface PlaybookRepository {
  /** Stores a snapshot unless that (id, version) is already stored; true when it was added. */
  insert(playbook: Playbook, storedAt: number): boolean;
  get(playbookId: string, version: number): Playbook | null;
  /** The newest readable version of one playbook. */
  latest(playbookId: string): Playbook | null;
  /** The highest version stored for this id, readable or not; new versions go above it. */
  highestVersion(playbookId: string): number | null;
  /** The newest readable version of every playbook, in no particular order. */
  list(): Playbook[];
  /** Runs `work` as one transaction. */
  transaction<T>(work: () => T): T;
}

interface DocumentRow {
  id: string;
  version: number;
  document_json: string;
}

export function createPlaybookRepository(db: DatabaseSync, log: Logger): PlaybookRepository {
  const insert = db.prepare(`
    INSERT OR IGNORE INTO playbooks (id, version, name, document_json, stored_at)
    VALUES (:id, :version, :name, :document_json, :stored_at)`);
  const byVersion = db.prepare(
    'SELECT id, version, document_json FROM playbooks WHERE id = ? AND version = ?',
  );
  const versionsNewestFirst = db.prepare(
    'SELECT version FROM playbooks WHERE id = ? ORDER BY version DESC',
  );
  const highest = db.prepare('SELECT max(version) AS version FROM playbooks WHERE id = ?');
  const ids = db.prepare('SELECT DISTINCT id FROM playbooks');

  // Snapshots never change, so one read and check per (id, version) is enough.
  const cache = new Map<string, Playbook | null>();
  const keyOf = (playbookId: string, version: number) => `${playbookId}@${version}`;

  function parse(row: DocumentRow): Playbook | null {
    let document: unknown;
    try {
      document = JSON.parse(row.document_json);
    } catch (error) {
      log.error(
        `Stored playbook ${row.id} version ${row.version} is not valid JSON; left out`,
        error,
      );
      return null;
    }
    const check = checkPlaybookDocument(document);
    if (!check.ok) {
      log.error(
        `Stored playbook ${row.id} version ${row.version} no longer fits the format; left out`,
        check.issues,
      );
      return null;
    }
    if (check.playbook.id !== row.id || check.playbook.version !== row.version) {
      log.error(
        `Stored playbook ${row.id} version ${row.version} holds another id or version; left out`,
        { id: check.playbook.id, version: check.playbook.version },
      );
      return null;
    }
    return check.playbook;
  }

  function get(playbookId: string, version: number): Playbook | null {
    const key = keyOf(playbookId, version);
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    const row = byVersion.get(playbookId, version) as DocumentRow | undefined;
    // A missing row is not cached: it may be stored later.
    if (!row) return null;
    const playbook = parse(row);
    cache.set(key, playbook);
    return playbook;
  }

  function latest(playbookId: string): Playbook | null {
    const rows = versionsNewestFirst.all(playbookId) as unknown as { version: number }[];
    for (const { version } of rows) {
      const playbook = get(playbookId, version);
      if (playbook) return playbook;
    }
    return null;
  }

  return {
    insert(playbook, storedAt) {
      const { changes } = insert.run({
        id: playbook.id,
        version: playbook.version,
        name: playbook.name,
        document_json: JSON.stringify(playbook),
        stored_at: storedAt,
      });
      return Number(changes) > 0;
    },
    get,
    latest,
    highestVersion(playbookId) {
      const row = highest.get(playbookId) as { version: number | null } | undefined;
      return row?.version ?? null;
    },
    list() {
      const rows = ids.all() as unknown as { id: string }[];
      return rows.flatMap(({ id }) => latest(id) ?? []);
    },
    transaction: (work) => inTransaction(db, work),
  };
}

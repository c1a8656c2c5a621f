import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { RecapDraft } from '../../../../shared/domain/recap-draft';

/** Where a call's edited recap lives: its own column of the call's row (`recap_json`). */
export interface RecapRepository {
  /** The recap stored with the call, or null when the caller has not edited one. */
  get(callId: string): RecapDraft | null;
  /** Stores the recap with the call; throws when no call has that id. */
  save(callId: string, recap: RecapDraft): void;
}

/** A repository over `calls.recap_json`; `clock` stamps the row's `updated_at`. */
export function createRecapRepository(db: DatabaseSync, clock: () => number): RecapRepository {
  const read = db.prepare('SELECT recap_json FROM calls WHERE id = ?');
  const write = db.prepare('UPDATE calls SET recap_json = ?, updated_at = ? WHERE id = ?');
  return {
    get(callId) {
      const row = read.get(callId) as { recap_json: string | null } | undefined;
      if (!row || row.recap_json === null) return null;
      const stored = JSON.parse(row.recap_json) as Partial<RecapDraft>;
      return { to: stored.to ?? '', subject: stored.subject ?? '', body: stored.body ?? '' };
    },
    save(callId, recap) {
      const { to, subject, body } = recap;
      const { changes } = write.run(JSON.stringify({ to, subject, body }), clock(), callId);
      if (changes === 0) throw new Error(`No stored call has id ${callId}`);
    },
  };
}

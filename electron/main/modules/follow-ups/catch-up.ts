import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import type { Logger } from '../../core/logger';
import { inTransaction } from '../../storage/transaction';
import { createCallRepository } from '../calls/call-repository';
import { createPlaybookRepository } from '../playbooks/playbook-repository';
import { createFollowUpRepository } from './follow-up-repository';

/** Calls caught up per transaction, so main's own writes never wait long behind one. */
const BATCH_SIZE = 200;

/**
 * Puts on the worklist what calls ended before follow-ups were kept left behind (a database
 * from an older version, `work_recorded = 0`), oldest first, so that a later call on an account
 * closes what an earlier one left, as it would have at the time. A call whose playbook snapshot
 * cannot be read is marked as recorded with nothing, rather than looked at on every start.
 * Answers how many calls were caught up.
 */
export function catchUpEndedCalls(
  db: DatabaseSync,
  at: number,
  log: Logger,
  onProgress: (done: number, total: number) => void = () => undefined,
): number {
  const waiting = (
    db
      .prepare(
        'SELECT id FROM calls WHERE ended_at IS NOT NULL AND work_recorded = 0 ORDER BY started_at, id',
      )
      .all() as { id: string }[]
  ).map((row) => row.id);
  if (waiting.length === 0) return 0;
  const calls = createCallRepository(db, () => at);
  const playbooks = createPlaybookRepository(db, log);
  const followUps = createFollowUpRepository(db);
  const markRecorded = db.prepare('UPDATE calls SET work_recorded = 1 WHERE id = ?');
  for (let start = 0; start < waiting.length; start += BATCH_SIZE) {
    inTransaction(db, () => {
      for (const id of waiting.slice(start, start + BATCH_SIZE)) {
        const call = calls.get(id);
        const playbook = call && playbooks.get(call.playbookId, call.playbookVersion);
        if (call && playbook) {
          followUps.recordCall(call, playbook, followUps.startedFromOf(id), at);
        } else markRecorded.run(id);
      }
    });
    onProgress(Math.min(start + BATCH_SIZE, waiting.length), waiting.length);
  }
  return waiting.length;
}

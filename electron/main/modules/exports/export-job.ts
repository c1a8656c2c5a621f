import type { DatabaseSyncInstance as DatabaseSync } from '@photostructure/sqlite';
import fs from 'node:fs';
import path from 'node:path';
import type { CaptureValues } from '../../../../shared/domain/capture';
import { closingFromStored, type StoredClosing } from '../../../../shared/domain/closing';
import type { ExportFormat, ExportScope } from '../../../../shared/domain/exports';
import type { Playbook } from '../../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { startOfLocalDay } from '../calls/history-reader';
import { ImportCancelledError } from '../imports/aging-report/errors';
import { createPlaybookRepository } from '../playbooks/playbook-repository';
import { createExportWriter, type ExportWriter } from './export-writer';
import {
  EXPORT_COLUMNS,
  FOLLOW_UP_COLUMNS,
  toExportRow,
  toFollowUpRow,
  type ExportRow,
  type FollowUpExportRow,
} from './export-rows';

/** Rows read, turned into text and written at a time: few statements, little memory. */
const EXPORT_BATCH_SIZE = 1000;

/** Where the export goes: a file (absolute path), or back to the caller as text. */
export type ExportTarget = { readonly path: string } | 'content';

export interface ExportJobInput {
  readonly scope: ExportScope;
  readonly format: ExportFormat;
  readonly target: ExportTarget;
}

/**
 * How an export job ended. A file that could not be written is an answer, not a failure of the
 * worker: its message says why in the caller's words, and no partial file is left behind.
 */
export type ExportJobResult =
  | { readonly kind: 'written'; readonly count: number }
  | { readonly kind: 'content'; readonly count: number; readonly text: string }
  | { readonly kind: 'unwritable'; readonly message: string };

/** What a running export can ask of whoever started it. */
export interface ExportControl {
  isCancelled(): boolean;
  progress(done: number, total: number): void;
}

interface CallExportRow {
  seq: number;
  id: string;
  playbook_id: string;
  playbook_version: number;
  customer: string;
  account_number: string;
  contact: string;
  invoice: string;
  amount_due_cents: number | null;
  started_at: number;
  ended_at: number | null;
  captures_json: string;
  notes: string;
  closing_json: string | null;
}

interface FollowUpRow {
  id: number;
  customer: string;
  account_number: string;
  kind: string;
  what: string;
  who: string;
  due_on: string;
  amount_cents: number | null;
  call_id: string;
}

const CALL_COLUMNS = `seq, id, playbook_id, playbook_version, customer, account_number, contact,
  invoice, amount_due_cents, started_at, ended_at, captures_json, notes, closing_json`;

/** The condition that picks each call scope's calls. */
const CALL_SCOPE_WHERE = {
  calls: 'id IN (SELECT value FROM json_each(:ids))',
  account: 'account_id = :account',
  range: 'started_at >= :from AND started_at < :until',
} as const;

type CallScope = Exclude<ExportScope, { kind: 'follow-ups' }>;

function callParameters(scope: CallScope): Record<string, string | number> {
  switch (scope.kind) {
    case 'calls':
      return { ids: JSON.stringify(scope.callIds) };
    case 'account':
      return { account: scope.accountId };
    case 'range':
      return { from: startOfLocalDay(scope.from), until: startOfLocalDay(scope.to, 1) };
  }
}

/** A write to the target that failed, kept apart from storage failures. */
class WriteFailure extends Error {
  constructor(readonly reason: unknown) {
    super('The export could not be written.');
  }
}

function unwritableMessage(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const name = path.basename(file);
  const folder = path.dirname(file);
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `The disk is full, so ${name} was not saved. Free some space and export again.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Call Coach is not allowed to write in ${folder}, so ${name} was not saved. Choose another folder and export again.`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder ${folder} is no longer there, so ${name} was not saved. Choose another folder and export again.`;
    case 'EISDIR':
      return `${file} is a folder, so the export was not saved. Choose a file name and export again.`;
    default:
      return `${name} could not be saved (${error instanceof Error ? error.message : String(error)}). Choose another place and export again.`;
  }
}

/** Where the text goes: appended to a file or kept for the answer. */
interface Sink {
  write(text: string): void;
  /** Called once everything is written; what the job answers. */
  finish(count: number): ExportJobResult;
  /** Called when the job stops before the end: nothing half-written is left behind. */
  abandon(): void;
}

function memorySink(): Sink {
  const pieces: string[] = [];
  return {
    write: (text) => void pieces.push(text),
    finish: (count) => ({ kind: 'content', count, text: pieces.join('') }),
    abandon: () => undefined,
  };
}

/**
 * Writes beside the chosen file and renames it into place at the end, so a failed or cancelled
 * export leaves the file that was there (if any) as it was.
 */
function fileSink(file: string): Sink {
  const partial = `${file}.part`;
  let fd: number | null = null;
  const attempt = <T>(work: () => T): T => {
    try {
      return work();
    } catch (error) {
      throw new WriteFailure(error);
    }
  };
  function closeQuietly(): void {
    if (fd === null) return;
    try {
      fs.closeSync(fd);
    } catch {
      // Closing is best effort here: the file is removed next.
    }
    fd = null;
  }
  return {
    write(text) {
      attempt(() => {
        fd ??= fs.openSync(partial, 'w');
        fs.writeSync(fd, text, null, 'utf8');
      });
    },
    finish(count) {
      attempt(() => {
        fd ??= fs.openSync(partial, 'w');
        // On disk before the rename, so a crash right after never leaves an empty file there.
        fs.fsyncSync(fd);
        fs.closeSync(fd);
        fd = null;
        fs.renameSync(partial, file);
      });
      return { kind: 'written', count };
    },
    abandon() {
      closeQuietly();
      fs.rmSync(partial, { force: true });
    },
  };
}

/**
 * The export job over `db` (the import worker's own connection): reads the scope's rows in
 * batches with prepared statements, newest call first, and streams each batch through the
 * format's writer to the target, reporting progress after each batch.
 */
export function createExportJob(db: DatabaseSync) {
  // The worker has no log of its own; playbooks it cannot read are reported on its console and
  // their calls' situations named from the built-in playbook.
  const playbooks = createPlaybookRepository(db, {
    error: (message, error) => console.error(message, error),
  });
  const playbookOf = (id: string, version: number): Playbook =>
    playbooks.get(id, version) ?? defaultArPlaybook;

  const prepared = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const statement = (sql: string) => {
    let found = prepared.get(sql);
    if (!found) {
      found = db.prepare(sql);
      prepared.set(sql, found);
    }
    return found;
  };

  function* callBatches(scope: CallScope): Generator<ExportRow[]> {
    const where = `ended_at IS NOT NULL AND ${CALL_SCOPE_WHERE[scope.kind]}`;
    // Newest first by storage order, as History lists them: calls are stored as they start.
    const page = statement(
      `SELECT ${CALL_COLUMNS} FROM calls WHERE ${where} AND seq < :before ORDER BY seq DESC LIMIT :limit`,
    );
    const parameters = callParameters(scope);
    let before = Number.MAX_SAFE_INTEGER;
    for (;;) {
      const rows = page.all({
        ...parameters,
        before,
        limit: EXPORT_BATCH_SIZE,
      }) as unknown as CallExportRow[];
      if (rows.length === 0) return;
      yield rows.map((row) =>
        toExportRow(
          {
            id: row.id,
            startedAt: row.started_at,
            endedAt: row.ended_at,
            customer: row.customer,
            accountNumber: row.account_number,
            contact: row.contact,
            invoice: row.invoice,
            amountDueCents: row.amount_due_cents,
            captures: JSON.parse(row.captures_json) as Record<string, CaptureValues>,
            notes: row.notes,
            closing:
              row.closing_json === null
                ? null
                : closingFromStored(JSON.parse(row.closing_json) as StoredClosing),
          },
          playbookOf(row.playbook_id, row.playbook_version),
        ),
      );
      before = rows.at(-1)!.seq;
      if (rows.length < EXPORT_BATCH_SIZE) return;
    }
  }

  function callCount(scope: CallScope): number {
    const where = `ended_at IS NOT NULL AND ${CALL_SCOPE_WHERE[scope.kind]}`;
    const row = statement(`SELECT count(*) AS count FROM calls WHERE ${where}`).get(
      callParameters(scope),
    ) as { count: number };
    return row.count;
  }

  const OPEN_FOLLOW_UPS = `FROM follow_ups
    JOIN calls ON calls.id = follow_ups.call_id
    LEFT JOIN accounts ON accounts.id = follow_ups.account_id
    WHERE follow_ups.closed_at IS NULL`;

  function* followUpBatches(): Generator<FollowUpExportRow[]> {
    // Soonest due first, as a worklist is read; (due_on, id) pages through ties.
    const page = statement(`
      SELECT follow_ups.id, coalesce(accounts.name, calls.customer) AS customer,
        coalesce(accounts.number, calls.account_number) AS account_number, follow_ups.kind,
        follow_ups.what, follow_ups.who, follow_ups.due_on, follow_ups.amount_cents,
        follow_ups.call_id
      ${OPEN_FOLLOW_UPS}
        AND (follow_ups.due_on > :due OR (follow_ups.due_on = :due AND follow_ups.id > :id))
      ORDER BY follow_ups.due_on, follow_ups.id LIMIT :limit`);
    let due = '';
    let id = 0;
    for (;;) {
      const rows = page.all({ due, id, limit: EXPORT_BATCH_SIZE }) as unknown as FollowUpRow[];
      if (rows.length === 0) return;
      yield rows.map((row) =>
        toFollowUpRow({
          id: row.id,
          customer: row.customer,
          accountNumber: row.account_number,
          kind: row.kind,
          what: row.what,
          who: row.who,
          dueOn: row.due_on,
          amountCents: row.amount_cents,
          callId: row.call_id,
        }),
      );
      const last = rows.at(-1)!;
      due = last.due_on;
      id = last.id;
      if (rows.length < EXPORT_BATCH_SIZE) return;
    }
  }

  function followUpCount(): number {
    return (statement(`SELECT count(*) AS count ${OPEN_FOLLOW_UPS}`).get() as { count: number })
      .count;
  }

  function stream<C extends string>(
    writer: ExportWriter<C>,
    batches: Iterable<readonly Readonly<Record<C, string>>[]>,
    total: number,
    sink: Sink,
    control: ExportControl,
  ): ExportJobResult {
    let done = 0;
    control.progress(0, total);
    sink.write(writer.header());
    for (const batch of batches) {
      if (control.isCancelled()) throw new ImportCancelledError();
      sink.write(writer.rows(batch));
      done += batch.length;
      control.progress(Math.min(done, total), total);
    }
    sink.write(writer.footer());
    return sink.finish(done);
  }

  return function runExport(input: ExportJobInput, control: ExportControl): ExportJobResult {
    const sink = input.target === 'content' ? memorySink() : fileSink(input.target.path);
    const { scope, format } = input;
    try {
      // Read in one transaction, so the count and every batch see the same calls even while
      // main goes on writing.
      db.exec('BEGIN');
      try {
        if (scope.kind === 'follow-ups') {
          const writer = createExportWriter(format, FOLLOW_UP_COLUMNS, {
            title: 'Call Coach: open follow-ups',
            heading: (row) => `${row.due_on}: ${row.customer} — ${row.what}`,
          });
          return stream(writer, followUpBatches(), followUpCount(), sink, control);
        }
        const writer = createExportWriter(format, EXPORT_COLUMNS, {
          title: 'Call Coach: calls',
          heading: (row) => `${row.customer || 'No customer'} — ${row.started_at}`,
        });
        return stream(writer, callBatches(scope), callCount(scope), sink, control);
      } finally {
        db.exec('COMMIT');
      }
    } catch (error) {
      sink.abandon();
      if (error instanceof WriteFailure && input.target !== 'content') {
        return { kind: 'unwritable', message: unwritableMessage(error.reason, input.target.path) };
      }
      throw error;
    }
  };
}

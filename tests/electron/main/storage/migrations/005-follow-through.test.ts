import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import path from 'node:path';
import {
  migrate,
  migrations,
  schemaVersion,
} from '../../../../../electron/main/storage/migrations';
import { T0 } from '../../../../support/builders';
import { tempDirs } from '../../../../support/temp-dir';

const dirs = tempDirs();
const databases: DatabaseSyncInstance[] = [];

afterEach(() => {
  for (const db of databases.splice(0)) if (db.isOpen) db.close();
  dirs.cleanup();
});

/** A version 4 database with one ended call and one still open. */
function v4Database(): DatabaseSyncInstance {
  const db = new DatabaseSync(path.join(dirs.make(), 'call-coach.db'));
  databases.push(db);
  db.exec('PRAGMA foreign_keys = ON');
  migrate(
    db,
    migrations.filter((migration) => migration.version <= 4),
  );
  const insert = db.prepare(`
    INSERT INTO calls (id, playbook_id, playbook_version, customer, started_at, ended_at,
      steps_json, notes, updated_at)
    VALUES (?, 'default-ar', 4, ?, ?, ?, '[]', ?, ?)`);
  insert.run('ended', 'Acme Supply', T0, T0 + 1, 'Promised Friday', T0);
  insert.run('open', 'Globex', T0 + 2, null, '', T0 + 2);
  return db;
}

function followUp(db: DatabaseSyncInstance, callId: string, sectionId: string): void {
  db.prepare(
    `INSERT INTO follow_ups (call_id, section_id, kind, what, who, due_on, created_at)
     VALUES (?, ?, 'action', 'Call back', 'You', '2026-03-06', ?)`,
  ).run(callId, sectionId, T0);
}

describe('migration 5: follow-through', () => {
  it('keeps every call, marks ended ones as not yet recorded, and stores no recap', () => {
    const db = v4Database();
    migrate(db);
    expect(schemaVersion(db)).toBe(5);
    const rows = db
      .prepare(
        'SELECT id, notes, work_recorded, recap_json, from_follow_up FROM calls ORDER BY seq',
      )
      .all();
    expect(rows).toEqual([
      {
        id: 'ended',
        notes: 'Promised Friday',
        work_recorded: 0,
        recap_json: null,
        from_follow_up: null,
      },
      { id: 'open', notes: '', work_recorded: 0, recap_json: null, from_follow_up: null },
    ]);
  });

  it('finds the ended calls still to record through its own index', () => {
    const db = v4Database();
    migrate(db);
    const plan = db
      .prepare(
        `EXPLAIN QUERY PLAN SELECT id FROM calls
         WHERE ended_at IS NOT NULL AND work_recorded = 0 ORDER BY seq`,
      )
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('calls_work_unrecorded');
  });

  it('holds one follow-up per situation of a call, and one next action', () => {
    const db = v4Database();
    migrate(db);
    followUp(db, 'ended', '');
    followUp(db, 'ended', 'dispute');
    expect(() => followUp(db, 'ended', 'dispute')).toThrow(/UNIQUE/);
  });

  it('refuses statuses, kinds and reasons it does not know', () => {
    const db = v4Database();
    migrate(db);
    const promise = (status: string) =>
      db
        .prepare(
          `INSERT INTO promises (call_id, made_on, pay_by, status) VALUES ('ended', '2026-03-02', '2026-03-06', ?)`,
        )
        .run(status);
    expect(() => promise('forgotten')).toThrow(/CHECK/);
    promise('broken');
    expect(() =>
      db
        .prepare(
          `INSERT INTO follow_ups (call_id, kind, what, who, due_on, created_at)
           VALUES ('open', 'lunch', 'x', 'You', '2026-03-06', 1)`,
        )
        .run(),
    ).toThrow(/CHECK/);
    followUp(db, 'ended', '');
    expect(() => db.prepare(`UPDATE follow_ups SET closed_why = 'bored'`).run()).toThrow(/CHECK/);
  });

  it('deletes what a call left when the call is deleted, and nothing else', () => {
    const db = v4Database();
    migrate(db);
    followUp(db, 'ended', '');
    followUp(db, 'open', '');
    db.prepare(
      `INSERT INTO promises (call_id, made_on, pay_by) VALUES ('ended', '2026-03-02', '2026-03-06')`,
    ).run();
    db.prepare(`DELETE FROM calls WHERE id = 'ended'`).run();
    expect(db.prepare('SELECT call_id FROM follow_ups').all()).toEqual([{ call_id: 'open' }]);
    expect(db.prepare('SELECT COUNT(*) AS n FROM promises').get()).toEqual({ n: 0 });
  });
});

import type { Migration } from './migration';

/**
 * Version 5: what calls leave to do. Each promise to pay a call took, with its status as last
 * worked out (so the worklist and an account's keeping rate need not re-read every call), and
 * each follow-up (a situation's due date or the call's next action) until it is done. A call
 * remembers whether its work was recorded, so calls ended before this version are caught up
 * once, and the follow-up it was started from. The recap e-mail is stored with its call.
 * Deleting a call deletes what it left; nothing here is deleted any other way.
 */
export const followThrough: Migration = {
  version: 5,
  description: 'promises and follow-ups taken from calls; recap e-mails',
  sql: `
    ALTER TABLE calls ADD COLUMN work_recorded INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX calls_work_unrecorded ON calls (seq)
      WHERE ended_at IS NOT NULL AND work_recorded = 0;
    ALTER TABLE calls ADD COLUMN recap_json TEXT;
    ALTER TABLE calls ADD COLUMN from_follow_up INTEGER;

    CREATE TABLE promises (
      id INTEGER PRIMARY KEY,
      call_id TEXT NOT NULL UNIQUE REFERENCES calls (id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES accounts (id),
      made_on TEXT NOT NULL,
      pay_by TEXT NOT NULL,
      amount_cents INTEGER,
      method TEXT NOT NULL DEFAULT '',
      invoice_numbers_json TEXT NOT NULL DEFAULT '[]',
      status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'kept', 'partly-kept', 'broken', 'unverifiable')),
      status_on TEXT,
      marked TEXT CHECK (marked IN ('kept', 'broken')),
      marked_at INTEGER
    );
    CREATE INDEX promises_by_account ON promises (account_id, pay_by);

    CREATE TABLE follow_ups (
      id INTEGER PRIMARY KEY,
      call_id TEXT NOT NULL REFERENCES calls (id) ON DELETE CASCADE,
      account_id INTEGER REFERENCES accounts (id),
      -- The situation it came from; '' for the call's own next action.
      section_id TEXT NOT NULL DEFAULT '',
      kind TEXT NOT NULL CHECK (kind IN ('promise', 'check', 'dispute', 'callback', 'action')),
      what TEXT NOT NULL,
      who TEXT NOT NULL,
      due_on TEXT NOT NULL,
      amount_cents INTEGER,
      invoice_numbers_json TEXT NOT NULL DEFAULT '[]',
      created_at INTEGER NOT NULL,
      closed_at INTEGER,
      closed_why TEXT CHECK (closed_why IN ('done', 'called', 'paid')),
      -- The call that closed it, when a call did.
      closed_by_call TEXT,
      -- When a notice or the open worklist first showed it as due: it is told of once.
      told_at INTEGER,
      UNIQUE (call_id, section_id)
    );
    CREATE INDEX follow_ups_open ON follow_ups (due_on) WHERE closed_at IS NULL;
    CREATE INDEX follow_ups_by_account ON follow_ups (account_id, due_on);
  `,
};

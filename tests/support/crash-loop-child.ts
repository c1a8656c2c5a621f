import fs from 'node:fs';
import path from 'node:path';
import {
  createAppCore,
  DATA_DIR_VARIABLE,
  resolveDataDir,
  type AppCore,
} from '../../electron/main/app-core';
import { createBrowserHost } from '../../electron/main/hosts/browser-host';
import { addDaysTo, localDate } from '../../shared/domain/calendar';
import { applyCommand, type Call, type CallCommand } from '../../shared/domain/call';
import { checkClosing, quickClosing, suggestClosing } from '../../shared/domain/closing';
import type { ImportPreview, ImportResult } from '../../shared/domain/imports';
import type { ActiveCall } from '../../shared/ipc/contracts/calls';
import type { Worklist } from '../../shared/ipc/contracts/worklist';
import type { Result } from '../../shared/ipc/result';
import { defaultArPlaybook } from '../../shared/playbooks/default-ar-playbook';
import {
  CHILD_CONFIG_VARIABLE,
  keys,
  mixSeeds,
  YES,
  type ChildConfig,
  type ChildLine,
  type Lane,
  type Write,
} from './crash-loop-protocol';
import { seededRandom } from './seeded-random';

// The crash loop's child: hosts the app core over CALL_COACH_DATA_DIR, as the preview server
// does, and runs a seeded workload on it until the parent kills it. Every write is announced on
// stdout before it is sent and acknowledged after the core answered ok. Lines go to a pipe,
// which Node writes synchronously, so an acknowledgement printed is one the parent will read.

const startedAt = performance.now();
const config = JSON.parse(process.env[CHILD_CONFIG_VARIABLE] ?? '') as ChildConfig;
if (!process.env[DATA_DIR_VARIABLE]) throw new Error(`${DATA_DIR_VARIABLE} is not set`);
const dataDir = resolveDataDir(process.env, '');
const FIXTURES = path.resolve(process.env.CALL_COACH_CRASH_FIXTURES ?? '');
const playbook = defaultArPlaybook;

/** Long enough for any round; the parent kills the child well before. */
const GIVE_UP_MS = 60_000;

function say(line: ChildLine): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

// A parent that went away leaves nobody to read: stop rather than run on.
process.stdout.on('error', () => process.exit(1));
setTimeout(() => process.exit(2), GIVE_UP_MS).unref();

/** The core's clock: it moves 50 ms each time the core reads it, so runs replay exactly. */
let now = config.clockStart;
const clock = () => (now += 50);
const today = () => localDate(now);

let lastId = 0;
const core: AppCore = createAppCore({
  dataDir,
  publish: () => undefined,
  log: {
    error: (message: string, error?: unknown) =>
      say({ t: 'log', message: `${message}: ${String(error)}` }),
  },
  host: createBrowserHost(),
  clock,
  newId: () => `r${config.round}-${(lastId += 1)}`,
  // Nothing runs on a timer: what is written is the workload's doing alone.
  timers: { setInterval: () => 0, clearInterval: () => undefined },
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function request<T>(channel: string, args: readonly unknown[]): Promise<Result<T>> {
  return (await core.dispatch(channel, args)) as Result<T>;
}

/** Sends one write, saying what it sets before and that it is stored after. */
async function write<T>(
  lane: Lane,
  op: string,
  writes: Write[],
  channel: string,
  args: readonly unknown[],
  acked: (value: T) => Pick<Extract<ChildLine, { t: 'ack' }>, 'writes' | 'imported'> = () => ({
    writes,
  }),
): Promise<T | null> {
  say({ t: 'send', lane, op, writes });
  const result = await request<T>(channel, args);
  if (!result.ok) {
    say({ t: 'refused', lane, op, code: result.error.code, message: result.error.message });
    return null;
  }
  say({ t: 'ack', lane, op, ...acked(result.value) });
  return result.value;
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}

const CUSTOMERS = [
  'Oak Street Cafe',
  'Pinecrest Dental',
  'Willowbrook Veterinary Clinic',
  'Quarry Hill Outfitters',
  'Saltmarsh Ceramics',
  'Hafenblick Café',
  'Zoë’s Bakery “Nord”',
  'Contoso Ltd',
];

const PHRASES = [
  'Says the check went out Friday. ',
  'AP contact is Priya, ext. 204. ',
  'Will email remittance advice — today. ',
  'Credit note requested for line 3; ',
  '“Paid in full” they say 🙂 ',
  'Zoë will call back after 2pm.\n',
  'Ä ö ü ß — Währung EUR; ',
];

/** Form fields the caller fills in, each with a value as a caller would type it. */
const FIELDS: readonly {
  sectionId: string;
  fieldId: string;
  value: (random: () => number) => string;
}[] = [
  { sectionId: 'promise-to-pay', fieldId: 'amount', value: (r) => `${Math.floor(r() * 5000)}.00` },
  {
    sectionId: 'promise-to-pay',
    fieldId: 'pay-on',
    value: (r) => addDaysTo(today(), 1 + Math.floor(r() * 14)),
  },
  { sectionId: 'check-in-mail', fieldId: 'check-number', value: (r) => `${Math.floor(r() * 1e6)}` },
  {
    sectionId: 'check-in-mail',
    fieldId: 'follow-up-by',
    value: (r) => addDaysTo(today(), 2 + Math.floor(r() * 10)),
  },
  { sectionId: 'dispute', fieldId: 'owner', value: (r) => pick(r, ['Priya', 'Jonas', 'Zoë']) },
  {
    sectionId: 'dispute',
    fieldId: 'answer-by',
    value: (r) => addDaysTo(today(), 1 + Math.floor(r() * 20)),
  },
  {
    sectionId: 'something-else',
    fieldId: 'what-came-up',
    value: (r) => pick(r, PHRASES).trim(),
  },
];

const BRANCHES = ['promise-to-pay', 'check-in-mail', 'dispute', 'something-else'];

/** How a caller would end this call: the wrap-up as suggested, else a one-key ending. */
function closingOf(call: Call, random: () => number) {
  const suggested = checkClosing(suggestClosing(call, playbook, today()), playbook, today());
  if (suggested.ok) return suggested.closing;
  return quickClosing(pick(random, ['no-answer', 'voicemail']), playbook, call, today())!;
}

/** The live call: start one, type notes, fill in forms, tick steps, end it; over and over. */
async function callLane(first: Call | null): Promise<void> {
  const random = seededRandom(mixSeeds(config.seed, config.round, 1));
  let call = first;
  for (;;) {
    // Faster than anyone types (autosave waits 300 ms), yet with gaps: back-to-back commits
    // would hold the write lock so steadily that the import worker's busy retries starve.
    await pause(10 + random() * 40);
    if (!call) {
      const customer = pick(random, CUSTOMERS);
      call = await write<Call>(
        'call',
        'start',
        [],
        'calls:start',
        [
          {
            playbookId: playbook.id,
            customer,
            accountNumber: '',
            invoice: `INV-${Math.floor(random() * 9000) + 1000}`,
            amountDueCents: Math.floor(random() * 500_000),
            contact: 'Dana Reyes',
            customerSince: '',
            dueOn: null,
          },
        ],
        (started) => ({ writes: [{ key: keys.started(started.id), value: YES }] }),
      );
      continue;
    }
    const { id } = call;
    const roll = random();
    if (roll < 0.4) {
      const notes = call.notes + pick(random, PHRASES);
      const command: CallCommand = { type: 'edit-notes', notes };
      const saved = await write(
        'call',
        'notes',
        [{ key: keys.notes(id), value: notes }],
        'calls:type',
        [id, command],
      );
      if (saved) call = applyCommand(call, command, now);
    } else if (roll < 0.65) {
      const field = pick(random, FIELDS);
      const value = field.value(random);
      const command: CallCommand = {
        type: 'set-field',
        sectionId: field.sectionId,
        fieldId: field.fieldId,
        value,
      };
      const saved = await write(
        'call',
        'field',
        [{ key: keys.field(id, field.sectionId, field.fieldId), value }],
        'calls:type',
        [id, command],
      );
      if (saved) call = applyCommand(call, command, now);
    } else if (roll < 0.75) {
      const step = pick(random, call.steps);
      const writes = [{ key: keys.step(id, step.stepId), value: YES }];
      call =
        (await write<Call>('call', 'step', writes, 'calls:apply', [
          id,
          { type: 'check-step', stepId: step.stepId },
        ])) ?? call;
    } else if (roll < 0.83) {
      const branchId = pick(random, BRANCHES);
      call =
        (await write<Call>('call', 'branch', [], 'calls:apply', [
          id,
          { type: 'open-branch', branchId },
        ])) ?? call;
    } else {
      const ended = await write<Call>(
        'call',
        'end',
        [{ key: keys.ended(id), value: YES }],
        'calls:apply',
        [id, { type: 'end', closing: closingOf(call, random) }],
      );
      if (ended) call = null;
    }
  }
}

/** Meanwhile: aging reports imported, and follow-ups done, moved and marked. */
async function officeLane(): Promise<void> {
  const random = seededRandom(mixSeeds(config.seed, config.round, 2));
  const reports = fs
    .readdirSync(FIXTURES)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  for (;;) {
    const roll = random();
    if (roll < 0.35) {
      const fileName = pick(random, reports);
      const isFull = random() < 0.5;
      const file = {
        name: fileName,
        bytesBase64: fs.readFileSync(path.join(FIXTURES, fileName)).toString('base64'),
      };
      const read = await request<ImportPreview>('imports:read', [
        file,
        { mapping: null, isFullReport: isFull },
      ]);
      if (!read.ok) continue;
      await write<ImportResult>(
        'office',
        'import',
        [],
        'imports:apply',
        [read.value.importId],
        (result) => ({
          writes: [],
          imported: { fileName, isFull, counts: result.counts, isComplete: result.isComplete },
        }),
      );
    } else if (roll < 0.9) {
      const list = await request<Worklist>('worklist:read', []);
      if (!list.ok || list.value.items.length === 0) {
        await pause(5);
        continue;
      }
      const item = pick(random, list.value.items);
      const how = random();
      if (item.kind === 'promise' && how < 0.35) {
        const mark = random() < 0.5 ? 'kept' : 'broken';
        await write(
          'office',
          'mark',
          [{ key: keys.mark(item.callId), value: mark }],
          'worklist:mark',
          [item.callId, mark],
        );
      } else if (how < 0.7) {
        const dueOn = addDaysTo(today(), Math.floor(random() * 21));
        await write('office', 'move', [{ key: keys.due(item.id), value: dueOn }], 'worklist:move', [
          item.id,
          dueOn,
        ]);
      } else {
        await write('office', 'done', [{ key: keys.done(item.id), value: YES }], 'worklist:done', [
          item.id,
        ]);
      }
    } else {
      await pause(random() * 30);
    }
  }
}

// The last run also waits for the core's own check of every page and its catch-up job, so
// the notice it reports covers what they found.
if (config.closeWhenReady) await Promise.all([core.checked, core.caughtUp]);
const active = await request<ActiveCall | null>('calls:active', []);
say({
  t: 'ready',
  notice: core.notice(),
  active: active.ok ? active.value : null,
  startMs: Math.round(performance.now() - startedAt),
});
if (config.closeWhenReady) {
  await core.close();
  process.exit(0);
}
void core.caughtUp.then(() => say({ t: 'caught-up' }));
void callLane(active.ok ? (active.value?.call ?? null) : null);
void officeLane();

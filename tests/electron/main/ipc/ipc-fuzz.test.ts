import { DatabaseSync, type DatabaseSyncInstance } from '@photostructure/sqlite';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { createAppCore, type AppCore } from '../../../../electron/main/app-core';
import { DATABASE_FILE_NAME } from '../../../../electron/main/storage/database';
import type { Call, CallCommand } from '../../../../shared/domain/call';
import { localDate } from '../../../../shared/domain/calendar';
import type { ImportPreview } from '../../../../shared/domain/imports';
import type { Playbook } from '../../../../shared/domain/playbook';
import { storableText } from '../../../../shared/domain/text';
import type { Worklist } from '../../../../shared/ipc/contracts/worklist';
import { requestChannels } from '../../../../shared/ipc/channels';
import type { RequestChannel } from '../../../../shared/ipc/contract';
import type { Result } from '../../../../shared/ipc/result';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { fakeClock, noAnswerClosing, startInput } from '../../../support/builders';
import {
  applyMutation,
  hostileArgs,
  hostileString,
  hostileValue,
  jsonSafe,
  mutation,
  prototypeKeys,
} from '../../../support/hostile-values';
import { tempDirs } from '../../../support/temp-dir';
import { TEST_NOW } from '../../../support/test-clock';
import { createFakeHost } from '../../support/fake-host';
import { smallPlaybook } from '../../support/fixtures';

// Property-based fuzzing of every request main handles, through the real core over a real
// temporary database. To replay a failure, run this file again with the seed it printed:
//   CALL_COACH_FUZZ_SEED=<seed> npx vitest run --project node tests/electron/main/ipc/ipc-fuzz.test.ts
// CALL_COACH_FUZZ_RUNS=<n> multiplies the number of runs (e.g. 10 for a longer local session).
const SEED = Number(process.env.CALL_COACH_FUZZ_SEED ?? 20_261_123);
const RUNS_FACTOR = Number(process.env.CALL_COACH_FUZZ_RUNS ?? 1);
const RANDOM_RUNS = Math.round(1_000 * RUNS_FACTOR);
const NEAR_VALID_RUNS = Math.round(200 * RUNS_FACTOR);
const STORED_RUNS = Math.round(120 * RUNS_FACTOR);

/** How main refuses what it will not do: the caller's mistake, never a crash. */
const REFUSALS = new Set(['invalid-input', 'not-found', 'conflict']);
const NO_TABLES = { compareTables: false };

const dirs = tempDirs('call-coach-fuzz-');
const clock = fakeClock(TEST_NOW);
const logged: { message: string; error: unknown }[] = [];
let core: AppCore;
let reader: DatabaseSyncInstance;
const prototypesBefore = prototypeKeys();

type Args = readonly unknown[];

/** What one request needs to be valid now, and how to tell that what it acknowledged is stored. */
interface ChannelSpec {
  /** A valid argument list for the state main is in now (setting up that state if need be). */
  readonly valid: () => Args | Promise<Args>;
  /** Tables an accepted request may change; every other table must stay exactly as it was. */
  readonly writes: readonly string[];
  /** Reads back what an accepted request acknowledged and fails when it differs. */
  readonly readBack?: (args: Args, value: unknown) => Promise<void>;
}

// ——— Talking to main as a window would ———

/** The two ways arguments reach main: Electron's structured clone, the preview's JSON body. */
type Transport = 'ipc' | 'json';

function carried(args: Args, transport: Transport): unknown[] {
  if (transport === 'json') {
    return JSON.parse(JSON.stringify(args, jsonSafe) ?? '[]') as unknown[];
  }
  try {
    return structuredClone(args) as unknown[];
  } catch {
    // Too deep for structured clone: Electron's renderer could not send it at all, but the
    // preview's JSON body can carry it, so main still gets it that way.
    return carried(args, 'json');
  }
}

async function send(channel: string, args: Args): Promise<Result<unknown>> {
  clock.advance(10);
  // dispatch must answer every request with a Result; a rejection is a defect in itself.
  const result = await core.dispatch(channel, args);
  // What crosses back must survive the same clone as what came in.
  return structuredClone(result);
}

async function value<T>(channel: RequestChannel, ...args: unknown[]): Promise<T> {
  const result = await send(channel, args);
  if (!result.ok) throw new Error(`${channel} was refused: ${JSON.stringify(result.error)}`);
  return result.value as T;
}

// ——— The database, read directly ———

let versionQuery: ReturnType<DatabaseSyncInstance['prepare']> | null = null;
const dataVersion = () => {
  versionQuery ??= reader.prepare('PRAGMA data_version');
  return (versionQuery.get() as { data_version: number }).data_version;
};

type Snapshot = ReadonlyMap<string, string>;

/** Every table's row count and a checksum of its rows, read on a connection of our own. */
function snapshot(): Snapshot {
  const tables = reader
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string }[];
  return new Map(
    tables.map(({ name }) => {
      const rows = reader.prepare(`SELECT * FROM "${name}"`).all();
      const lines = rows.map((row) => JSON.stringify(row, blobsAsHex)).sort();
      const sum = createHash('sha256').update(lines.join('\n')).digest('hex');
      return [name, `${rows.length}:${sum}`];
    }),
  );
}

function blobsAsHex(_key: string, inner: unknown): unknown {
  return inner instanceof Uint8Array ? Buffer.from(inner).toString('hex') : inner;
}

function changedTables(before: Snapshot, after: Snapshot): string[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names].filter((name) => before.get(name) !== after.get(name));
}

/** The last snapshot, retaken only when another connection committed since (data_version). */
let known: { version: number; tables: Snapshot } | null = null;
function current(): { version: number; tables: Snapshot } {
  const version = dataVersion();
  if (known?.version !== version) known = { version, tables: snapshot() };
  return known;
}

// ——— The property every payload must keep ———

function shown(args: Args): string {
  const text = JSON.stringify(args, jsonSafe) ?? String(args);
  return text.length > 300 ? `${text.slice(0, 300)}… (${text.length} characters)` : text;
}

/**
 * Sends `args` on `channel` and checks what main did: refused with a caller's error and changed
 * nothing at all, or accepted, changed only the tables the request is about and stored what it
 * acknowledged; never an internal error, a rejection or a logged failure.
 */
async function sendAndCheck(
  channel: string,
  spec: ChannelSpec | undefined,
  args: Args,
  { compareTables = true }: { readonly compareTables?: boolean } = {},
) {
  // Comparing tables reads the whole database again after every write; the properties that
  // write on every run read back what was stored instead, and hold refusals to data_version.
  if (!compareTables) return sendAndReadBack(channel, spec, args);
  const before = current();
  const result = await checkedAnswer(channel, args);
  if (!result.ok) {
    expect(typeof result.error.message).toBe('string');
    // A commit elsewhere (a checkpoint, an empty transaction) moves data_version; only a change
    // of content counts, and then the table is named.
    const changed =
      dataVersion() === before.version ? [] : changedTables(before.tables, current().tables);
    if (changed.length > 0) {
      throw new Error(`${channel} refused ${shown(args)} but changed ${changed.join(', ')}`);
    }
    return result;
  }
  const changed = changedTables(before.tables, current().tables);
  const unexpected = changed.filter((table) => !(spec?.writes ?? []).includes(table));
  if (unexpected.length > 0) {
    throw new Error(`${channel} accepted ${shown(args)} and changed ${unexpected.join(', ')}`);
  }
  await spec?.readBack?.(args, result.value);
  return result;
}

/** Answered as a window may be answered, and a refusal commits nothing at all. */
async function checkedAnswer(channel: string, args: Args): Promise<Result<unknown>> {
  const result = await send(channel, args);
  expect(typeof result.ok).toBe('boolean');
  if (logged.length > 0) {
    const first = logged.splice(0);
    throw new Error(`${channel} logged a failure for ${shown(args)}: ${String(first[0]?.error)}`);
  }
  if (!result.ok && !REFUSALS.has(result.error.code)) {
    throw new Error(
      `${channel} answered ${result.error.code} (${result.error.message}) for ${shown(args)}`,
    );
  }
  return result;
}

async function sendAndReadBack(channel: string, spec: ChannelSpec | undefined, args: Args) {
  const before = dataVersion();
  const result = await checkedAnswer(channel, args);
  if (!result.ok) {
    if (dataVersion() !== before) throw new Error(`${channel} refused ${shown(args)} but wrote`);
    return result;
  }
  await spec?.readBack?.(args, result.value);
  return result;
}

async function expectStillAnswering(): Promise<void> {
  expect((await send('app:status', [])).ok).toBe(true);
  expect((await send('settings:get', [])).ok).toBe(true);
  // The read worker too: history runs off main's event loop.
  expect((await send('calls:history', [{ search: '', after: null, limit: 5 }])).ok).toBe(true);
  expect(prototypeKeys()).toEqual(prototypesBefore);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}

function expectSame(label: string, acknowledged: unknown, stored: unknown): void {
  if (!isDeepStrictEqual(acknowledged, stored)) {
    throw new Error(
      `${label}: stored differs from acknowledged.\nacknowledged: ${shown([acknowledged])}\nstored: ${shown([stored])}`,
    );
  }
}

// ——— State the requests need ———

const firstStep = defaultArPlaybook.steps[0]!;
const firstBranch = defaultArPlaybook.branches[0]!;
const textField = [...defaultArPlaybook.steps, ...defaultArPlaybook.branches]
  .flatMap((section) => section.fields.map((field) => ({ section, field })))
  .find(({ field }) => field.type === 'text')!;

const today = () => localDate(clock.now());

let customerCount = 0;
/** The open call, started when there is none. */
async function openCall(): Promise<Call> {
  const active = await value<{ call: Call } | null>('calls:active');
  if (active) return active.call;
  customerCount += 1;
  // An account of its own (a number of its own), so deleting one account leaves the others.
  return value<Call>(
    'calls:start',
    startInput({
      customer: `Fuzz customer ${customerCount}`,
      accountNumber: `FZ-${customerCount}`,
    }),
  );
}

/** A call that has ended, for recaps, retention and the worklist. */
async function endedCall(): Promise<Call> {
  const call = await openCall();
  return value<Call>('calls:apply', call.id, {
    type: 'end',
    closing: noAnswerClosing(today()),
  } satisfies CallCommand);
}

let kept: Call | null = null;
/** An ended call that nothing deletes: what recaps and counts are asked about. */
async function keptCall(): Promise<Call> {
  // A mutated id may have deleted it (a nudged account id, say): then another takes its place.
  if (kept && !(await send('calls:get', [kept.id])).ok) kept = null;
  kept ??= await endedCall();
  return kept;
}

let promised: Call | null = null;
/** An ended call that took a promise to pay, for marking it kept or broken. */
async function promiseCall(): Promise<Call> {
  if (promised && (await send('calls:get', [promised.id])).ok) return promised;
  const call = await openCall();
  const payOn = localDate(clock.now() + 3 * 86_400_000);
  await value('calls:apply', call.id, { type: 'open-branch', branchId: 'promise-to-pay' });
  await value('calls:apply', call.id, {
    type: 'set-field',
    sectionId: 'promise-to-pay',
    fieldId: 'pay-on',
    value: payOn,
  });
  const payBy = { what: 'Confirm the promised payment has arrived', dueOn: payOn };
  promised = await value<Call>('calls:apply', call.id, {
    type: 'end',
    closing: {
      outcomeId: 'promise-to-pay',
      outcomeLabel: 'Promise to pay',
      action: payBy,
      followUps: [{ sectionId: 'promise-to-pay', who: 'You', ...payBy }],
    },
  });
  return promised;
}

async function openFollowUpId(): Promise<string> {
  const list = await value<Worklist>('worklist:read');
  const item = list.items[0];
  if (item) return item.id;
  await endedCall();
  return (await value<Worklist>('worklist:read')).items[0]!.id;
}

const REPORT_CSV = [
  'Customer,Invoice,Due date,Open balance',
  'Larkspur Garden Supply,INV-1001,2026-10-01,1200.50',
  'Oakridge Bakery,INV-1002,2026-11-01,310.00',
].join('\n');
const reportFile = () => ({
  name: 'aging.csv',
  bytesBase64: Buffer.from(REPORT_CSV, 'utf8').toString('base64'),
});
const FULL = { mapping: null, isFullReport: true };

let preview: ImportPreview | null = null;
/** An import read and not yet stored or discarded. */
async function openImport(): Promise<ImportPreview> {
  preview ??= await value<ImportPreview>('imports:read', reportFile(), FULL);
  return preview;
}

async function storedAccountId(): Promise<number> {
  return (await keptCall()).accountId!;
}

function playbookVariant(): Playbook {
  // Small, since every version imported stays stored and every snapshot reads it again.
  return { ...smallPlaybook(), id: 'fuzz-playbook', version: 1 };
}

// ——— Every channel: a valid request, what it may write, how to read it back ———

const CALL_TABLES = ['calls', 'accounts', 'account_contacts', 'follow_ups', 'promises'];
const SEARCH_TABLES = (tables: readonly string[]) =>
  tables.filter((name) => name.includes('_search'));

async function readBackCall(_args: Args, acknowledged: unknown) {
  const call = acknowledged as Call;
  expectSame('call', call, await value<Call>('calls:get', call.id));
}

async function readBackWorklist(_args: Args, acknowledged: unknown) {
  expectSame('worklist', acknowledged, await value<Worklist>('worklist:read'));
}

function specs(allTables: readonly string[]): Record<RequestChannel, ChannelSpec> {
  const callWrites = [...CALL_TABLES, ...SEARCH_TABLES(allTables)];
  return {
    'app:status': { valid: () => [], writes: [] },
    'app:open-data-folder': { valid: () => [], writes: [] },
    'calls:start': {
      valid: async () => {
        // Starting needs no call open.
        const active = await value<{ call: Call } | null>('calls:active');
        if (active) await endedCall();
        return [startInput({ playbookId: defaultArPlaybook.id })];
      },
      writes: callWrites,
      readBack: async (args, acknowledged) => {
        await readBackCall(args, acknowledged);
        const active = await value<{ call: Call }>('calls:active');
        expectSame('open call', acknowledged, active.call);
      },
    },
    'calls:apply': {
      valid: async () => {
        const call = await openCall();
        const commands: CallCommand[] = [
          { type: 'check-step', stepId: firstStep.id },
          { type: 'uncheck-step', stepId: firstStep.id },
          { type: 'edit-notes', notes: 'Promised by Friday.' },
          { type: 'open-branch', branchId: firstBranch.id },
          {
            type: 'set-field',
            sectionId: textField.section.id,
            fieldId: textField.field.id,
            value: 'A value',
          },
          { type: 'set-question', sectionId: firstStep.id, index: 0, isAsked: true },
          { type: 'end', closing: noAnswerClosing(today()) },
        ];
        return [call.id, commands[customerCount % commands.length]];
      },
      writes: callWrites,
      readBack: readBackCall,
    },
    'calls:type': {
      valid: async () => [(await openCall()).id, { type: 'edit-notes', notes: 'Typed.' }],
      writes: callWrites,
    },
    'calls:active': { valid: () => [], writes: [] },
    'calls:get': { valid: async () => [(await keptCall()).id], writes: [] },
    'calls:history': {
      valid: () => [
        {
          search: 'fuzz',
          after: null,
          limit: 20,
          filters: { outcomeId: null, from: null, to: null, accountId: null },
        },
      ],
      writes: [],
    },
    'calls:recap': { valid: async () => [(await keptCall()).id], writes: [] },
    'calls:save-recap': {
      valid: async () => [
        (await keptCall()).id,
        { to: 'ap@example.com', subject: 'Our call today', body: 'Thanks for your time.' },
      ],
      writes: ['calls', ...SEARCH_TABLES(allTables)],
      readBack: async (args, acknowledged) => {
        expectSame('recap', acknowledged, await value('calls:recap', args[0]));
      },
    },
    'calls:recap-draft': { valid: async () => [(await keptCall()).id], writes: [] },
    'calls:open-recap-mail': {
      valid: async () => {
        const { id } = await keptCall();
        // Only a recap with an address can be opened in the mail program.
        await value('calls:save-recap', id, {
          to: 'ap@example.com',
          subject: 'Recap',
          body: 'Hi.',
        });
        return [id];
      },
      writes: [],
    },
    'accounts:pick': { valid: () => ['Fuzz'], writes: [] },
    'accounts:file': { valid: async () => [await storedAccountId()], writes: [] },
    'accounts:timeline': { valid: async () => [await storedAccountId()], writes: [] },
    'imports:read': { valid: () => [reportFile(), FULL], writes: [] },
    'imports:remap': { valid: async () => [(await openImport()).importId, FULL], writes: [] },
    'imports:apply': {
      valid: async () => [(await openImport()).importId],
      writes: allTables.filter((name) => name !== 'settings' && name !== 'playbooks'),
      readBack: async (args) => {
        preview = null;
        // Stored once: the same import cannot be stored again.
        const again = await send('imports:apply', args);
        expect(again.ok).toBe(false);
      },
    },
    'imports:cancel': { valid: async () => [(await openImport()).importId], writes: [] },
    'imports:discard': {
      valid: async () => [(await openImport()).importId],
      writes: [],
      readBack: async (args) => {
        preview = null;
        expect((await send('imports:apply', args)).ok).toBe(false);
      },
    },
    'exports:run': {
      valid: () => [{ scope: { kind: 'follow-ups' }, format: 'csv' }],
      writes: [],
    },
    'exports:cancel': { valid: () => ['export-1'], writes: [] },
    'playbooks:list': { valid: () => [], writes: [] },
    'playbooks:get': {
      valid: () => [defaultArPlaybook.id, defaultArPlaybook.version],
      writes: [],
    },
    'playbooks:import': {
      valid: () => [JSON.stringify(playbookVariant())],
      writes: ['playbooks'],
      readBack: async (_args, acknowledged) => {
        const { playbook } = acknowledged as { playbook: Playbook };
        expectSame(
          'playbook',
          playbook,
          await value('playbooks:get', playbook.id, playbook.version),
        );
      },
    },
    'playbooks:export': { valid: () => [defaultArPlaybook.id], writes: [] },
    'settings:get': { valid: () => [], writes: [] },
    'settings:update': {
      valid: () => [
        {
          coachingMode: 'expert',
          theme: 'dark',
          opacityPercent: 90,
          hotkeys: { 'toggle-overlay': 'Ctrl+Alt+O' },
          foldedWhy: [firstStep.id],
        },
      ],
      writes: ['settings'],
      readBack: async (_args, acknowledged) => {
        expectSame('settings', acknowledged, await value('settings:get'));
      },
    },
    'settings:reset': {
      valid: () => [],
      writes: ['settings'],
      readBack: async (_args, acknowledged) => {
        expectSame('settings', acknowledged, await value('settings:get'));
      },
    },
    'overlay:state': { valid: () => [], writes: [] },
    'overlay:set-click-through': {
      valid: () => [false],
      writes: [],
      readBack: async (_args, acknowledged) => {
        expectSame('overlay', acknowledged, await value('overlay:state'));
      },
    },
    'worklist:read': { valid: () => [], writes: [] },
    'worklist:done': {
      valid: async () => [await openFollowUpId()],
      writes: ['follow_ups'],
      readBack: readBackWorklist,
    },
    'worklist:move': {
      valid: async () => [await openFollowUpId(), localDate(clock.now() + 86_400_000 * 3)],
      writes: ['follow_ups'],
      readBack: readBackWorklist,
    },
    'worklist:mark': {
      valid: async () => [(await promiseCall()).id, 'kept'],
      writes: ['promises', 'follow_ups'],
      readBack: readBackWorklist,
    },
    'retention:count-call': { valid: async () => [(await keptCall()).id], writes: [] },
    'retention:delete-call': {
      // A call of its own: deleting the kept one would leave the other channels without theirs.
      valid: async () => [(await endedCall()).id],
      writes: callWrites,
      readBack: async (args) => {
        const gone = await send('calls:get', [args[0]]);
        expect(!gone.ok && gone.error.code).toBe('not-found');
      },
    },
    'retention:count-account': { valid: async () => [await storedAccountId()], writes: [] },
    'retention:delete-account': {
      valid: async () => [(await endedCall()).accountId],
      writes: allTables.filter((name) => name !== 'settings' && name !== 'playbooks'),
      readBack: async (args) => {
        const gone = await send('accounts:file', [args[0]]);
        expect(!gone.ok && gone.error.code).toBe('not-found');
      },
    },
    'retention:count-older': { valid: () => [12], writes: [] },
  };
}

let channelSpecs: Record<RequestChannel, ChannelSpec>;

beforeAll(async () => {
  fc.configureGlobal({ seed: SEED, endOnFailure: true });
  const dataDir = dirs.make();
  core = createAppCore({
    dataDir,
    publish: () => undefined,
    log: { error: (message, error) => logged.push({ message, error }) },
    host: createFakeHost(),
    clock: clock.now,
    newId: (() => {
      let next = 0;
      return () => `fuzz-${++next}`;
    })(),
    // The minute's checks never fire: nothing writes behind the requests' backs.
    timers: { setInterval: () => 0, clearInterval: () => undefined },
  });
  await core.checked;
  await core.caughtUp;
  reader = new DatabaseSync(path.join(dataDir, DATABASE_FILE_NAME));
  const tables = (
    reader.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[]
  ).map(({ name }) => name);
  channelSpecs = specs(tables);
  await keptCall();
}, 60_000);

afterAll(async () => {
  reader?.close();
  await core?.close();
  dirs.cleanup();
  fc.resetConfigureGlobal();
}, 60_000);

afterEach(async () => {
  // After every batch: main still answers, and no prototype gained a key.
  await expectStillAnswering();
});

function reportOf<Values>(channel: string) {
  return (details: fc.RunDetails<Values>) => {
    if (details.failed) {
      throw new Error(
        `${channel}: fuzzing failed with seed ${SEED} (replay: CALL_COACH_FUZZ_SEED=${SEED}).\n${fc.defaultReportMessage(details) ?? ''}\n${String(details.errorInstance)}`,
      );
    }
  };
}

describe('IPC fuzzing', { timeout: 120_000 }, () => {
  it('refuses requests on channels the contract does not declare', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          hostileString,
          fc.constantFrom(
            '__proto__',
            'constructor',
            'hasOwnProperty',
            'calls:start ',
            'CALLS:START',
          ),
        ),
        hostileArgs,
        async (channel, args) => {
          fc.pre(!(requestChannels as readonly string[]).includes(channel));
          const result = await sendAndCheck(channel, undefined, args);
          expect(!result.ok && result.error.code).toBe('invalid-input');
        },
      ),
      { numRuns: RANDOM_RUNS, reporter: reportOf('unknown channels') },
    );
  });

  describe.each([...requestChannels])('%s', (channel) => {
    it('answers any argument list with a refusal or a request it keeps its word on', async () => {
      const spec = channelSpecs[channel];
      await fc.assert(
        fc.asyncProperty(
          hostileArgs,
          fc.constantFrom<Transport>('ipc', 'json'),
          async (args, transport) => {
            await sendAndCheck(channel, spec, carried(args, transport));
          },
        ),
        { numRuns: RANDOM_RUNS, reporter: reportOf(channel) },
      );
    });

    it('answers near-valid requests (one part changed) the same way', async () => {
      const spec = channelSpecs[channel];
      // The unchanged request must be accepted, or the mutations would test nothing.
      const unchanged = await sendAndCheck(channel, spec, await spec.valid());
      if (!unchanged.ok)
        throw new Error(`The valid ${channel} was refused: ${JSON.stringify(unchanged.error)}`);
      await fc.assert(
        fc.asyncProperty(
          mutation,
          fc.constantFrom<Transport>('ipc', 'json'),
          async (change, transport) => {
            const args = applyMutation(await spec.valid(), change);
            await sendAndCheck(channel, spec, carried(args, transport));
          },
        ),
        { numRuns: NEAR_VALID_RUNS, reporter: reportOf(channel) },
      );
    });
  });
});

describe('what main acknowledges is what it stores', { timeout: 120_000 }, () => {
  // Within storable sizes: what is over a bound is refused, which the properties above cover,
  // and every row stored here is read again by each later snapshot.
  const text = fc.oneof(
    hostileString.filter((candidate) => candidate.length <= 2_000),
    fc.string({ unit: 'binary', maxLength: 40 }),
  );

  it('stores notes typed with any characters exactly as it made them storable', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (notes) => {
        const call = await openCall();
        const result = await sendAndCheck(
          'calls:type',
          channelSpecs['calls:type'],
          [call.id, { type: 'edit-notes', notes }],
          NO_TABLES,
        );
        if (!result.ok) return;
        expect((await value<Call>('calls:get', call.id)).notes).toBe(storableText(notes));
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('calls:type') },
    );
  });

  it('stores a captured value and its field id exactly', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (entered) => {
        const call = await openCall();
        const result = await sendAndCheck(
          'calls:apply',
          channelSpecs['calls:apply'],
          [
            call.id,
            {
              type: 'set-field',
              sectionId: textField.section.id,
              fieldId: textField.field.id,
              value: entered,
            },
          ],
          NO_TABLES,
        );
        if (!result.ok) return;
        const stored = await value<Call>('calls:get', call.id);
        expect(stored.captures[textField.section.id]?.[textField.field.id]).toBe(
          storableText(entered),
        );
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('calls:apply set-field') },
    );
  });

  it('starts calls for any customer name and stores the name as acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(text, text, text, async (customer, contact, invoice) => {
        await channelSpecs['calls:start'].valid();
        const result = await sendAndCheck(
          'calls:start',
          channelSpecs['calls:start'],
          [startInput({ customer, contact, invoice, accountNumber: '' })],
          NO_TABLES,
        );
        if (!result.ok) return;
        const call = result.value as Call;
        expect(call.customer).toBe(storableText(customer).trim());
        expect(call.contact).toBe(storableText(contact).trim());
        // The pick-list finds what was stored, whatever it holds.
        expect((await send('accounts:pick', [call.customer.slice(0, 40)])).ok).toBe(true);
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('calls:start') },
    );
  });

  it('stores a recap with any subject and body as acknowledged', async () => {
    const call = await keptCall();
    await fc.assert(
      fc.asyncProperty(text, text, async (subject, body) => {
        await sendAndCheck(
          'calls:save-recap',
          channelSpecs['calls:save-recap'],
          [call.id, { to: '', subject, body }],
          NO_TABLES,
        );
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('calls:save-recap') },
    );
  });

  it('searches history and accounts for any text without failing', async () => {
    await fc.assert(
      fc.asyncProperty(text, async (search) => {
        const history = await sendAndCheck(
          'calls:history',
          channelSpecs['calls:history'],
          [{ search, after: null, limit: 10 }],
          NO_TABLES,
        );
        const picks = await sendAndCheck(
          'accounts:pick',
          channelSpecs['accounts:pick'],
          [search],
          NO_TABLES,
        );
        // Within the bounds, a search is never refused: any text is something to look for.
        if (search.length <= 200) expect(history.ok).toBe(true);
        if (search.length <= 200) expect(picks.ok).toBe(true);
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('search') },
    );
  });

  it('imports playbooks with hostile text and prototype keys only as acknowledged', async () => {
    await fc.assert(
      fc.asyncProperty(text, hostileValue, async (name, extra) => {
        const playbook = { ...playbookVariant(), name };
        const withProto = JSON.stringify(playbook).replace(
          '{',
          `{"__proto__":${JSON.stringify(extra, jsonSafe) ?? 'null'},`,
        );
        await sendAndCheck(
          'playbooks:import',
          channelSpecs['playbooks:import'],
          [withProto],
          NO_TABLES,
        );
        await sendAndCheck(
          'playbooks:import',
          channelSpecs['playbooks:import'],
          [JSON.stringify(playbook)],
          NO_TABLES,
        );
      }),
      { numRuns: STORED_RUNS, reporter: reportOf('playbooks:import') },
    );
  });
});

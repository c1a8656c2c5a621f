import { isDeepStrictEqual } from 'node:util';
import { keys, YES, type ChildLine, type ImportAck, type Lane } from './crash-loop-protocol';
import type { StoredState } from './crash-loop-store';

/** One stored fact: the value last acknowledged, and values sent since that may have landed. */
interface Fact {
  acked: string | undefined;
  readonly unconfirmed: Set<string>;
}

type Ready = Extract<ChildLine, { t: 'ready' }>;

/** An import's identity as stored: file, kind of report, whether it finished, and its counts. */
function importSignature(fileName: string, isFull: boolean, isFinished: boolean, counts: unknown) {
  return JSON.stringify([fileName, isFull, isFinished, counts]);
}

/**
 * The crash loop's record of what the child was told is stored, and the checks of a killed
 * run's file against it. A write the core acknowledged must be there with exactly the value
 * acknowledged, or with the value of a later write to the same place that was sent but not yet
 * answered when the kill came (it may or may not have landed). After each check the file is
 * the truth the next run starts from.
 */
export class CrashLedger {
  private readonly facts = new Map<string, Fact>();
  private readonly inFlight = new Map<Lane, string>();
  private readonly importsAcked: ImportAck[] = [];
  private endedBefore: ReadonlyMap<string, string> = new Map();
  private openCall: StoredState['openCalls'][number] | null = null;

  /** @param reportInvoices every invoice number each fixture report lists, by file name */
  constructor(private readonly reportInvoices: ReadonlyMap<string, readonly string[]>) {}

  private fact(key: string): Fact {
    let fact = this.facts.get(key);
    if (!fact) {
      fact = { acked: undefined, unconfirmed: new Set() };
      this.facts.set(key, fact);
    }
    return fact;
  }

  record(line: ChildLine): void {
    switch (line.t) {
      case 'send':
        this.inFlight.set(line.lane, line.op);
        for (const write of line.writes) this.fact(write.key).unconfirmed.add(write.value);
        return;
      case 'ack':
        this.inFlight.delete(line.lane);
        // Writes to one place go one after another, so the acknowledged one is the latest.
        for (const write of line.writes) {
          const fact = this.fact(write.key);
          fact.acked = write.value;
          fact.unconfirmed.clear();
        }
        if (line.imported) this.importsAcked.push(line.imported);
        return;
      case 'refused':
        this.inFlight.delete(line.lane);
        return;
      default:
        return;
    }
  }

  /** Every fact the ledger knows of, to be read from the file. */
  factKeys(): string[] {
    return [...this.facts.keys()];
  }

  /** What the file after a kill gets wrong, in words; empty when it holds everything acknowledged. */
  check(state: StoredState): string[] {
    const problems: string[] = [];
    if (!isDeepStrictEqual(state.integrity, ['ok'])) {
      problems.push(`PRAGMA integrity_check says ${JSON.stringify(state.integrity.slice(0, 5))}`);
    }
    if (state.strayFiles.length > 0) {
      problems.push(`files were set aside or left behind: ${state.strayFiles.join(', ')}`);
    }
    for (const [key, fact] of this.facts) {
      if (fact.acked === undefined) continue;
      const stored = state.facts.get(key);
      if (stored === fact.acked || (stored !== undefined && fact.unconfirmed.has(stored))) continue;
      problems.push(
        `${key} was acknowledged as ${JSON.stringify(fact.acked)} but is stored as ${JSON.stringify(stored)}`,
      );
    }
    problems.push(...this.checkOpenCall(state), ...this.checkEndedCalls(state));
    problems.push(...this.checkImports(state));
    if (state.endedWithoutWork.length > 0) {
      problems.push(`ended calls without their follow-ups: ${state.endedWithoutWork.join(', ')}`);
    }
    if (state.keptButOpen.length > 0) {
      problems.push(
        `promises marked kept whose follow-up is still open: ${state.keptButOpen.join(', ')}`,
      );
    }
    return problems;
  }

  private checkOpenCall(state: StoredState): string[] {
    if (state.openCalls.length > 1) {
      return [
        `${state.openCalls.length} calls are open at once: ${state.openCalls.map((call) => call.id).join(', ')}`,
      ];
    }
    const stored = state.openCalls[0]?.id ?? null;
    const expected = this.expectedOpenCall();
    const inFlight = this.inFlight.get('call');
    if (stored === expected) return [];
    // A start or an end sent but not answered may have landed.
    if (
      inFlight === 'start' &&
      expected === null &&
      stored !== null &&
      !state.endedCalls.has(stored)
    )
      return [];
    if (inFlight === 'end' && stored === null) return [];
    return [`the open call should be ${String(expected)} but the file has ${String(stored)}`];
  }

  /** The call acknowledged as started and not acknowledged as ended, if any. */
  private expectedOpenCall(): string | null {
    const open = [...this.facts]
      .filter(([key, fact]) => key.startsWith('started|') && fact.acked !== undefined)
      .map(([key]) => key.slice('started|'.length))
      .filter((id) => this.facts.get(keys.ended(id))?.acked === undefined);
    return open.at(-1) ?? null;
  }

  private checkEndedCalls(state: StoredState): string[] {
    const problems: string[] = [];
    for (const [id, row] of this.endedBefore) {
      const now = state.endedCalls.get(id);
      if (now !== row)
        problems.push(`ended call ${id} changed:\n  before ${row}\n  after  ${String(now)}`);
    }
    return problems;
  }

  private checkImports(state: StoredState): string[] {
    const problems: string[] = [];
    const stored = new Map<string, number>();
    for (const row of state.imports) {
      const signature = importSignature(row.fileName, row.isFull, row.isFinished, row.counts);
      stored.set(signature, (stored.get(signature) ?? 0) + 1);
      if (!row.isFinished || !row.counts) continue;
      // An import that says it finished holds every row its counts promise.
      const { invoices } = row.counts;
      const { listed, changed, reopened, closed } = row.events;
      if (
        listed !== invoices.created ||
        changed + reopened !== invoices.updated ||
        closed !== invoices.closed
      ) {
        problems.push(
          `import ${row.id} of ${row.fileName} finished with counts ${JSON.stringify(invoices)} but stored events ${JSON.stringify(row.events)}`,
        );
      }
    }
    for (const acked of this.importsAcked) {
      const signature = importSignature(
        acked.fileName,
        acked.isFull,
        acked.isComplete,
        acked.counts,
      );
      const left = stored.get(signature) ?? 0;
      if (left === 0) problems.push(`the import acknowledged as ${signature} is not stored`);
      stored.set(signature, left - 1);
      const missing = (this.reportInvoices.get(acked.fileName) ?? []).filter(
        (number) => !state.invoiceNumbers.has(number),
      );
      if (missing.length > 0) {
        problems.push(
          `${acked.fileName} was acknowledged as imported, but invoices ${missing.join(', ')} are missing`,
        );
      }
    }
    return problems;
  }

  /** What the app said when it started again on the checked file, against that file. */
  checkReady(ready: Ready, isAfterKill: boolean): string[] {
    const problems: string[] = [];
    if (ready.notice !== null) problems.push(`the app started with a notice: ${ready.notice}`);
    const reopened = ready.active?.call ?? null;
    const stored = this.openCall;
    if ((reopened?.id ?? null) !== (stored?.id ?? null)) {
      problems.push(
        `the app reopened ${String(reopened?.id ?? null)}, but the open call is ${String(stored?.id ?? null)}`,
      );
      return problems;
    }
    if (!reopened || !stored) return problems;
    if (reopened.notes !== stored.notes) {
      problems.push(
        `the reopened call's notes are ${JSON.stringify(reopened.notes)}, stored ${JSON.stringify(stored.notes)}`,
      );
    }
    if (
      !isDeepStrictEqual(reopened.captures, stored.captures) ||
      !isDeepStrictEqual(reopened.steps, stored.steps)
    ) {
      problems.push(`the reopened call's forms or steps differ from the stored ones`);
    }
    if (isAfterKill && !ready.active?.isRecovered) {
      problems.push('the call open at the kill was not reported as recovered');
    }
    return problems;
  }

  /** Takes the checked file as the truth: whatever was in flight either landed or did not. */
  settle(state: StoredState): void {
    for (const [key, fact] of this.facts) {
      const stored = state.facts.get(key);
      if (stored !== undefined && fact.unconfirmed.has(stored)) fact.acked = stored;
      fact.unconfirmed.clear();
    }
    this.inFlight.clear();
    this.endedBefore = state.endedCalls;
    this.openCall = state.openCalls[0] ?? null;
    // A start that landed without an answer is the call the next run carries on.
    if (this.openCall) this.fact(keys.started(this.openCall.id)).acked = YES;
  }
}

// Timing helpers for the storage bench: samples, percentiles, and a floor measured beside the
// thing it is compared with, so that a noisy machine slows both alike.

import { performance } from 'node:perf_hooks';

export interface Summary {
  readonly count: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
}

/** Nearest-rank percentile of ascending `sorted`. */
function percentile(sorted: readonly number[], p: number): number {
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] ?? Number.NaN;
}

export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted.at(-1) ?? Number.NaN,
  };
}

/** Milliseconds `work` took. */
export function timed(work: () => unknown): number {
  const started = performance.now();
  work();
  return performance.now() - started;
}

/** The floor and the measured path, run in turn `runs` times each, after `warmup` untimed turns. */
export function alternate(
  runs: number,
  floor: (index: number) => unknown,
  measured: (index: number) => unknown,
  warmup = Math.min(20, runs),
): { readonly floor: number[]; readonly measured: number[] } {
  for (let i = 0; i < warmup; i++) {
    floor(i);
    measured(i);
  }
  const samples = { floor: [] as number[], measured: [] as number[] };
  for (let i = 0; i < runs; i++) {
    // Which goes first swaps each turn, so neither always runs right after the other's commit.
    if (i % 2 === 0) {
      samples.floor.push(timed(() => floor(i)));
      samples.measured.push(timed(() => measured(i)));
    } else {
      samples.measured.push(timed(() => measured(i)));
      samples.floor.push(timed(() => floor(i)));
    }
  }
  return samples;
}

/** The median of `values`. */
export function median(values: readonly number[]): number {
  return summarize(values).p50;
}

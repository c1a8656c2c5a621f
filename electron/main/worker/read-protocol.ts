import type { ReadJobName, ReadJobs } from './read-jobs';

/** Main asks the worker for one job. */
export interface ReadRequest<J extends ReadJobName = ReadJobName> {
  readonly id: number;
  readonly job: J;
  readonly input: Parameters<ReadJobs[J]>[0];
  /**
   * Requests in the same lane replace each other: one still waiting when a newer one arrives is
   * answered as superseded without running (a search typed on replaces the one before it).
   */
  readonly lane: string | null;
}

/** Main asks the worker to finish what it is doing, close its connection and stop. */
export interface CloseRequest {
  readonly close: true;
}

/** What main sends the worker. */
export type ReadMessage = ReadRequest | CloseRequest;

/** The worker's answer to one request. */
export type ReadAnswer =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'superseded' }
  | {
      readonly id: number;
      readonly kind: 'failed';
      readonly message: string;
      readonly errcode: number | null;
    };

/** What the worker is started with. */
export interface ReadWorkerData {
  readonly file: string;
}

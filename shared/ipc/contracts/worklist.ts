import type { IsoDate } from '../../domain/calendar';
import type { PromiseMark } from '../../domain/promises';
import type { WorkItem } from '../../domain/worklist';
import { channelList } from './listed';

/** The open follow-ups as main read them, with the day that decides what is overdue. */
export interface Worklist {
  /** The caller's local day when the list was read: overdue, today and upcoming are as of it. */
  readonly today: IsoDate;
  /** Every open follow-up; the view sorts them into sections (`worklistSections`). */
  readonly items: readonly WorkItem[];
}

/** What every window hears when the worklist changes, enough for a count in a title. */
export interface WorklistChange {
  /** Follow-ups due by the end of today, overdue included. */
  readonly dueCount: number;
}

export interface WorklistRequests {
  'worklist:read': () => Worklist;
  /** Closes one follow-up as done; refused when it is no longer open. */
  'worklist:done': (followUpId: string) => Worklist;
  /** Moves one follow-up to another day (snooze or a new date); it is told of again then. */
  'worklist:move': (followUpId: string, dueOn: IsoDate) => Worklist;
  /** Sets the promise a call took as kept or broken by hand, whatever the reports say. */
  'worklist:mark': (callId: string, mark: PromiseMark) => Worklist;
}

export interface WorklistEvents {
  'worklist:changed': WorklistChange;
}

export const worklistRequestChannels = channelList<WorklistRequests>()(
  'worklist:read',
  'worklist:done',
  'worklist:move',
  'worklist:mark',
);
export const worklistEventChannels = channelList<WorklistEvents>()('worklist:changed');

import { daysBetween, formatIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import type { WorkWhen } from '../../../shared/domain/worklist';

/** The worklist's section headings. */
export const SECTION_TITLES: Readonly<Record<WorkWhen, string>> = {
  overdue: 'Overdue',
  today: 'Due today',
  upcoming: 'Upcoming',
};

const daysInWords = (days: number): string => (days === 1 ? '1 day' : `${days} days`);

/** When a follow-up is due, as a row says it on `today`: "3 days overdue", "today", "on Fri, Dec 4, 2026". */
export function dueInWords(dueOn: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `${daysInWords(-days)} overdue`;
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  return `on ${formatIsoDate(dueOn)}`;
}

/** The same, after "due": "due today", "due Fri, Nov 20, 2026 (3 days overdue)". */
export function dueLine(dueOn: IsoDate, today: IsoDate): string {
  const days = daysBetween(today, dueOn);
  if (days < 0) return `due ${formatIsoDate(dueOn)} (${dueInWords(dueOn, today)})`;
  if (days <= 1) return `due ${dueInWords(dueOn, today)}`;
  return `due ${formatIsoDate(dueOn)}`;
}

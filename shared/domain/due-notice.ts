import { listInWords } from './text';
import { whenDue, type WorkItem } from './worklist';

/** One desktop notification for every follow-up that fell due since the last one. */
export interface DueNotice {
  /** The follow-ups it tells of: each is told of once. */
  readonly ids: readonly string[];
  readonly title: string;
  readonly body: string;
}

/** How many customers a notice names before it counts the rest. */
const NAMED_MAX = 2;

/**
 * What to tell the caller on one minute's check: every follow-up due by the end of `today` that
 * has not been told of (`told` holds those a notice or the open worklist already showed), as
 * one notice; null when there is none, so a minute with nothing new stays quiet. Broken
 * promises are named first.
 */
export function dueNotice(
  items: readonly WorkItem[],
  told: ReadonlySet<string>,
  today: string,
): DueNotice | null {
  const fresh = items
    .filter((item) => !told.has(item.id) && whenDue(item.dueOn, today) !== 'upcoming')
    .sort((a, b) => Number(b.isBrokenPromise) - Number(a.isBrokenPromise));
  if (fresh.length === 0) return null;
  const customers = [...new Set(fresh.map((item) => item.customer))];
  const named = customers.slice(0, NAMED_MAX);
  const others = customers.length - named.length;
  const who = listInWords(
    others > 0 ? [...named, `${others} other ${others === 1 ? 'account' : 'accounts'}`] : named,
  );
  const broken = fresh.filter((item) => item.isBrokenPromise).length;
  return {
    ids: fresh.map((item) => item.id),
    title: fresh.length === 1 ? '1 follow-up is due' : `${fresh.length} follow-ups are due`,
    body:
      broken > 0
        ? `${who}. ${broken === 1 ? 'A promise was' : `${broken} promises were`} not kept.`
        : `${who}.`,
  };
}

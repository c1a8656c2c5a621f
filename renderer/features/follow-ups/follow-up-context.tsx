import type { IsoDate } from '../../../shared/domain/calendar';
import type { WorkItem } from '../../../shared/domain/worklist';
import { BrokenPromiseMark } from './broken-promise-mark';
import { dueLine } from './work-item-text';

/**
 * Which follow-up a call is about, on the start form and the live call: the caller should not
 * have to remember why they are ringing, least of all about a promise that was not kept.
 */
export function FollowUpContext({ item, today }: { item: WorkItem; today: IsoDate }) {
  return (
    <p className="follow-up-context">
      {item.isBrokenPromise && <BrokenPromiseMark />}
      <span>
        Following up: {item.what}, {dueLine(item.dueOn, today)}
      </span>
    </p>
  );
}

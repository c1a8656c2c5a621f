import type { ReactNode } from 'react';
import type { PromiseMark } from '../../../shared/domain/promises';
import type { IsoDate } from '../../../shared/domain/calendar';
import { formatMoney } from '../../../shared/domain/money';
import type { WorkItem } from '../../../shared/domain/worklist';
import { BrokenPromiseMark } from './broken-promise-mark';
import { MoveDateForm } from './move-date-form';
import { dueInWords } from './work-item-text';

export interface WorkRowProps {
  readonly item: WorkItem;
  readonly today: IsoDate;
  /** Whether Tab lands on this row: one row of the list is reachable at a time. */
  readonly isTabStop: boolean;
  readonly isMoving: boolean;
  readonly onFocus: () => void;
  readonly onCall: () => void;
  readonly onDone: () => void;
  readonly onSnooze: () => void;
  readonly onStartMove: () => void;
  readonly onMove: (dueOn: IsoDate) => void;
  readonly onCancelMove: () => void;
  /** Marks the promise a promise's follow-up is about (only promise rows offer it). */
  readonly onMark: (mark: PromiseMark) => void;
}

/**
 * One of a row's actions for the mouse, left out of the Tab order (the row takes its key), so a
 * keyboard user tabs past the list in one press.
 */
function RowAction(props: {
  readonly keys: string;
  readonly title?: string;
  readonly onClick: () => void;
  readonly children: ReactNode;
}) {
  return (
    <button
      type="button"
      className="button button--quiet"
      tabIndex={-1}
      aria-keyshortcuts={props.keys}
      title={props.title}
      onClick={props.onClick}
    >
      {props.children}
    </button>
  );
}

/** The element id of a follow-up's row, for moving focus to it. */
export const workRowId = (id: string): string => `work-row-${id}`;

/**
 * One follow-up: who, what, when, how much. The row itself takes the keys (the list handles
 * them); the buttons are the same actions for the mouse, left out of the Tab order so a
 * keyboard user tabs past the list in one press.
 */
export function WorkRow(props: WorkRowProps) {
  const { item, today, isTabStop, isMoving } = props;
  return (
    <li
      id={workRowId(item.id)}
      className={item.isBrokenPromise ? 'work-row work-row--broken' : 'work-row'}
      tabIndex={isTabStop ? 0 : -1}
      data-work-id={item.id}
      aria-keyshortcuts={item.kind === 'promise' ? 'Enter D S M K B' : 'Enter D S M'}
      onFocus={props.onFocus}
    >
      <div className="work-row__text">
        <p className="work-row__head">
          <span className="work-row__customer">{item.customer}</span>
          {item.isBrokenPromise && <BrokenPromiseMark />}
        </p>
        <p className="work-row__what">{item.what}</p>
        <p className="work-row__when">
          {dueInWords(item.dueOn, today)}
          {item.amountCents !== null && ` · ${formatMoney(item.amountCents)}`}
        </p>
      </div>
      {isMoving ? (
        <MoveDateForm
          id={`move-${item.id}`}
          today={today}
          onMove={props.onMove}
          onCancel={props.onCancelMove}
        />
      ) : (
        <div className="work-row__actions">
          <RowAction keys="Enter" onClick={props.onCall}>
            Call
          </RowAction>
          <RowAction keys="D" onClick={props.onDone}>
            Done
          </RowAction>
          <RowAction keys="S" title="Snooze to tomorrow" onClick={props.onSnooze}>
            Snooze
          </RowAction>
          <RowAction keys="M" onClick={props.onStartMove}>
            Move
          </RowAction>
          {item.kind === 'promise' && (
            <>
              <RowAction
                keys="K"
                title="Mark the promise kept"
                onClick={() => props.onMark('kept')}
              >
                Kept
              </RowAction>
              <RowAction
                keys="B"
                title="Mark the promise broken"
                onClick={() => props.onMark('broken')}
              >
                Broken
              </RowAction>
            </>
          )}
        </div>
      )}
    </li>
  );
}

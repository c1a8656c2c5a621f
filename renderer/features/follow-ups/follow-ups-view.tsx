import { useEffect, useMemo, useState, type KeyboardEvent } from 'react';
import type { IsoDate } from '../../../shared/domain/calendar';
import { worklistSections, type WorkItem } from '../../../shared/domain/worklist';
import { useCallState, useStores, useWorklistState } from '../../app/stores';
import { START_CALL_BUTTON_ID } from '../call/call-element-ids';
import { focusWhenShown } from '../keyboard/focus';
import { WorkRow, workRowId } from './work-row';
import { SECTION_TITLES } from './work-item-text';
import { ExportControl } from '../exports/export-control';

const HEADING_ID = 'follow-ups-heading';
const NO_ITEMS: readonly WorkItem[] = [];

/**
 * Where the keyboard goes once `actedId` has been dealt with: the row that now stands where it
 * stood (the next one still listed), else the one before it, else the row itself if it is still
 * listed (moved, but the only one); null when the list is empty.
 */
function rowTakingPlace(
  before: readonly WorkItem[],
  after: readonly WorkItem[],
  actedId: string,
): string | null {
  const listed = new Set(after.map((item) => item.id));
  const at = before.findIndex((item) => item.id === actedId);
  const later = before.slice(at + 1).find((item) => listed.has(item.id));
  const earlier = before
    .slice(0, Math.max(at, 0))
    .reverse()
    .find((item) => listed.has(item.id));
  return later?.id ?? earlier?.id ?? (listed.has(actedId) ? actedId : null);
}

/**
 * The worklist: what the caller's calls left to do, overdue first, then today, then later, each
 * in the order collectors work. The rows are one keyboard list: ↑ and ↓ move, Enter calls, D
 * marks done, S snoozes to tomorrow, M moves to a date typed in the row.
 */
export function FollowUpsView() {
  const stores = useStores();
  const worklist = useWorklistState((state) => state.worklist);
  const status = useWorklistState((state) => state.status);
  const error = useWorklistState((state) => state.error);
  const actions = useWorklistState((state) => state.actions);
  const hasCall = useCallState((state) => state.call !== null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [movingId, setMovingId] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A new object each time, so asking for the same element twice focuses it twice.
  const [focusTarget, setFocusTarget] = useState<{ readonly id: string } | null>(null);

  useEffect(() => actions.connect(), [actions]);

  useEffect(() => {
    if (focusTarget) document.getElementById(focusTarget.id)?.focus();
  }, [focusTarget]);

  const today: IsoDate | null = worklist?.today ?? null;
  const sections = useMemo(
    () => (worklist ? worklistSections(worklist.items, worklist.today) : []),
    [worklist],
  );
  const ordered = useMemo(() => sections.flatMap((section) => section.items), [sections]);
  const tabStopId = ordered.some((item) => item.id === activeId)
    ? activeId
    : (ordered[0]?.id ?? null);

  function focusRow(id: string) {
    setActiveId(id);
    setFocusTarget({ id: workRowId(id) });
  }

  async function act(item: WorkItem, run: () => Promise<boolean>) {
    setNotice(null);
    const before = ordered;
    if (!(await run())) return;
    setMovingId(null);
    const after = stores.worklist.getState().worklist?.items ?? NO_ITEMS;
    const next = rowTakingPlace(before, after, item.id);
    if (next === null) setFocusTarget({ id: HEADING_ID });
    else focusRow(next);
  }

  function startCall(item: WorkItem) {
    if (hasCall) {
      setNotice('A call is in progress. End it before starting this follow-up.');
      return;
    }
    stores.call.getState().actions.prepareFollowUp(item);
    stores.app.getState().actions.show('call');
    focusWhenShown(START_CALL_BUTTON_ID);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.ctrlKey || event.altKey || event.metaKey) return;
    // Only the row itself takes these keys: in the date box or on a button they are theirs.
    const row = event.target;
    if (!(row instanceof HTMLElement) || row.dataset.workId === undefined) return;
    const index = ordered.findIndex((item) => item.id === row.dataset.workId);
    const item = ordered[index];
    if (!item) return;
    const goTo = (target: WorkItem | undefined) => target && focusRow(target.id);
    switch (event.key) {
      case 'ArrowDown':
        goTo(ordered[index + 1]);
        break;
      case 'ArrowUp':
        goTo(ordered[index - 1]);
        break;
      case 'Home':
        goTo(ordered[0]);
        break;
      case 'End':
        goTo(ordered[ordered.length - 1]);
        break;
      case 'Enter':
        startCall(item);
        break;
      case 'd':
      case 'D':
        void act(item, () => actions.done(item));
        break;
      case 's':
      case 'S':
        void act(item, () => actions.snooze(item));
        break;
      case 'm':
      case 'M':
        setMovingId(item.id);
        break;
      case 'k':
      case 'K':
        if (item.kind !== 'promise') return;
        void act(item, () => actions.markPromise(item, 'kept'));
        break;
      case 'b':
      case 'B':
        if (item.kind !== 'promise') return;
        void act(item, () => actions.markPromise(item, 'broken'));
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  const line = notice ?? status ?? '';
  return (
    <section className="follow-ups" aria-labelledby={HEADING_ID}>
      <h2 id={HEADING_ID} tabIndex={-1}>
        Follow-ups
      </h2>
      {/* Always rendered, so screen readers announce the text when it changes. */}
      <p className={line ? 'notice' : 'visually-hidden'} role="status">
        {line}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {today === null ? (
        !error && <p className="loading">Loading…</p>
      ) : ordered.length === 0 ? (
        <p className="empty">
          Nothing to follow up on. When a call leaves something to do, it will be listed here.
        </p>
      ) : (
        <>
          <p className="field__hint follow-ups__keys">
            ↑ ↓ move · Enter call · D done · S snooze to tomorrow · M move to a date · on a promise,
            K kept · B broken
          </p>
          <div className="follow-ups__list" onKeyDown={handleKeyDown}>
            {sections.map(({ when, items }) => (
              <section key={when} className="follow-ups__section">
                <h3 id={`follow-ups-${when}`}>
                  {SECTION_TITLES[when]} ({items.length})
                </h3>
                <ul aria-labelledby={`follow-ups-${when}`}>
                  {items.map((item) => (
                    <WorkRow
                      key={item.id}
                      item={item}
                      today={today}
                      isTabStop={item.id === tabStopId}
                      isMoving={item.id === movingId}
                      onFocus={() => setActiveId(item.id)}
                      onCall={() => startCall(item)}
                      onDone={() => void act(item, () => actions.done(item))}
                      onSnooze={() => void act(item, () => actions.snooze(item))}
                      onStartMove={() => setMovingId(item.id)}
                      onMove={(dueOn) => void act(item, () => actions.move(item, dueOn))}
                      onMark={(mark) => void act(item, () => actions.markPromise(item, mark))}
                      onCancelMove={() => {
                        setMovingId(null);
                        focusRow(item.id);
                      }}
                    />
                  ))}
                </ul>
              </section>
            ))}
          </div>
          <ExportControl
            origin="follow-ups"
            scope={{ kind: 'follow-ups' }}
            label="Export follow-ups"
          />
        </>
      )}
    </section>
  );
}

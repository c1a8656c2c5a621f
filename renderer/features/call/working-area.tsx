import { useEffect, useRef } from 'react';
import { findBranch, type Playbook } from '../../../shared/domain/playbook';
import { useCallState, useWorkAreaState } from '../../app/stores';
import { WRAP_UP_ID } from './call-element-ids';
import { CoachCard } from './coach-card';
import { SituationForm } from './situation-form';
import { useLiveCall } from './use-live-call';
import { WrapUp } from './wrap-up';

/**
 * The one working area of the call, between the call bar and the notes: the wrap-up while the
 * caller ends the call, else the open situation the caller is in, else the current step's coach
 * card. One thing at a time takes the space, so what is being filled in is always in view.
 */
export function WorkingArea({ playbook }: { playbook: Playbook }) {
  const isWrappingUp = useCallState((state) => state.isWrappingUp);
  const focus = useWorkAreaState((state) => state.focus);
  const shownBranchId = useLiveCall((call) =>
    focus.kind === 'situation' && call.branches.some((branch) => branch.branchId === focus.branchId)
      ? focus.branchId
      : null,
  );
  const branch = shownBranchId ? findBranch(playbook, shownBranchId) : undefined;
  const areaRef = useWorkAreaFocus();
  return (
    <div className="work-area" ref={areaRef}>
      {isWrappingUp ? (
        <div id={WRAP_UP_ID}>
          <WrapUp playbook={playbook} />
        </div>
      ) : branch ? (
        <SituationForm key={branch.id} playbook={playbook} branch={branch} />
      ) : (
        <CoachCard playbook={playbook} />
      )}
    </div>
  );
}

/**
 * Focus in the working area. New content (the next step's card, a form) starts at its top. The
 * card's head (title and prompt) stays pinned at the top of the area; the area's scroll padding
 * follows its height, so a field that takes focus scrolls into view below it, label and all,
 * never under it. And when what had focus goes with the content it was in (checking a step
 * brings the next step's card), focus moves to the new content's main button instead of falling
 * out of the window.
 */
function useWorkAreaFocus() {
  const areaRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const area = areaRef.current;
    if (!area || typeof ResizeObserver === 'undefined') return;
    const follow = () => {
      const head = area.querySelector<HTMLElement>('.work-area__head');
      if (!head) {
        area.style.scrollPaddingTop = '';
        return;
      }
      // Room for the focused field's label too, which sits above the input that takes focus,
      // as long as a field still fits below (at the largest text the area is small).
      const em = parseFloat(getComputedStyle(area).fontSize);
      const padding = Math.min(
        head.offsetHeight + 1.6 * em,
        Math.max(head.offsetHeight, area.clientHeight - 4.5 * em),
      );
      area.style.scrollPaddingTop = `${padding}px`;
    };
    const observer = new ResizeObserver(follow);
    // Whether the last thing focused in the window is in this area (it may be gone since).
    let hadFocus = false;
    const noteFocus = () => {
      hadFocus = area.contains(document.activeElement);
    };
    const watchHead = () => {
      // New content (another step's card, a form, the wrap-up) starts at its top.
      area.scrollTop = 0;
      observer.disconnect();
      observer.observe(area);
      const head = area.querySelector('.work-area__head');
      if (head) observer.observe(head);
      follow();
      if (hadFocus && document.activeElement === document.body) {
        area
          .querySelector<HTMLElement>('.coach-card__actions button:last-child, h3[tabindex="-1"]')
          ?.focus();
      }
      noteFocus();
    };
    // The head is replaced when the area switches between the card and a form.
    const mutations = new MutationObserver(watchHead);
    mutations.observe(area, { childList: true });
    document.addEventListener('focusin', noteFocus);
    watchHead();
    return () => {
      observer.disconnect();
      mutations.disconnect();
      document.removeEventListener('focusin', noteFocus);
    };
  }, []);
  return areaRef;
}

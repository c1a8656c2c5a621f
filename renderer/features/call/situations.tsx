import { useState } from 'react';
import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { findBranch, type Playbook } from '../../../shared/domain/playbook';
import type { CoachingMode } from '../../../shared/domain/settings';
import { useCallState } from '../../app/stores';
import { BranchSection } from './branch-section';
import { SituationToolbar, situationButtonId } from './situation-toolbar';
import { useBranchShortcuts } from './use-branch-shortcuts';

export interface SituationsProps {
  readonly call: Call;
  readonly playbook: Playbook;
  readonly mode: CoachingMode;
  readonly today: IsoDate;
}

/**
 * The situations a call can turn into: a button (and a shortcut) for each, and the forms of the
 * open ones, the latest last. Opening one takes the caller straight to its first field.
 */
export function Situations({ call, playbook, mode, today }: SituationsProps) {
  const openBranch = useCallState((state) => state.actions.openBranch);
  const closeBranch = useCallState((state) => state.actions.closeBranch);
  const [focusTarget, setFocusTarget] = useState({ branchId: '', request: 0 });
  const openIds = call.branches.map((branch) => branch.branchId);

  function handleOpen(branchId: string) {
    // An open situation is not reopened (that would reorder the forms); the caller goes to it.
    if (!openIds.includes(branchId)) void openBranch(branchId);
    setFocusTarget((current) => ({ branchId, request: current.request + 1 }));
  }
  useBranchShortcuts(playbook.branches, handleOpen);

  function handleClose(branchId: string) {
    void closeBranch(branchId);
    document.getElementById(situationButtonId(branchId))?.focus();
  }

  return (
    <div className="situations">
      <SituationToolbar branches={playbook.branches} openIds={openIds} onOpen={handleOpen} />
      {call.branches.map(({ branchId }) => {
        const branch = findBranch(playbook, branchId);
        if (!branch) return null;
        return (
          <BranchSection
            key={branchId}
            call={call}
            playbook={playbook}
            branch={branch}
            mode={mode}
            today={today}
            focusRequest={focusTarget.branchId === branchId ? focusTarget.request : 0}
            onClose={handleClose}
          />
        );
      })}
    </div>
  );
}

import type { Playbook } from '../../../shared/domain/playbook';
import { useStores } from '../../app/stores';
import { quickEnd, showSituation } from '../keyboard/commands';
import { SituationToolbar } from './situation-toolbar';
import { useLiveCall } from './use-live-call';
import { useSituationKeys } from './use-situation-keys';

const NO_BRANCHES: readonly { readonly branchId: string }[] = [];

/**
 * The situations a call can turn into: a button (and keys) for each, marked while open. Opening
 * one shows its form in the working area and takes the caller to its first field. The quick
 * endings' keys (no answer, voicemail) live here too: they belong to the same playbook.
 */
export function Situations({ playbook }: { playbook: Playbook }) {
  const stores = useStores();
  const open = useLiveCall((call) => call.branches) ?? NO_BRANCHES;
  useSituationKeys(playbook.branches, playbook.outcomes, {
    onOpen: (branchId) => showSituation(stores, branchId, true),
    onQuickEnd: (outcomeId) => void quickEnd(stores, outcomeId),
  });
  return (
    <SituationToolbar
      branches={playbook.branches}
      openIds={open.map((branch) => branch.branchId)}
      onOpen={(branchId) => showSituation(stores, branchId, true)}
    />
  );
}

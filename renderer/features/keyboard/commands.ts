import { assertNever, type Call } from '../../../shared/domain/call';
import { BRANCH_OF_ACTION, type HotkeyAction } from '../../../shared/domain/hotkeys';
import { findBranch, type Playbook } from '../../../shared/domain/playbook';
import type { Stores } from '../../app/stores';
import { WRAP_UP_ID } from '../call/active-call';
import { firstFieldOf, situationSectionId } from '../call/branch-section';
import { NOTES_FIELD_ID } from '../call/notes-editor';
import { START_FORM_FIRST_FIELD_ID } from '../call/start-call-form';
import { stepCheckboxId } from '../call/step-item';
import { snapshotKey } from '../playbooks/playbook-store';
import { announce } from './announcer';
import { requestCheatSheet } from './cheat-sheet-requests';
import { firstFieldIn, focusWhenShown, revealWhenShown } from './focus';

/** The header's "Compact" button and the compact line's "Expand", so focus can go between them. */
export const SWITCH_TO_COMPACT_ID = 'switch-to-compact';
export const SWITCH_TO_EXPANDED_ID = 'switch-to-expanded';

/** The button that opens the cheat sheet, where focus goes when the sheet closes. */
export const KEYS_BUTTON_ID = 'keys-button';

const NO_CALL = 'No call in progress.';

/** How callers know the situations the hotkeys open, to say which one a playbook lacks. */
const SITUATION_NAMES = {
  'open-check-in-mail': 'Check in the mail',
  'open-promise-to-pay': 'Promise to pay',
  'open-dispute': 'Dispute',
} as const satisfies Partial<Record<HotkeyAction, string>>;

type SituationAction = keyof typeof SITUATION_NAMES;

/**
 * Runs one hotkey action, whether it was pressed in the window or passed on by main from another
 * app. Commands that need a form bring up the expanded call view first; focus moves only into
 * what the caller asked to type in.
 */
export async function runCommand(stores: Stores, action: HotkeyAction): Promise<void> {
  switch (action) {
    case 'start-or-end-call':
      return startOrEndCall(stores);
    case 'check-step':
      return withCall(stores, () => stores.call.getState().actions.checkCurrentStep());
    case 'previous-step':
      return withCall(stores, () => stores.call.getState().actions.previousStep());
    case 'open-check-in-mail':
    case 'open-promise-to-pay':
    case 'open-dispute':
      return openSituation(stores, action);
    case 'focus-notes':
      return withCall(stores, () => focusNotes(stores));
    case 'toggle-layout':
      return toggleLayout(stores);
    case 'toggle-click-through':
      return toggleClickThrough(stores);
    case 'toggle-overlay':
      // Main shows and hides the window itself; inside it there is nothing to do.
      return;
    default:
      return assertNever(action);
  }
}

/** Goes to step `number` (from 1) of the call: its checkbox gets focus. */
export function goToStep(stores: Stores, number: number): void {
  const step = stores.call.getState().call?.steps[number - 1];
  if (!step) return;
  showCallView(stores);
  focusWhenShown(stepCheckboxId(step.stepId));
}

/** Opens the cheat sheet, in the expanded layout: the compact line is too small to read it in. */
export function showKeys(stores: Stores): void {
  void expand(stores);
  requestCheatSheet();
}

async function withCall(stores: Stores, run: () => void | Promise<void>): Promise<void> {
  if (!stores.call.getState().call) {
    announce(NO_CALL);
    return;
  }
  await run();
}

async function expand(stores: Stores): Promise<void> {
  const { settings, actions } = stores.settings.getState();
  if (settings.layout !== 'compact') return;
  const refusal = await actions.update({ layout: 'expanded' });
  if (refusal) announce(`Call Coach could not switch to the expanded layout: ${refusal}`);
}

/** The expanded call view, where the forms are. Settings apply at once, so it shows next render. */
function showCallView(stores: Stores): void {
  void expand(stores);
  stores.app.getState().actions.show('call');
}

function startOrEndCall(stores: Stores): void {
  showCallView(stores);
  const { call, actions } = stores.call.getState();
  if (!call) {
    focusWhenShown(START_FORM_FIRST_FIELD_ID);
    return;
  }
  actions.openWrapUp();
  focusWhenShown(() => firstFieldIn(document.getElementById(WRAP_UP_ID)));
}

function focusNotes(stores: Stores): void {
  showCallView(stores);
  focusWhenShown(NOTES_FIELD_ID);
}

/** The playbook snapshot the call uses, fetched if this window has not seen it yet. */
async function playbookOf(stores: Stores, call: Call): Promise<Playbook | undefined> {
  const key = snapshotKey(call.playbookId, call.playbookVersion);
  const { snapshots, actions } = stores.playbooks.getState();
  if (snapshots[key]) return snapshots[key];
  await actions.ensureSnapshot(call.playbookId, call.playbookVersion);
  return stores.playbooks.getState().snapshots[key];
}

async function openSituation(stores: Stores, action: SituationAction): Promise<void> {
  const branchId = BRANCH_OF_ACTION[action];
  if (!branchId) return;
  const call = stores.call.getState().call;
  if (!call) {
    announce(NO_CALL);
    return;
  }
  // Pressed from another app, the window shows without the keyboard: the form comes into view,
  // and the caller's typing stays in the app they are in.
  const isTypingHere = document.hasFocus();
  const playbook = await playbookOf(stores, call);
  // The call view already says when its playbook cannot be loaded.
  if (!playbook || stores.call.getState().call?.id !== call.id) return;
  if (!findBranch(playbook, branchId)) {
    announce(`This call’s playbook has no “${SITUATION_NAMES[action]}” situation.`);
    return;
  }
  showCallView(stores);
  // An open situation is not reopened (that would reorder the forms); the caller goes to it.
  const isOpen = call.branches.some((branch) => branch.branchId === branchId);
  if (!isOpen) void stores.call.getState().actions.openBranch(branchId);
  const section = () => document.getElementById(situationSectionId(branchId));
  if (isTypingHere) {
    focusWhenShown(() => {
      const shown = section();
      return shown && firstFieldOf(shown);
    });
  } else {
    revealWhenShown(section);
  }
}

async function toggleLayout(stores: Stores): Promise<void> {
  const { settings, actions } = stores.settings.getState();
  // The whole window changes, so focus would fall out of it: it goes to the other layout's
  // switch, unless the caller is elsewhere (another app, or a dialog that stays open).
  const active = document.activeElement;
  const isFocusInLayout = document.hasFocus() && !active?.closest('dialog[open]');
  const layout = settings.layout === 'compact' ? 'expanded' : 'compact';
  const updating = actions.update({ layout });
  if (isFocusInLayout) {
    // The switch that leads back, in the layout just opened.
    focusWhenShown(layout === 'compact' ? SWITCH_TO_EXPANDED_ID : SWITCH_TO_COMPACT_ID);
  }
  const refusal = await updating;
  if (refusal) announce(`Call Coach could not switch the layout: ${refusal}`);
}

async function toggleClickThrough(stores: Stores): Promise<void> {
  const { overlay, actions } = stores.overlay.getState();
  const refusal = await actions.setClickThrough(!(overlay?.clickThrough ?? false));
  if (refusal) announce(refusal);
}

import { assertNever, type Call } from '../../../shared/domain/call';
import { BRANCH_OF_ACTION, type HotkeyAction } from '../../../shared/domain/hotkeys';
import { findBranch, type Playbook } from '../../../shared/domain/playbook';
import type { Stores } from '../../app/stores';
import { localDate } from '../../../shared/domain/calendar';
import { quickClosing } from '../../../shared/domain/closing';
import {
  firstFieldOf,
  NOTES_FIELD_ID,
  situationSectionId,
  START_FORM_FIRST_FIELD_ID,
  stepCheckboxId,
  WRAP_UP_ID,
} from '../call/call-element-ids';
import { snapshotKey } from '../playbooks/playbook-store';
import { announce } from './announcer';
import { requestCheatSheet } from './cheat-sheet-requests';
import { firstFieldIn, focusWhenShown, revealWhenShown } from './focus';

/** The header's "Compact" button and the compact line's "Expand", so focus can go between them. */
export const SWITCH_TO_COMPACT_ID = 'switch-to-compact';
export const SWITCH_TO_EXPANDED_ID = 'switch-to-expanded';

/** The button that opens the cheat sheet, where focus goes when the sheet closes. */
export const KEYS_BUTTON_ID = 'keys-button';

/** The header's menu button, which holds the coaching mode, the layout switch and the keys. */
export const MENU_BUTTON_ID = 'app-menu-button';

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
  showSituation(stores, branchId, isTypingHere);
}

/**
 * Shows a situation's form in the working area, opening the situation first if it is not open
 * (an open one is not opened again: what was filled in stays as it is). With `takeFocus`, typing
 * continues in its first field; without, the form only comes into view.
 */
export function showSituation(stores: Stores, branchId: string, takeFocus: boolean): void {
  const call = stores.call.getState().call;
  if (!call) return;
  showCallView(stores);
  if (!call.branches.some((branch) => branch.branchId === branchId)) {
    void stores.call.getState().actions.openBranch(branchId);
  }
  stores.workArea.getState().actions.showSituation(branchId);
  const section = () => document.getElementById(situationSectionId(branchId));
  if (takeFocus) {
    focusWhenShown(() => {
      const shown = section();
      return shown && firstFieldOf(shown);
    });
  } else {
    revealWhenShown(section);
  }
}

/**
 * Ends the call at once with a quick outcome (no answer, voicemail, wrong contact), to try again
 * the next business day; what was typed is saved first. The call view then says where it went.
 */
export async function quickEnd(stores: Stores, outcomeId: string): Promise<void> {
  const call = stores.call.getState().call;
  if (!call) {
    announce(NO_CALL);
    return;
  }
  const playbook = await playbookOf(stores, call);
  if (!playbook) return;
  const closing = quickClosing(outcomeId, playbook, call, localDate(Date.now()));
  if (!closing) return;
  // The start form takes focus by itself once the call is gone, unless the caller is elsewhere.
  if (await stores.call.getState().actions.end(closing)) {
    announce(`Call ended: ${closing.outcomeLabel}. Saved to History.`);
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
    // The control that leads back, in the layout just opened (the header's menu holds Compact).
    focusWhenShown(layout === 'compact' ? SWITCH_TO_EXPANDED_ID : MENU_BUTTON_ID);
  }
  const refusal = await updating;
  if (refusal) announce(`Call Coach could not switch the layout: ${refusal}`);
}

async function toggleClickThrough(stores: Stores): Promise<void> {
  const { overlay, actions } = stores.overlay.getState();
  const refusal = await actions.setClickThrough(!(overlay?.clickThrough ?? false));
  if (refusal) announce(refusal);
}

// Where things are in the call view, for the keyboard commands that bring the caller to them.
// A module of its own, so commands and components can both use it without importing each other.

/** A step's checkbox in the step strip. */
export const stepCheckboxId = (stepId: string): string => `step-${stepId}`;

/** A situation's button in the situations toolbar. */
export const situationButtonId = (branchId: string): string => `situation-button-${branchId}`;

/** An open situation's form, when the working area shows it. */
export const situationSectionId = (branchId: string): string => `situation-${branchId}`;

/** The coach card's heading: the current step's title. */
export const COACH_CARD_HEADING_ID = 'coach-card-heading';

/** Where the wrap-up shows. */
export const WRAP_UP_ID = 'wrap-up';

/** End call, under the notes. */
export const END_CALL_BUTTON_ID = 'end-call';

/** The notes box. */
export const NOTES_FIELD_ID = 'call-notes';

/** The start form's first field. */
export const START_FORM_FIRST_FIELD_ID = 'start-customer';

/** The start form's Start call button, where a follow-up picked from the worklist lands. */
export const START_CALL_BUTTON_ID = 'start-call';

/** Where typing starts in an open situation: its form's first field, or its heading if it has none. */
export function firstFieldOf(section: HTMLElement): HTMLElement | null {
  return (
    section.querySelector<HTMLElement>('.capture input, .capture select, .capture textarea') ??
    section.querySelector<HTMLElement>('h3')
  );
}

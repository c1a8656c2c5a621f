// The playbook steps the account memory speaks in, by their ids in the default playbook.

/** Before dialling: the step that shows the account card. */
export const ACCOUNT_CARD_STEP_ID = 'prepare';

/** Give recognition: the step whose phrases start with what the account shows to thank them for. */
export const RECOGNITION_STEP_ID = 'recognition';

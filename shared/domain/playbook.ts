/** The kinds of answer a capture field holds; each has its own input and its own checks. */
export const FIELD_TYPES = ['text', 'date', 'money', 'number', 'choice'] as const;

interface FieldBase {
  /** Unique within its step or branch; the key the value is stored under. */
  readonly id: string;
  readonly label: string;
  /** A short line under the input: an example, or what the value is for. */
  readonly hint?: string;
  /**
   * The question this field answers ("When was it mailed?"), shown with the field for trainees.
   * It counts as asked once the field holds a value, so it is never a separate tick-box.
   */
  readonly ask?: string;
}

export interface TextFieldSpec extends FieldBase {
  readonly type: 'text';
  /** `digits`: only 0-9, e.g. a check number. */
  readonly format?: 'free' | 'digits';
  readonly multiline?: boolean;
}

export interface DateFieldSpec extends FieldBase {
  readonly type: 'date';
  /** `past`: today or earlier (a check already mailed). `future`: today or later (a promise). */
  readonly allow?: 'any' | 'past' | 'future';
  /** Must not be before this other date field of the same form (a follow-up after the mailing). */
  readonly notBefore?: string;
  /** Filled in as this many business days after another date field, until the caller changes it. */
  readonly defaultFrom?: { readonly field: string; readonly businessDays: number };
}

export interface MoneyFieldSpec extends FieldBase {
  readonly type: 'money';
  /** Zero is refused unless allowed (an undisputed amount may be nothing). */
  readonly allowZero?: boolean;
  /** Warns, without refusing, when the amount is above what the call says is owed. */
  readonly warnAboveOwed?: boolean;
}

export interface NumberFieldSpec extends FieldBase {
  readonly type: 'number';
  readonly min?: number;
  readonly max?: number;
}

export interface ChoiceOption {
  readonly id: string;
  readonly label: string;
}

export interface ChoiceFieldSpec extends FieldBase {
  readonly type: 'choice';
  readonly options: readonly ChoiceOption[];
  /** Adds "Other" with a box to say what. */
  readonly allowOther?: boolean;
}

export type CaptureField =
  TextFieldSpec | DateFieldSpec | MoneyFieldSpec | NumberFieldSpec | ChoiceFieldSpec;

/** One way of saying a phrase: its words, or its words and the facts it states without a token. */
export type PhraseVersion =
  | string
  | {
      readonly say: string;
      /**
       * Facts the words state that no token prints (a good payment record, an earlier promise),
       * from `ACCOUNT_FACTS` in `merge-tokens.ts`: the version is shown only when the call or the
       * account holds every one of them.
       */
      readonly needs: readonly string[];
    };

/**
 * Example wording, bound to the facts it states. A phrase may use tokens such as `{contact}` or a
 * captured value such as `{promise-to-pay.amount}`, and `[square brackets]` around a part that is
 * dropped when a token inside it has no value. A list gives versions from the most specific to the
 * most general; the first whose facts are all held is shown, and a phrase none of whose versions
 * can be said truthfully for this call is left out.
 */
export type PhraseTemplate = PhraseVersion | readonly PhraseVersion[];

/** What a step and a branch share: how to do it, why, what to say and ask, what to write down. */
export interface Guidance {
  readonly id: string;
  readonly title: string;
  /** One line the caller can take in at a glance. */
  readonly prompt: string;
  /** Why it matters, for trainees. */
  readonly why: string;
  /** Example wording; the caller adapts it, never reads it like a script. */
  readonly phrases: readonly PhraseTemplate[];
  /** Questions to get answered before moving on (may be empty). */
  readonly questions: readonly string[];
  /** What to write down here. */
  readonly fields: readonly CaptureField[];
  /** Ids of the don'ts to remind trainees of here. */
  readonly donts: readonly string[];
}

/** One step of the call's main flow. */
export interface PlaybookStep extends Guidance {
  /**
   * The situation this step leads into, by branch id: the probe step opens the "check in the
   * mail" form with one key.
   */
  readonly opens?: string;
}

/** A situation the call can turn into at any point, with its own questions and form. */
export interface PlaybookBranch extends Guidance {
  /** A letter; with Alt+Shift it opens the branch. */
  readonly key: string;
  /** The outcome to suggest when the call ends after this branch. */
  readonly outcome: string;
  /**
   * The follow-up this situation leaves: what, by the date in `dueField` (one of this branch's
   * date fields), done by whoever `whoField` (a text field) names, or by the caller.
   */
  readonly action?: {
    readonly what: string;
    readonly dueField?: string;
    readonly whoField?: string;
  };
  /**
   * How the recap e-mail words this situation, where the playbook says so: `topic` under "what
   * we discussed", and `agreed` under "what we agreed", sentences bound to the captured facts as
   * phrases are (one whose tokens have no value is left out). Absent: the recap's own wording.
   */
  readonly recap?: RecapWording;
}

/** A situation's wording in the recap e-mail (see `PlaybookBranch.recap`). */
export interface RecapWording {
  readonly topic?: string;
  readonly agreed?: readonly PhraseTemplate[];
}

/**
 * How a call can end. `action`: the customer leaves with something to do. `follow-up`: nobody was
 * reached (no answer, voicemail, wrong contact), so only a date to try again is needed.
 */
export interface OutcomeSpec {
  readonly id: string;
  readonly label: string;
  readonly kind: 'action' | 'follow-up';
  /**
   * A capital letter for a follow-up outcome: Alt+Shift and the letter end the call at once with
   * this outcome, to try again the next business day. Unique among branch and outcome keys.
   */
  readonly key?: string;
}

/**
 * Words in the notes that suggest the call has turned (the customer says the check is in the
 * mail), or that the call is heating up. A cue either suggests opening a situation or brings up a
 * don't as a gentle reminder. Its patterns follow the syntax of `shared/domain/cues.ts`.
 */
export interface Cue {
  readonly id: string;
  /** Patterns such as `check/cheque * in the mail/post`; any one of them is a hit. */
  readonly says: readonly string[];
  /** The branch to suggest, by id. */
  readonly opens?: string;
  /** The don't to bring up, by id. */
  readonly reminds?: string;
}

/** Something never to do on a call, and why. */
export interface Dont {
  readonly id: string;
  readonly text: string;
  readonly why: string;
}

/**
 * Larger playbook files are refused before they are read: a playbook is a few kilobytes. The
 * renderer checks the file's bytes; main, which receives text, checks characters, which are never
 * more than the bytes they came from.
 */
export const PLAYBOOK_FILE_MAX_BYTES = 1_000_000;

/** The playbook file format this build reads and writes. */
export const PLAYBOOK_FORMAT = 1;

/** A versioned document that guides one kind of call. Calls keep the version they used. */
export interface Playbook {
  readonly format: typeof PLAYBOOK_FORMAT;
  readonly id: string;
  readonly version: number;
  readonly name: string;
  readonly description: string;
  readonly steps: readonly PlaybookStep[];
  readonly branches: readonly PlaybookBranch[];
  readonly outcomes: readonly OutcomeSpec[];
  readonly donts: readonly Dont[];
  /** Absent in playbooks written before cues existed. */
  readonly cues?: readonly Cue[];
}

/** The playbook's cues; none for a playbook written before cues existed. */
export function cuesOf(playbook: Playbook): readonly Cue[] {
  return playbook.cues ?? [];
}

/** The stored playbooks as the start form lists them. */
export interface PlaybookListing {
  readonly playbooks: readonly Playbook[];
  /** The one pre-selected when a call starts. */
  readonly defaultId: string;
}

/** The step with this id, or undefined when the playbook has none. */
export function findPlaybookStep(playbook: Playbook, stepId: string): PlaybookStep | undefined {
  return playbook.steps.find((step) => step.id === stepId);
}

export function findBranch(playbook: Playbook, branchId: string): PlaybookBranch | undefined {
  return playbook.branches.find((branch) => branch.id === branchId);
}

/** A step or a branch: anything that owns capture fields. */
export function findSection(playbook: Playbook, sectionId: string): Guidance | undefined {
  return findPlaybookStep(playbook, sectionId) ?? findBranch(playbook, sectionId);
}

export function findOutcome(playbook: Playbook, outcomeId: string): OutcomeSpec | undefined {
  return playbook.outcomes.find((outcome) => outcome.id === outcomeId);
}

export function findField(section: Guidance, fieldId: string): CaptureField | undefined {
  return section.fields.find((field) => field.id === fieldId);
}

/** The don'ts a step or branch asks to be reminded of, in the playbook's words. */
export function dontsFor(playbook: Playbook, section: Guidance): readonly Dont[] {
  return section.donts.flatMap((id) => playbook.donts.filter((dont) => dont.id === id));
}

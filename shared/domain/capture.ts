import { addBusinessDaysTo, daysBetween, formatIsoDate, isIsoDate, type IsoDate } from './calendar';
import { formatMoney, parseMoney } from './money';
import type { CaptureField, ChoiceFieldSpec, DateFieldSpec, Guidance, Playbook } from './playbook';
import { listInWords } from './text';

/** One field's text beyond this is refused: far more than any reference, amount or remark. */
export const CAPTURE_VALUE_MAX_LENGTH = 2_000;

/** What the caller typed into one step's or branch's form, by field id, exactly as typed. */
export type CaptureValues = Readonly<Record<string, string>>;

/** The key that holds the words typed after choosing "Other" in a choice field. */
export const otherDetailKey = (fieldId: string): string => `${fieldId}:other`;

/** The value of the "Other" option of a choice field. */
export const OTHER_CHOICE = 'other';

/** A problem with a value: an error needs fixing; a warning asks the caller to look again. */
export interface FieldCheck {
  readonly level: 'error' | 'warning';
  readonly message: string;
}

/** What a value is checked against besides itself. */
export interface FieldContext {
  /** The caller's local date. */
  readonly today: IsoDate;
  /** What the call says is owed, if known. */
  readonly amountDueCents: number | null;
  /** The whole form, for rules between fields (a follow-up not before the mailing). */
  readonly section: Guidance;
  readonly values: CaptureValues;
}

const error = (message: string): FieldCheck => ({ level: 'error', message });
const warning = (message: string): FieldCheck => ({ level: 'warning', message });

// Kinds of separator people write check numbers with, as the note names them.
const DIGIT_SEPARATORS: readonly {
  readonly pattern: RegExp;
  readonly one: string;
  readonly many: string;
}[] = [
  { pattern: /\s/g, one: 'the space', many: 'the spaces' },
  { pattern: /[-‐‑‒–—]/g, one: 'the dash', many: 'the dashes' },
  { pattern: /\./g, one: 'the dot', many: 'the dots' },
  { pattern: /\//g, one: 'the slash', many: 'the slashes' },
];
const DIGITS_PREFIX = /^(#|no\.)\s*/i;

/**
 * A digits-only entry (a check number) with the separators people write it with taken out:
 * spaces, dashes, dots and slashes, and a leading `#` or `No.`; with a note that says what went,
 * for the caller to see. An entry that would still hold something other than digits (letters,
 * say) is returned as typed, trimmed, for `checkField` to refuse.
 */
export function normalizeDigitsEntry(raw: string): { value: string; note: string | null } {
  const typed = raw.trim();
  const prefix = DIGITS_PREFIX.exec(typed)?.[1];
  let value = prefix === undefined ? typed : typed.replace(DIGITS_PREFIX, '');
  const removed = prefix === undefined ? [] : [prefix === '#' ? 'the #' : 'the No.'];
  for (const separator of DIGIT_SEPARATORS) {
    const count = value.match(separator.pattern)?.length ?? 0;
    if (count === 0) continue;
    removed.push(count === 1 ? separator.one : separator.many);
    value = value.replace(separator.pattern, '');
  }
  if (removed.length === 0 || !/^\d+$/.test(value)) return { value: typed, note: null };
  return { value, note: `Took out ${listInWords(removed)}: ${value}.` };
}

/**
 * Checks one value the way a caller would want it checked, in words that say what to do.
 * An empty value is fine: forms fill up as the call goes, and nothing is required mid-call.
 */
export function checkField(
  field: CaptureField,
  raw: string,
  context: FieldContext,
): FieldCheck | null {
  const value = raw.trim();
  if (value === '') return null;
  if (value.length > CAPTURE_VALUE_MAX_LENGTH) {
    return error(`Keep this under ${CAPTURE_VALUE_MAX_LENGTH.toLocaleString('en-US')} characters.`);
  }
  switch (field.type) {
    case 'text':
      // Separators are not the caller's mistake: the input takes them out on leaving the field.
      return field.format === 'digits' && !/^\d+$/.test(normalizeDigitsEntry(value).value)
        ? error('Use digits only, for example 104522.')
        : null;
    case 'date':
      return checkDate(field, value, context);
    case 'money':
      return checkMoney(field, value, context);
    case 'number': {
      if (!/^-?\d+$/.test(value)) return error('Enter a whole number.');
      const number = Number(value);
      const min = field.min ?? Number.MIN_SAFE_INTEGER;
      const max = field.max ?? Number.MAX_SAFE_INTEGER;
      if (number < min || number > max) {
        return error(
          field.min !== undefined && field.max !== undefined
            ? `Enter a number from ${field.min} to ${field.max}.`
            : number < min
              ? `Enter ${min} or more.`
              : `Enter ${max} or less.`,
        );
      }
      return null;
    }
    case 'choice':
      return isChoiceValue(field, value) ? null : error('Choose one of the options.');
  }
}

function isChoiceValue(field: ChoiceFieldSpec, value: string): boolean {
  return (
    field.options.some((option) => option.id === value) ||
    (field.allowOther === true && value === OTHER_CHOICE)
  );
}

function checkDate(field: DateFieldSpec, value: string, context: FieldContext): FieldCheck | null {
  if (!isIsoDate(value)) return error('Enter a real date.');
  const daysFromToday = daysBetween(context.today, value);
  if (field.allow === 'past' && daysFromToday > 0) {
    return error('That date is still to come. It can only be today or earlier.');
  }
  if (field.allow === 'future' && daysFromToday < 0) {
    return error('That date has passed. Choose today or a later date.');
  }
  if (field.notBefore) {
    const earlier = context.values[field.notBefore]?.trim() ?? '';
    const earlierField = context.section.fields.find((other) => other.id === field.notBefore);
    if (isIsoDate(earlier) && daysBetween(earlier, value) < 0) {
      const label = earlierField?.label.toLowerCase() ?? 'the earlier date';
      return error(`This can’t be before ${label} (${formatIsoDate(earlier)}).`);
    }
  }
  if (Math.abs(daysFromToday) > 366) {
    return warning(
      `That is more than a year ${daysFromToday > 0 ? 'away' : 'ago'}. Is the year right?`,
    );
  }
  if (field.allow !== 'past' && daysFromToday < 0) {
    return warning('That date has already passed.');
  }
  return null;
}

function checkMoney(
  field: CaptureField & { type: 'money' },
  value: string,
  context: FieldContext,
): FieldCheck | null {
  const amount = parseMoney(value);
  if (!amount.ok) return error(amount.message);
  if (amount.cents === 0 && field.allowZero !== true) return error('Enter an amount above zero.');
  const owed = context.amountDueCents;
  if (field.warnAboveOwed === true && owed !== null && amount.cents > owed) {
    return warning(`That is more than the ${formatMoney(owed)} owed. Keep it if it’s right.`);
  }
  return null;
}

/**
 * The fields whose default follows the one just changed (a follow-up date a few business days
 * after the mailing date). A field the caller has set to something else is left alone.
 */
export function followingDefaults(
  section: Guidance,
  values: CaptureValues,
  changedFieldId: string,
  newValue: string,
): { readonly fieldId: string; readonly value: string }[] {
  const previousSource = values[changedFieldId]?.trim() ?? '';
  const changes: { fieldId: string; value: string }[] = [];
  for (const field of section.fields) {
    if (field.type !== 'date' || field.defaultFrom?.field !== changedFieldId) continue;
    const { businessDays } = field.defaultFrom;
    const defaultFor = (source: string) =>
      isIsoDate(source) ? addBusinessDaysTo(source, businessDays) : '';
    const current = values[field.id]?.trim() ?? '';
    if (current !== '' && current !== defaultFor(previousSource)) continue;
    const next = defaultFor(newValue.trim());
    if (next !== current) changes.push({ fieldId: field.id, value: next });
  }
  return changes;
}

/** How a stored value reads back: money and dates formatted, choices by their label. */
export function formatCapturedValue(field: CaptureField, values: CaptureValues): string {
  const value = values[field.id]?.trim() ?? '';
  if (value === '') return '';
  switch (field.type) {
    case 'money': {
      const amount = parseMoney(value);
      return amount.ok ? formatMoney(amount.cents) : value;
    }
    case 'date':
      return isIsoDate(value) ? formatIsoDate(value) : value;
    case 'choice': {
      if (value === OTHER_CHOICE) {
        const detail = values[otherDetailKey(field.id)]?.trim() ?? '';
        return detail === '' ? 'Other' : `Other: ${detail}`;
      }
      return field.options.find((option) => option.id === value)?.label ?? value;
    }
    default:
      return value;
  }
}

/** True when any field of the form holds something. */
export function hasCapturedValues(values: CaptureValues | undefined): boolean {
  return values !== undefined && Object.values(values).some((value) => value.trim() !== '');
}

/** A field that still holds a value its check refuses, named for the caller. */
export interface FieldInError {
  readonly sectionTitle: string;
  readonly fieldLabel: string;
}

/**
 * Every captured value that its field's check still refuses, in playbook order: what the
 * wrap-up mentions before the call ends. Values are kept as typed either way.
 */
export function fieldsInError(
  call: {
    readonly captures: Readonly<Record<string, CaptureValues>>;
    readonly amountDueCents: number | null;
  },
  playbook: Playbook,
  today: IsoDate,
): FieldInError[] {
  return [...playbook.steps, ...playbook.branches].flatMap((section) => {
    const values = call.captures[section.id] ?? {};
    return section.fields
      .filter((field) => {
        const check = checkField(field, values[field.id] ?? '', {
          today,
          amountDueCents: call.amountDueCents,
          section,
          values,
        });
        return check?.level === 'error';
      })
      .map((field) => ({ sectionTitle: section.title, fieldLabel: field.label }));
  });
}

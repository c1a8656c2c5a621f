import { useState } from 'react';
import type { IsoDate } from '../../shared/domain/calendar';
import { isIsoDate } from '../../shared/domain/calendar';
import {
  dateEntryExample,
  dateShortcuts,
  formatDateEntry,
  parseDateEntry,
} from '../../shared/domain/date-entry';
import type { FieldMessageData } from './field-message';
import { FormField } from './form-field';

export interface DateFieldProps {
  readonly id: string;
  readonly label: string;
  /** A date as `YYYY-MM-DD`, or text the caller typed that is not a date (yet). */
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  readonly today: IsoDate;
  readonly error?: string | undefined;
  readonly message?: FieldMessageData | null | undefined;
  readonly hint?: string | undefined;
  readonly isRequired?: boolean;
  /**
   * Which way a date typed without a year leans: 'ahead' (the default, for promises and
   * follow-ups, with the +1, +7 and Fri shortcuts) or 'back' (for days that have been, such as a
   * History filter, without those shortcuts, which all count forward).
   */
  readonly leans?: 'ahead' | 'back';
}

/** The caller's locale, which decides whether 03/12 is March or December. */
export const callerLocale = (): string => navigator.language || 'en-US';

/**
 * A date typed the way the caller types it: one text box (one Tab, no calendar button), in the
 * locale's order, or a shortcut such as `+1` (next business day), `+7` or `fri`. Whatever reads
 * as a date is kept as `YYYY-MM-DD`; anything else is kept as typed, so nothing is lost, and the
 * field's check says what is wrong. The three shortcuts are also buttons for the mouse, left out
 * of the Tab order: the keyboard types them.
 */
export function DateField(props: DateFieldProps) {
  const { id, label, value, onChange, onBlur, today, error, message, hint, isRequired } = props;
  const leans = props.leans ?? 'ahead';
  const locale = callerLocale();
  // What the caller is typing; null while the field shows the stored date in the locale's order.
  const [draft, setDraft] = useState<string | null>(null);
  const shown = draft ?? (isIsoDate(value) ? formatDateEntry(value, locale) : value);

  function handleChange(text: string) {
    setDraft(text);
    onChange(text.trim() === '' ? '' : (parseDateEntry(text, { today, locale, leans }) ?? text));
  }

  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      message={error ? { level: 'error', message: error } : message}
      isRequired={isRequired ?? false}
      className="field--date"
    >
      {(control) => (
        <>
          <input
            {...control}
            type="text"
            value={shown}
            placeholder={dateEntryExample(locale)}
            autoComplete="off"
            onChange={(event) => handleChange(event.target.value)}
            onBlur={() => {
              setDraft(null);
              onBlur?.();
            }}
          />
          {leans === 'ahead' && (
            <span className="date-shortcuts">
              {dateShortcuts(today).map((shortcut) => (
                <button
                  key={shortcut.entry}
                  type="button"
                  className="date-shortcuts__button"
                  tabIndex={-1}
                  title={`${shortcut.label}: type ${shortcut.entry}`}
                  aria-label={`${shortcut.label} (${label})`}
                  onClick={() => {
                    setDraft(null);
                    onChange(shortcut.date);
                  }}
                >
                  {shortcut.entry === 'fri' ? 'Fri' : shortcut.entry}
                </button>
              ))}
            </span>
          )}
        </>
      )}
    </FormField>
  );
}

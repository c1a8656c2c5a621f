import { useState } from 'react';
import type { IsoDate } from '../../../shared/domain/calendar';
import {
  normalizeDigitsEntry,
  OTHER_CHOICE,
  otherDetailKey,
  type CaptureValues,
  type FieldCheck,
} from '../../../shared/domain/capture';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import type { CaptureField } from '../../../shared/domain/playbook';
import { DateField } from '../../ui/date-field';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

export interface CaptureFieldControlProps {
  readonly field: CaptureField;
  readonly sectionId: string;
  readonly values: CaptureValues;
  readonly today: IsoDate;
  /** Trainees see the question the field answers, marked once the field holds an answer. */
  readonly showsQuestion: boolean;
  /** What checkField says about the current value. */
  readonly check: FieldCheck | null;
  /** Called with the key to store under: the field's id, or its "Other" detail key. */
  readonly onChange: (key: string, value: string) => void;
}

/** The field's hint: for trainees, the question it answers (ticked once answered) first. */
function hintFor(field: CaptureField, value: string, showsQuestion: boolean): string | undefined {
  const question =
    !showsQuestion || field.ask === undefined
      ? undefined
      : value.trim() === ''
        ? `Ask: ${field.ask}`
        : `✓ Asked: ${field.ask}`;
  return [question, field.hint].filter(Boolean).join(' ') || undefined;
}

/** One capture field, with the input that suits its type. */
export function CaptureFieldControl(props: CaptureFieldControlProps) {
  const { field, sectionId, values, today, showsQuestion, check, onChange } = props;
  const value = values[field.id] ?? '';
  // Checking mid-typing would scold half a value: a message shows once the caller has left the
  // field, or straight away for a value stored earlier.
  const [hasLeft, setHasLeft] = useState(() => value.trim() !== '');
  // What tidying a value on leaving the field did, said once under it ("Took out the dash").
  const [note, setNote] = useState<string | null>(null);
  const id = `field-${sectionId}-${field.id}`;
  const common = {
    id,
    label: field.label,
    hint: note ?? hintFor(field, value, showsQuestion),
    value,
    message: hasLeft ? check : null,
    onChange: (next: string) => {
      setNote(null);
      onChange(field.id, next);
    },
    onBlur: () => setHasLeft(true),
  };

  switch (field.type) {
    case 'text':
      if (field.format === 'digits') {
        return (
          <TextField
            {...common}
            inputMode="numeric"
            onBlur={() => {
              setHasLeft(true);
              const tidied = normalizeDigitsEntry(value);
              if (tidied.value === value) return;
              onChange(field.id, tidied.value);
              setNote(tidied.note);
            }}
          />
        );
      }
      return <TextField {...common} isMultiline={field.multiline === true} />;
    case 'date':
      return <DateField {...common} today={today} />;
    case 'number':
      return <TextField {...common} inputMode="numeric" />;
    case 'money':
      return (
        <TextField
          {...common}
          inputMode="decimal"
          onBlur={() => {
            setHasLeft(true);
            const amount = parseMoney(value);
            if (value.trim() === '' || !amount.ok) return;
            const formatted = formatMoney(amount.cents);
            if (formatted !== value) onChange(field.id, formatted);
          }}
        />
      );
    case 'choice': {
      const detailKey = otherDetailKey(field.id);
      const options = field.options.map((option) => ({ value: option.id, label: option.label }));
      if (field.allowOther === true) options.push({ value: OTHER_CHOICE, label: 'Other' });
      return (
        <>
          <SelectField {...common} options={options} placeholder="Choose…" />
          {value === OTHER_CHOICE && (
            <TextField
              id={`${id}-other`}
              label={`${field.label}: other`}
              value={values[detailKey] ?? ''}
              onChange={(next) => onChange(detailKey, next)}
            />
          )}
        </>
      );
    }
  }
}

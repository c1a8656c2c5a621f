import { useState } from 'react';
import {
  OTHER_CHOICE,
  otherDetailKey,
  type CaptureValues,
  type FieldCheck,
} from '../../../shared/domain/capture';
import { formatMoney, parseMoney } from '../../../shared/domain/money';
import type { CaptureField } from '../../../shared/domain/playbook';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';

export interface CaptureFieldControlProps {
  readonly field: CaptureField;
  readonly sectionId: string;
  readonly values: CaptureValues;
  /** What checkField says about the current value. */
  readonly check: FieldCheck | null;
  /** Called with the key to store under: the field's id, or its "Other" detail key. */
  readonly onChange: (key: string, value: string) => void;
}

/** One capture field, with the input that suits its type. */
export function CaptureFieldControl({
  field,
  sectionId,
  values,
  check,
  onChange,
}: CaptureFieldControlProps) {
  const value = values[field.id] ?? '';
  // Checking mid-typing would scold half a value: a message shows once the caller has left the
  // field, or straight away for a value stored earlier.
  const [hasLeft, setHasLeft] = useState(() => value.trim() !== '');
  const id = `field-${sectionId}-${field.id}`;
  const common = {
    id,
    label: field.label,
    hint: field.hint,
    value,
    message: hasLeft ? check : null,
    onChange: (next: string) => onChange(field.id, next),
    onBlur: () => setHasLeft(true),
  };

  switch (field.type) {
    case 'text':
      return <TextField {...common} isMultiline={field.multiline === true} />;
    case 'date':
      return <TextField {...common} type="date" />;
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

import type { FieldMessageData } from './field-message';
import { FormField } from './form-field';

export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

export interface SelectFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  /** The label of an empty first option, e.g. "Choose…"; none when absent. */
  readonly placeholder?: string;
  readonly error?: string | undefined;
  readonly message?: FieldMessageData | null | undefined;
  readonly hint?: string | undefined;
  readonly isRequired?: boolean;
  readonly autoFocus?: boolean;
}

/** A labelled native select: the platform's own keyboard handling, type-ahead included. */
export function SelectField(props: SelectFieldProps) {
  const { id, label, value, options, onChange, onBlur, placeholder, error, message, hint } = props;
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      message={error ? { level: 'error', message: error } : message}
      isRequired={props.isRequired ?? false}
    >
      {(control) => (
        <select
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onBlur={onBlur}
          autoFocus={props.autoFocus}
        >
          {placeholder !== undefined && <option value="">{placeholder}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

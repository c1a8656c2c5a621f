import type { FieldMessageData } from './field-message';
import { FormField } from './form-field';

export interface TextFieldProps {
  readonly id: string;
  readonly label: string;
  readonly value: string;
  readonly onChange: (value: string) => void;
  readonly onBlur?: () => void;
  /** Shorthand for an error message. */
  readonly error?: string | undefined;
  /** An error or a warning; `error` wins when both are given. */
  readonly message?: FieldMessageData | null | undefined;
  readonly hint?: string | undefined;
  readonly isRequired?: boolean;
  readonly type?: 'text' | 'date';
  readonly inputMode?: 'text' | 'decimal' | 'numeric';
  /** A textarea that grows with what is typed, for longer answers. */
  readonly isMultiline?: boolean;
}

/** A labelled input (or textarea) whose hint and message are tied to it for screen readers. */
export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, onBlur, error, message, hint, isRequired, type, inputMode } =
    props;
  return (
    <FormField
      id={id}
      label={label}
      hint={hint}
      message={error ? { level: 'error', message: error } : message}
      isRequired={isRequired ?? false}
    >
      {(control) =>
        props.isMultiline ? (
          <textarea
            {...control}
            value={value}
            rows={3}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        ) : (
          <input
            {...control}
            type={type ?? 'text'}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
            inputMode={inputMode}
            autoComplete="off"
          />
        )
      }
    </FormField>
  );
}

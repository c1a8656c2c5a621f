import type { ReactNode } from 'react';
import { FieldMessage, type FieldMessageData } from './field-message';

/** What the control inside a form field must carry to be tied to its label, hint and message. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby': string | undefined;
  readonly 'aria-invalid': true | undefined;
  readonly 'aria-required': true | undefined;
}

export interface FormFieldProps {
  readonly id: string;
  readonly label: string;
  readonly hint?: string | undefined;
  /** Shown under the control; only an error marks it invalid. */
  readonly message?: FieldMessageData | null | undefined;
  readonly isRequired?: boolean;
  /** Extra class names for the field, for controls laid out differently (a date's shortcuts). */
  readonly className?: string;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/** A label, one control, an optional hint and message, all tied together for screen readers. */
export function FormField({
  id,
  label,
  hint,
  message,
  isRequired = false,
  className,
  children,
}: FormFieldProps) {
  const hintId = `${id}-hint`;
  const messageId = `${id}-message`;
  const describedBy = [hint ? hintId : null, message ? messageId : null].filter(Boolean).join(' ');
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {isRequired && (
          <>
            {' '}
            <span className="field__required">(required)</span>
          </>
        )}
      </label>
      {children({
        id,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': message?.level === 'error' ? true : undefined,
        'aria-required': isRequired ? true : undefined,
      })}
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {message && <FieldMessage id={messageId} {...message} />}
    </div>
  );
}

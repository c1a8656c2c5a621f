export interface FieldMessageData {
  readonly level: 'error' | 'warning';
  readonly message: string;
}

/**
 * A message under a field. Errors and warnings differ in words and shape, not only in colour:
 * an error carries a warning sign, a warning starts with "Check:".
 */
export function FieldMessage({ id, level, message }: FieldMessageData & { readonly id: string }) {
  return level === 'error' ? (
    <p id={id} className="field__error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </p>
  ) : (
    <p id={id} className="field__warning">
      <span className="field__warning-label">Check:</span> {message}
    </p>
  );
}

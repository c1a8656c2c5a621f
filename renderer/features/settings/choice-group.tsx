import { useId } from 'react';

export interface Choice<Value extends string> {
  readonly value: Value;
  readonly label: string;
  /** A line under the label, read after it by screen readers. */
  readonly description?: string;
}

export interface ChoiceGroupProps<Value extends string> {
  readonly legend: string;
  readonly choices: readonly Choice<Value>[];
  readonly value: Value;
  readonly onChange: (value: Value) => void;
  /** A line about the whole setting, under its choices. */
  readonly hint?: string;
}

/** One setting with a few named values: native radios, so the arrow keys move between them. */
export function ChoiceGroup<Value extends string>({
  legend,
  choices,
  value,
  onChange,
  hint,
}: ChoiceGroupProps<Value>) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <fieldset className="choice-group" aria-describedby={hint ? hintId : undefined}>
      <legend className="choice-group__legend">{legend}</legend>
      <div className="choice-group__choices">
        {choices.map((choice) => {
          const inputId = `${id}-${choice.value}`;
          const descriptionId = `${inputId}-description`;
          return (
            <div key={choice.value} className="choice">
              <input
                id={inputId}
                type="radio"
                name={id}
                value={choice.value}
                checked={value === choice.value}
                aria-describedby={choice.description ? descriptionId : undefined}
                onChange={() => onChange(choice.value)}
              />
              <label htmlFor={inputId} className="choice__label">
                {choice.label}
              </label>
              {choice.description && (
                <p id={descriptionId} className="choice__description">
                  {choice.description}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {hint && (
        <p id={hintId} className="settings-help">
          {hint}
        </p>
      )}
    </fieldset>
  );
}

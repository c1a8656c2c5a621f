import { useId } from 'react';

export interface SettingCheckboxProps {
  readonly label: string;
  /** What the setting does, tied to the checkbox for screen readers. */
  readonly help: string;
  readonly isChecked: boolean;
  readonly onChange: (isChecked: boolean) => void;
}

/** An on/off setting: a checkbox, its label, and a line explaining it. */
export function SettingCheckbox({ label, help, isChecked, onChange }: SettingCheckboxProps) {
  const id = useId();
  const helpId = `${id}-help`;
  return (
    <div className="setting-checkbox">
      <input
        id={id}
        type="checkbox"
        checked={isChecked}
        aria-describedby={helpId}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id} className="setting-checkbox__label">
        {label}
      </label>
      <p id={helpId} className="settings-help setting-checkbox__help">
        {help}
      </p>
    </div>
  );
}

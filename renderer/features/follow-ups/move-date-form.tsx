import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { isIsoDate, type IsoDate } from '../../../shared/domain/calendar';
import { DateField } from '../../ui/date-field';

export interface MoveDateFormProps {
  readonly id: string;
  readonly today: IsoDate;
  /** Called with the date typed once it reads as one. */
  readonly onMove: (dueOn: IsoDate) => void;
  readonly onCancel: () => void;
}

/**
 * The row's own date box for moving a follow-up: Enter moves it to the date typed, Escape leaves
 * it where it was. It opens with the keyboard in it.
 */
export function MoveDateForm({ id, today, onMove, onCancel }: MoveDateFormProps) {
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);

  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!isIsoDate(value)) {
      setError('Enter a date to move it to.');
      return;
    }
    onMove(value);
  }

  function handleKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== 'Escape') return;
    // Escape here is this box's; the menu or the window must not act on it too.
    event.preventDefault();
    event.stopPropagation();
    onCancel();
  }

  return (
    <form className="move-date" noValidate onSubmit={handleSubmit} onKeyDown={handleKeyDown}>
      <DateField
        id={id}
        label="Move to"
        value={value}
        today={today}
        error={error}
        onChange={(text) => {
          setValue(text);
          setError(undefined);
        }}
      />
      <button type="submit" className="button button--quiet">
        Move
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}

import { useEffect, useId, useRef } from 'react';
import { RETENTION_CHOICES } from '../../../shared/domain/retention';
import { useDeletionState, useSettingsState } from '../../app/stores';
import { ConfirmRegion } from '../../ui/confirm-region';
import { SelectField, type SelectOption } from '../../ui/select-field';
import { LiveMessage } from './live-message';
import { SettingsSection } from './settings-section';
import { useSettingsUpdate } from './use-settings-update';

const OFF = 'off';

function monthsLabel(months: number): string {
  return `${months} ${months === 1 ? 'month' : 'months'}`;
}

function optionsFor(stored: number | null): readonly SelectOption[] {
  const months: number[] = [...RETENTION_CHOICES];
  // A period set some other way (an older version, a hand edit) is shown as it is.
  if (stored !== null && !months.includes(stored)) months.push(stored);
  months.sort((a, b) => a - b);
  return [
    { value: OFF, label: 'Off: keep every call' },
    ...months.map((value) => ({ value: String(value), label: monthsLabel(value) })),
  ];
}

/**
 * How long ended calls are kept. Off by default; choosing a period first says how many calls it
 * deletes now, and only a confirmation turns it on.
 */
export function RetentionSettings() {
  const stored = useSettingsState((state) => state.settings.retentionMonths);
  const target = useDeletionState((state) => state.target);
  const status = useDeletionState((state) => state.status);
  const sentence = useDeletionState((state) => state.sentence);
  const error = useDeletionState((state) => state.error);
  const { ask, cancel } = useDeletionState((state) => state.actions);
  const { save, refusal } = useSettingsUpdate();
  const id = useId();
  const selectId = `${id}-months`;
  const pending = target?.kind === 'retention' ? target.months : null;
  const isAsking = pending !== null && status !== 'idle';

  // The confirmation held the keyboard: once it closes, the keyboard goes back to the choice.
  const wasAsking = useRef(false);
  useEffect(() => {
    if (wasAsking.current && !isAsking) document.getElementById(selectId)?.focus();
    wasAsking.current = isAsking;
  }, [isAsking, selectId]);

  function handleChange(value: string) {
    if (value === OFF) {
      cancel();
      save({ retentionMonths: null });
      return;
    }
    const months = Number(value);
    if (months === stored) {
      cancel();
      return;
    }
    void ask({ kind: 'retention', months });
  }

  function handleConfirm() {
    if (pending === null) return;
    save({ retentionMonths: pending });
    cancel();
  }

  const shown = isAsking ? pending : stored;
  return (
    <SettingsSection title="Old calls">
      <SelectField
        id={selectId}
        label="Delete calls older than"
        value={shown === null ? OFF : String(shown)}
        options={optionsFor(stored)}
        onChange={handleChange}
        hint="Each day, calls that ended longer ago are deleted for good, with their promises and follow-ups."
      />
      {isAsking && (
        <ConfirmRegion
          title={`Delete calls older than ${monthsLabel(pending)}?`}
          sentence={sentence}
          confirmLabel="Turn on"
          isBusy={false}
          error={null}
          onConfirm={handleConfirm}
          onCancel={cancel}
        />
      )}
      {pending !== null && !isAsking && error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <LiveMessage message={refusal} />
    </SettingsSection>
  );
}

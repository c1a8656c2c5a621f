import { checkField, followingDefaults, type CaptureValues } from '../../../shared/domain/capture';
import type { Guidance } from '../../../shared/domain/playbook';
import { useCallState, useSettingsState } from '../../app/stores';
import { CaptureFieldControl } from './capture-field-control';
import { useLiveCall } from './use-live-call';
import { useToday } from './use-today';

const NO_VALUES: CaptureValues = {};

export interface CaptureFormProps {
  readonly section: Guidance;
  /** The id of the element naming this form (the card's or the situation's heading). */
  readonly labelledBy: string;
}

/**
 * What to write down for a step or situation, its fields side by side where they fit. Every
 * change is kept at once and saved in the background; fields that follow another (a follow-up
 * date after the mailing date) follow it. It renders only when its own values change.
 */
export function CaptureForm({ section, labelledBy }: CaptureFormProps) {
  const setField = useCallState((state) => state.actions.setField);
  const values = useLiveCall((call) => call.captures[section.id]) ?? NO_VALUES;
  const amountDueCents = useLiveCall((call) => call.amountDueCents) ?? null;
  const isTrainee = useSettingsState((state) => state.settings.coachingMode === 'trainee');
  const today = useToday();

  function handleChange(key: string, value: string) {
    setField(section.id, key, value);
    for (const change of followingDefaults(section, values, key, value)) {
      setField(section.id, change.fieldId, change.value);
    }
  }

  return (
    <fieldset className="capture" aria-labelledby={labelledBy}>
      {section.fields.map((field) => (
        <CaptureFieldControl
          // The section too: the card keeps its form's place from one step to the next.
          key={`${section.id}:${field.id}`}
          field={field}
          sectionId={section.id}
          values={values}
          today={today}
          showsQuestion={isTrainee}
          check={checkField(field, values[field.id] ?? '', {
            today,
            amountDueCents,
            section,
            values,
          })}
          onChange={handleChange}
        />
      ))}
    </fieldset>
  );
}

import type { Call } from '../../../shared/domain/call';
import type { IsoDate } from '../../../shared/domain/calendar';
import { checkField, followingDefaults, type CaptureValues } from '../../../shared/domain/capture';
import type { Guidance } from '../../../shared/domain/playbook';
import { useCallState } from '../../app/stores';
import { CaptureFieldControl } from './capture-field-control';

const NO_VALUES: CaptureValues = {};

export interface CaptureFormProps {
  readonly call: Call;
  readonly section: Guidance;
  /** The id of the element naming this form (the step's label, the situation's heading). */
  readonly labelledBy: string;
  readonly today: IsoDate;
}

/**
 * What to write down for a step or situation. Every change is kept at once and saved in the
 * background; fields that follow another (a follow-up date after the mailing date) follow it.
 */
export function CaptureForm({ call, section, labelledBy, today }: CaptureFormProps) {
  const setField = useCallState((state) => state.actions.setField);
  const values = call.captures[section.id] ?? NO_VALUES;

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
          key={field.id}
          field={field}
          sectionId={section.id}
          values={values}
          check={checkField(field, values[field.id] ?? '', {
            today,
            amountDueCents: call.amountDueCents,
            section,
            values,
          })}
          onChange={handleChange}
        />
      ))}
    </fieldset>
  );
}

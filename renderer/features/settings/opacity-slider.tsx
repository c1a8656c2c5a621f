import { useId } from 'react';
import { OPACITY_PERCENT } from '../../../shared/domain/settings';
import { FormField } from '../../ui/form-field';
import { useDebouncedSave } from './use-debounced-save';

// Long enough to skip the in-between values of a drag, short enough to feel immediate.
const SAVE_DELAY_MS = 150;

/**
 * The window's opacity. The number follows the slider at once; the change is saved (and main
 * applies it to the window) a moment after the caller stops moving it.
 */
export function OpacitySlider({
  percent,
  onSave,
}: {
  readonly percent: number;
  readonly onSave: (percent: number) => void;
}) {
  const id = useId();
  const { pending, schedule } = useDebouncedSave(onSave, SAVE_DELAY_MS);
  const shown = pending ?? percent;
  return (
    <FormField
      id={id}
      label="Opacity"
      hint={`Lower it to see through Call Coach to the window underneath. It stops at ${OPACITY_PERCENT.min}% so the text stays readable. Windows and macOS apply it; on Linux the window stays solid.`}
    >
      {(control) => (
        <div className="opacity-slider">
          <input
            {...control}
            type="range"
            min={OPACITY_PERCENT.min}
            max={OPACITY_PERCENT.max}
            step={OPACITY_PERCENT.step}
            value={shown}
            aria-valuetext={`${shown} percent`}
            onChange={(event) => schedule(Number(event.target.value))}
          />
          {/* Screen readers hear the value from the slider itself. */}
          <span className="opacity-slider__value" aria-hidden="true">
            {shown}%
          </span>
        </div>
      )}
    </FormField>
  );
}

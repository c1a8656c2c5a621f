import type { ImportProgress } from '../../../shared/domain/imports';
import { phaseLabel, progressCount } from './import-format';

interface ImportProgressBarProps {
  readonly fileName: string;
  /** The latest report from main; null until the first arrives. */
  readonly progress: ImportProgress | null;
  readonly stopLabel: string;
  readonly isStopping: boolean;
  readonly onStop: () => void;
}

/** How far main has got with the file, in a bar and in words, and the way to stop it. */
export function ImportProgressBar({
  fileName,
  progress,
  stopLabel,
  isStopping,
  onStop,
}: ImportProgressBarProps) {
  const hasCount = progress !== null && progress.total > 0;
  return (
    <div className="import-progress">
      <p id="import-progress-label" className="import-progress__label">
        {phaseLabel(progress?.phase ?? null, fileName)}
      </p>
      <div className="import-progress__bar">
        {/* Without a value the bar shows work under way but not how much: the count is unknown. */}
        <progress
          aria-labelledby="import-progress-label"
          max={hasCount ? progress.total : undefined}
          value={hasCount ? Math.min(progress.done, progress.total) : undefined}
        />
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={isStopping ? true : undefined}
          onClick={() => {
            if (!isStopping) onStop();
          }}
        >
          {isStopping ? 'Stopping…' : stopLabel}
        </button>
      </div>
      <p className="import-progress__count">
        {hasCount ? progressCount(progress.phase, progress.done, progress.total) : 'Starting…'}
      </p>
    </div>
  );
}

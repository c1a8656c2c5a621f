import { useId } from 'react';
import {
  EXPORT_FORMAT_LABELS,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportScope,
} from '../../../shared/domain/exports';
import { useExportState } from '../../app/stores';

interface ExportControlProps {
  /** Names this control, so only it shows the progress and outcome of the exports it started. */
  readonly origin: string;
  /** What the button exports; null when there is nothing to export (the button is disabled). */
  readonly scope: ExportScope | null;
  /** What the button says, e.g. "Export calls". */
  readonly label: string;
}

/**
 * A format choice (CSV first) and a button that exports `scope`; while it runs, a progress bar
 * with Stop, and when it ends, one line saying where the file went. Nothing takes the focus.
 */
export function ExportControl({ origin, scope, label }: ExportControlProps) {
  const formatId = useId();
  const labelId = useId();
  const status = useExportState((state) => state.status);
  const from = useExportState((state) => state.origin);
  const format = useExportState((state) => state.format);
  const progress = useExportState((state) => state.progress);
  const isStopping = useExportState((state) => state.isStopping);
  const message = useExportState((state) => state.message);
  const actions = useExportState((state) => state.actions);
  const isHere = from === origin;
  const isRunning = status === 'running';
  const isUnavailable = scope === null || isRunning;
  const hasCount = progress !== null && progress.total > 0;

  function handleExport() {
    if (scope !== null && !isRunning) void actions.run(origin, scope);
  }

  return (
    <div className="export-control">
      <div className="export-control__row">
        <label htmlFor={formatId} className="export-control__format-label">
          Format
        </label>
        <select
          id={formatId}
          value={format}
          onChange={(event) => actions.choose(event.target.value as ExportFormat)}
        >
          {EXPORT_FORMATS.map((value) => (
            <option key={value} value={value}>
              {EXPORT_FORMAT_LABELS[value]}
            </option>
          ))}
        </select>
        {/* aria-disabled, not disabled: the button keeps its place in the tab order. */}
        <button
          type="button"
          className="button button--quiet"
          aria-disabled={isUnavailable ? true : undefined}
          onClick={handleExport}
        >
          {label}
        </button>
      </div>
      {isHere && isRunning && (
        <div className="import-progress">
          <p id={labelId} className="import-progress__label">
            Exporting…
          </p>
          <div className="import-progress__bar">
            {/* Without a value the bar shows work under way but not how much: not yet counted. */}
            <progress
              aria-labelledby={labelId}
              max={hasCount ? progress.total : undefined}
              value={hasCount ? Math.min(progress.done, progress.total) : undefined}
            />
            {progress !== null && (
              <button
                type="button"
                className="button button--quiet"
                aria-disabled={isStopping ? true : undefined}
                onClick={() => {
                  if (!isStopping) void actions.cancel();
                }}
              >
                {isStopping ? 'Stopping…' : 'Stop'}
              </button>
            )}
          </div>
          <p className="import-progress__count">
            {hasCount
              ? `${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`
              : 'Starting…'}
          </p>
        </div>
      )}
      <p className="export-control__status" role="status">
        {isHere && status === 'done' ? message : ''}
      </p>
      {isHere && status === 'failed' && (
        <p className="form-error" role="alert">
          {message}
        </p>
      )}
    </div>
  );
}

import type { Ref } from 'react';
import type { ImportFailure } from './import-store';

interface ImportFailureMessageProps {
  readonly fileName: string;
  readonly step: 'read' | 'store';
  readonly failure: ImportFailure;
  readonly focusRef?: Ref<HTMLDivElement>;
}

/** Why a report could not be read or stored, with each problem main named and what was kept. */
export function ImportFailureMessage({
  fileName,
  step,
  failure,
  focusRef,
}: ImportFailureMessageProps) {
  return (
    <div className="import-failure" role="alert" tabIndex={-1} ref={focusRef}>
      <p className="import-failure__title">
        <span aria-hidden="true">⚠ </span>
        {step === 'read' ? `“${fileName}” was not read.` : `“${fileName}” was not fully imported.`}
      </p>
      <p>{failure.message}</p>
      {failure.issues.length > 0 && (
        <ul className="import-failure__issues" aria-label="Problems found">
          {failure.issues.map((issue, index) => (
            <li key={`${index}:${issue}`}>{issue}</li>
          ))}
        </ul>
      )}
      <p>
        {step === 'read'
          ? 'Nothing was stored.'
          : 'Anything already stored stays. Importing the same file again finishes it without storing anything twice.'}
      </p>
    </div>
  );
}

import { useEffect, useRef } from 'react';
import { Heading, type HeadingLevel } from '../../ui/heading';
import { useImportState } from '../../app/stores';
import { ImportFailureMessage } from './import-failure-message';
import { ImportFilePicker } from './import-file-picker';
import { resultSentence } from './import-format';
import { ImportPreviewPanel } from './import-preview-panel';
import { ImportProgressBar } from './import-progress-bar';
import type { ImportStage } from './import-store';

/** What the status line says for a stage, or null for nothing. */
function statusText(stage: ImportStage, notice: string | null): string | null {
  switch (stage.status) {
    case 'done':
      return resultSentence(stage.result, stage.isFullReport);
    case 'reading':
      return stage.previous === null
        ? `Reading “${stage.fileName}”…`
        : `Reading “${stage.fileName}” again…`;
    case 'storing':
      return `Importing “${stage.preview.fileName}”…`;
    case 'idle':
    case 'preview':
    case 'error':
      return notice;
  }
}

/** True when the element that had focus is gone (the button pressed was replaced, say). */
function isFocusLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body || !active.isConnected;
}

interface ImportPanelProps {
  readonly headingLevel?: Exclude<HeadingLevel, 4>;
}

/**
 * Importing an aging report: choose the file, watch it being read, check the preview (and the
 * columns when the report was not recognised), import it, and read what was stored.
 */
export function ImportPanel({ headingLevel = 2 }: ImportPanelProps) {
  const stage = useImportState((state) => state.stage);
  const notice = useImportState((state) => state.notice);
  const cancel = useImportState((state) => state.actions.cancel);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const previewHeadingRef = useRef<HTMLHeadingElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);
  const status = statusText(stage, notice);

  // Where the keyboard carries on once the stage changes. Focus moves only when what had it was
  // taken away (the file input, Import, Cancel) and never out of anything the caller went to.
  useEffect(() => {
    if (!isFocusLost()) return;
    if (stage.status === 'preview') previewHeadingRef.current?.focus();
    else if (stage.status === 'error') failureRef.current?.focus();
    else if (stage.status === 'done' || (stage.status === 'idle' && status !== null)) {
      statusRef.current?.focus();
    }
  }, [stage, status]);

  const preview =
    stage.status === 'preview' ? stage.preview : stage.status === 'reading' ? stage.previous : null;
  const isChoosing = stage.status === 'idle' || stage.status === 'done' || stage.status === 'error';

  return (
    <section className="import" aria-labelledby="import-heading">
      <Heading level={headingLevel} id="import-heading">
        Import an aging report
      </Heading>
      {isChoosing && <ImportFilePicker />}
      {stage.status === 'reading' && (
        <ImportProgressBar
          fileName={stage.fileName}
          progress={stage.progress}
          stopLabel={stage.previous === null ? 'Cancel' : 'Stop reading'}
          isStopping={stage.isCancelling}
          onStop={cancel}
        />
      )}
      {stage.status === 'storing' && (
        <>
          <ImportProgressBar
            fileName={stage.preview.fileName}
            progress={stage.progress}
            stopLabel="Stop importing"
            isStopping={stage.isCancelling}
            onStop={cancel}
          />
          <p className="field__hint">
            Stopping keeps what is stored so far; importing the same file again finishes it.
          </p>
        </>
      )}
      <p
        ref={statusRef}
        className={
          stage.status === 'done' && !stage.result.isComplete
            ? 'import__status import__status--partial'
            : 'import__status'
        }
        role="status"
        tabIndex={-1}
      >
        {stage.status === 'done' && (
          <span aria-hidden="true">{stage.result.isComplete ? '✓ ' : '⚠ '}</span>
        )}
        {status}
      </p>
      {stage.status === 'error' && (
        <ImportFailureMessage
          fileName={stage.fileName}
          step={stage.step}
          failure={stage.failure}
          focusRef={failureRef}
        />
      )}
      {preview !== null && (
        <ImportPreviewPanel
          preview={preview}
          isFullReport={
            stage.status === 'reading' ? stage.choices.isFullReport : preview.isFullReport
          }
          revision={stage.status === 'preview' || stage.status === 'reading' ? stage.revision : 0}
          isBusy={stage.status !== 'preview'}
          error={stage.status === 'preview' ? stage.error : null}
          headingLevel={headingLevel === 2 ? 3 : 4}
          headingRef={previewHeadingRef}
        />
      )}
    </section>
  );
}

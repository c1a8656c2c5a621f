import { useState, type Ref } from 'react';
import { LAYOUT_LABELS } from '../../../shared/domain/aging-report';
import type { ImportPreview } from '../../../shared/domain/imports';
import type { HeadingLevel } from '../../ui/heading';
import { useImportState } from '../../app/stores';
import { ImportColumns } from './import-columns';
import { ImportFailureMessage } from './import-failure-message';
import { ImportFindings } from './import-findings';
import { changesSentence, counted, invoicesListed, reportDate } from './import-format';
import type { ImportFailure } from './import-store';

interface ImportPreviewPanelProps {
  readonly preview: ImportPreview;
  readonly isFullReport: boolean;
  /** Changes each time main answers with a new preview; the column edits start over then. */
  readonly revision: number;
  /** The file is being read again: what is shown is the reading from before. */
  readonly isBusy: boolean;
  readonly error: ImportFailure | null;
  readonly headingLevel: HeadingLevel;
  readonly headingRef: Ref<HTMLHeadingElement>;
}

/**
 * The dry run of an import, most important first: what was recognised, what storing it would
 * change, what does not add up, and the rows left out; then the choices and the Import button.
 */
export function ImportPreviewPanel({
  preview,
  isFullReport,
  revision,
  isBusy,
  error,
  headingLevel,
  headingRef,
}: ImportPreviewPanelProps) {
  const { remap, setFullReport, apply, discard } = useImportState((state) => state.actions);
  const { report, counts } = preview;
  const invoices = invoicesListed(counts);
  const hasInvoices = report.invoiceCount > 0;
  const PreviewHeading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  // Open from the start when the caller has to look (nothing recognised or read), and kept as the
  // caller left it while the file is read again.
  const [isColumnsOpen, setIsColumnsOpen] = useState(
    report.layout === 'unknown' || report.invoiceCount === 0,
  );

  return (
    <section
      className="import-preview"
      aria-labelledby="import-preview-heading"
      aria-busy={isBusy ? true : undefined}
    >
      {/* Focused when the preview arrives, so the keyboard carries on from here. */}
      <PreviewHeading
        id="import-preview-heading"
        className="import-preview__heading"
        tabIndex={-1}
        ref={headingRef}
      >
        Preview of “{preview.fileName}”
      </PreviewHeading>
      <dl className="import-preview__facts">
        <div>
          <dt>Layout</dt>
          <dd>{LAYOUT_LABELS[report.layout]}</dd>
        </div>
        <div>
          <dt>As of</dt>
          <dd>
            {reportDate(preview.asOf)}
            {report.asOf === null && ' (today: the report states no date)'}
          </dd>
        </div>
        <div>
          <dt>Read</dt>
          <dd>
            {counted(report.invoiceCount, 'invoice line', 'invoice lines')} of{' '}
            {counted(report.lineCount, 'line', 'lines')}
          </dd>
        </div>
      </dl>
      {hasInvoices ? (
        <p className="import-preview__counts">{changesSentence(counts)}</p>
      ) : (
        <p className="import-check import-check--warning">
          <span aria-hidden="true">⚠ </span>
          <strong>Check:</strong> no invoices could be read from this file, so there is nothing to
          import. Check what each column holds, under Columns.
        </p>
      )}
      {counts.older > 0 && (
        <p className="import-check import-check--warning">
          <span aria-hidden="true">⚠ </span>
          <strong>Check:</strong> {counted(counts.older, 'invoice is', 'invoices are')} stored from
          a newer report than this one; {counts.older === 1 ? 'it is' : 'they are'} left as stored.
        </p>
      )}
      <ImportFindings report={report} />
      <div className="import-preview__full">
        <input
          id="import-full-report"
          type="checkbox"
          checked={isFullReport}
          aria-disabled={isBusy ? true : undefined}
          onChange={(event) => {
            if (!isBusy) void setFullReport(event.target.checked);
          }}
        />
        <label htmlFor="import-full-report">
          This report lists every open invoice (invoices it no longer lists are closed as paid)
        </label>
      </div>
      {error && <ImportFailureMessage fileName={preview.fileName} step="read" failure={error} />}
      <div className="import-preview__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!hasInvoices}
          aria-disabled={isBusy ? true : undefined}
          onClick={() => {
            if (!isBusy) void apply();
          }}
        >
          {hasInvoices ? `Import ${counted(invoices, 'invoice', 'invoices')}` : 'Import'}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={isBusy ? true : undefined}
          onClick={() => {
            if (!isBusy) discard();
          }}
        >
          Cancel
        </button>
      </div>
      <ImportColumns
        key={revision}
        preview={preview}
        isBusy={isBusy}
        isOpen={isColumnsOpen}
        onToggle={() => setIsColumnsOpen((isOpen) => !isOpen)}
        onReadAgain={(mapping) => void remap(mapping)}
      />
    </section>
  );
}

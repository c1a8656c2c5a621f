import type { ImportPreview } from '../../../shared/domain/imports';
import { amount, count, counted, problemReason } from './import-format';

type Report = ImportPreview['report'];

/** Each total row of the report against the lines it covers; a mismatch is a warning in words. */
function TotalChecks({ report }: { readonly report: Report }) {
  const { totals } = report;
  const mark = report.mapping.decimalMark;
  if (totals.length === 0) return null;
  return (
    <ul className="import-checks" aria-label="Totals check">
      {totals.map((total) =>
        total.statedCents === total.readCents ? (
          <li key={total.line} className="import-check import-check--ok">
            <span aria-hidden="true">✓ </span>“{total.label}” (line {total.line}):{' '}
            {amount(total.statedCents, mark)}, as the rows add up.
          </li>
        ) : (
          <li key={total.line} className="import-check import-check--warning">
            <span aria-hidden="true">⚠ </span>
            <strong>Check:</strong> “{total.label}” (line {total.line}) says{' '}
            {amount(total.statedCents, mark)}, but the rows read add up to{' '}
            {amount(total.readCents, mark)}.
          </li>
        ),
      )}
    </ul>
  );
}

/**
 * The reader's warnings, less those that repeat a mismatched total (main words each of those as a
 * warning too, starting with its line), which the totals check already shows.
 */
function Warnings({ report }: { readonly report: Report }) {
  const mismatchedLines = report.totals
    .filter((total) => total.statedCents !== total.readCents)
    .map((total) => `Line ${total.line}: `);
  const warnings = report.warnings.filter(
    (warning) => !mismatchedLines.some((prefix) => warning.startsWith(prefix)),
  );
  if (warnings.length === 0) return null;
  return (
    <ul className="import-checks" aria-label="Warnings">
      {warnings.map((warning, index) => (
        <li key={`${index}:${warning}`} className="import-check import-check--warning">
          <span aria-hidden="true">⚠ </span>
          <strong>Check:</strong> {warning}
        </li>
      ))}
    </ul>
  );
}

/** Every row that holds data but cannot be used, by line number, in a list that scrolls. */
function Problems({ report }: { readonly report: Report }) {
  if (report.problemCount === 0) return null;
  const unlisted = report.problemCount - report.problems.length;
  return (
    <div className="import-problems">
      <p id="import-problems-label" className="import-problems__title">
        <span aria-hidden="true">⚠ </span>
        {counted(report.problemCount, 'row', 'rows')} cannot be used and will be left out:
      </p>
      {/* Focusable so the keyboard can scroll it. */}
      <ul className="import-problems__list" aria-labelledby="import-problems-label" tabIndex={0}>
        {report.problems.map((problem) => (
          <li key={problem.line}>
            <span className="import-problems__line">Line {count(problem.line)}:</span>{' '}
            {problemReason(problem.line, problem.reason)}
          </li>
        ))}
      </ul>
      {unlisted > 0 && <p className="import-problems__more">and {count(unlisted)} more.</p>}
    </div>
  );
}

/** What the reader noticed in the report: totals, warnings and unusable rows, in that order. */
export function ImportFindings({ report }: { readonly report: Report }) {
  return (
    <>
      <TotalChecks report={report} />
      <Warnings report={report} />
      <Problems report={report} />
    </>
  );
}

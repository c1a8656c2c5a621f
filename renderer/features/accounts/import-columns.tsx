import { useState } from 'react';
import {
  COLUMN_ROLE_LABELS,
  LAYOUT_LABELS,
  type ColumnMapping,
  type ColumnRole,
  type DateOrder,
  type DecimalMark,
} from '../../../shared/domain/aging-report';
import type { ImportPreview } from '../../../shared/domain/imports';
import { SelectField } from '../../ui/select-field';
import { TextField } from '../../ui/text-field';
import { dateOrderExamples } from './import-format';

const ROLE_OPTIONS = (Object.keys(COLUMN_ROLE_LABELS) as ColumnRole[]).map((role) => ({
  value: role,
  label: COLUMN_ROLE_LABELS[role],
}));

const DECIMAL_OPTIONS = [
  { value: '.', label: 'Point: 1,234.56' },
  { value: ',', label: 'Comma: 1.234,56' },
];

const SAMPLE_VALUES_SHOWN = 3;

const DELIMITER_NAMES: Readonly<Record<string, string>> = {
  ',': 'commas',
  ';': 'semicolons',
  '\t': 'tabs',
  '|': 'vertical bars',
};

const sameRoles = (a: readonly ColumnRole[], b: readonly ColumnRole[]) =>
  a.length === b.length && a.every((role, index) => role === b[index]);

/** The first date in the columns the mapping reads as dates, for the date order's example. */
function firstDate(report: ImportPreview['report'], roles: readonly ColumnRole[]): string | null {
  for (const row of report.sample) {
    for (const [index, role] of roles.entries()) {
      const cell = row.cells[index]?.trim() ?? '';
      if ((role === 'invoiceDate' || role === 'dueDate') && cell !== '') return cell;
    }
  }
  return null;
}

interface ImportColumnsProps {
  readonly preview: ImportPreview;
  /** A read is under way: the edits wait until it has answered. */
  readonly isBusy: boolean;
  readonly isOpen: boolean;
  readonly onToggle: () => void;
  readonly onReadAgain: (mapping: ColumnMapping) => void;
}

/**
 * What each column of the report holds, each with its heading and first values, as a list that
 * fits a narrow window; plus the header line and how the report writes dates and decimals.
 * Remounted for each new reading, so edits start from what main read.
 */
export function ImportColumns({
  preview,
  isBusy,
  isOpen,
  onToggle,
  onReadAgain,
}: ImportColumnsProps) {
  const { report } = preview;
  const columnCount = Math.max(report.headers.length, report.mapping.roles.length);
  const readRoles = Array.from(
    { length: columnCount },
    (_, index): ColumnRole => report.mapping.roles[index] ?? 'ignore',
  );
  const [roles, setRoles] = useState<readonly ColumnRole[]>(readRoles);
  const [dateOrder, setDateOrder] = useState<DateOrder>(report.mapping.dateOrder);
  const [decimalMark, setDecimalMark] = useState<DecimalMark>(report.mapping.decimalMark);
  const [headerLineText, setHeaderLineText] = useState(String(report.mapping.headerLine));
  const [headerLineError, setHeaderLineError] = useState<string | null>(null);
  const isEdited =
    headerLineText.trim() !== String(report.mapping.headerLine) ||
    !sameRoles(roles, readRoles) ||
    dateOrder !== report.mapping.dateOrder ||
    decimalMark !== report.mapping.decimalMark;
  const examples = dateOrderExamples(firstDate(report, roles));
  const delimiter = DELIMITER_NAMES[preview.delimiter] ?? `“${preview.delimiter}”`;

  function handleReadAgain() {
    if (isBusy) return;
    const headerLine = Number(headerLineText.trim());
    if (!/^\d+$/.test(headerLineText.trim()) || headerLine < 1 || headerLine > report.lineCount) {
      setHeaderLineError(
        `Type the number of the line with the column headings, from 1 to ${report.lineCount}.`,
      );
      return;
    }
    setHeaderLineError(null);
    onReadAgain({ headerLine, roles, dateOrder, decimalMark });
  }

  function handleRole(index: number, role: ColumnRole) {
    setRoles((current) => current.map((existing, at) => (at === index ? role : existing)));
  }

  return (
    <div className="import-columns">
      <button
        type="button"
        className="import-columns__toggle"
        aria-expanded={isOpen}
        aria-controls="import-columns-panel"
        onClick={onToggle}
      >
        <span aria-hidden="true">{isOpen ? '▾ ' : '▸ '}</span>
        Columns: {LAYOUT_LABELS[report.layout]}
      </button>
      <div id="import-columns-panel" className="import-columns__panel" hidden={!isOpen}>
        <p className="field__hint">
          Read as {preview.encoding} text with {delimiter} between values. Choose what each column
          holds.
        </p>
        <TextField
          id="import-header-line"
          label="Line with the column headings"
          value={headerLineText}
          onChange={setHeaderLineText}
          inputMode="numeric"
          error={headerLineError ?? undefined}
        />
        <ol className="import-columns__list" aria-label="Columns">
          {readRoles.map((_, index) => {
            const id = `import-column-${index}`;
            const heading = report.headers[index]?.trim() ?? '';
            const values = report.sample
              .slice(0, SAMPLE_VALUES_SHOWN)
              .map((row) => row.cells[index]?.trim() || '(empty)');
            return (
              <li key={id} className="import-column">
                <label htmlFor={id} className="import-column__heading">
                  <span className="import-column__number">Column {index + 1}:</span>{' '}
                  {heading || '(no heading)'}
                </label>
                <select
                  id={id}
                  value={roles[index] ?? 'ignore'}
                  aria-describedby={values.length > 0 ? `${id}-sample` : undefined}
                  onChange={(event) => handleRole(index, event.target.value as ColumnRole)}
                >
                  {ROLE_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
                {values.length > 0 && (
                  <p id={`${id}-sample`} className="import-column__sample">
                    First values: {values.join(' · ')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
        <SelectField
          id="import-date-order"
          label="Dates are written"
          value={dateOrder}
          options={[
            { value: 'month-first', label: `Month first (${examples['month-first']})` },
            { value: 'day-first', label: `Day first (${examples['day-first']})` },
          ]}
          onChange={(value) => setDateOrder(value as DateOrder)}
        />
        <SelectField
          id="import-decimal-mark"
          label="Decimal mark"
          value={decimalMark}
          options={DECIMAL_OPTIONS}
          onChange={(value) => setDecimalMark(value as DecimalMark)}
        />
        {isEdited && <p className="field__hint">Your changes count once the file is read again.</p>}
        <button
          type="button"
          className="button"
          aria-disabled={isBusy ? true : undefined}
          onClick={handleReadAgain}
        >
          Read again with these columns
        </button>
      </div>
    </div>
  );
}

import type { ChangeEvent } from 'react';
import { useImportState } from '../../app/stores';

/** The file picker for an aging report: a real file input, reachable and labelled as such. */
export function ImportFilePicker() {
  const choose = useImportState((state) => state.actions.choose);

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared, so the same file can be chosen again (to finish an import that was stopped).
    event.target.value = '';
    if (file) void choose(file);
  }

  return (
    <div className="field import-file">
      <label htmlFor="import-file">Choose an aging report (CSV)</label>
      <input
        id="import-file"
        type="file"
        accept=".csv,.txt,text/csv"
        aria-describedby="import-file-hint"
        onChange={handleChange}
      />
      <p id="import-file-hint" className="field__hint">
        Export the A/R aging report from your accounting system as CSV. Nothing is stored until you
        have checked the preview and pressed Import.
      </p>
    </div>
  );
}

import { useRef, useState, type ChangeEvent } from 'react';
import { PLAYBOOK_FILE_MAX_BYTES } from '../../../shared/domain/playbook';
import { usePlaybookState } from '../../app/stores';
import { ImportRefusal } from './import-refusal';
import type { ImportState } from './playbook-store';

const bytes = (size: number) => `${size.toLocaleString('en-US')} bytes`;

/** A problem found in the renderer, before the file reached main. */
interface FileProblem {
  readonly fileName: string;
  readonly message: string;
}

/** What to show: a file still being read or refused here comes before the store's last import. */
function shownState(
  importState: ImportState,
  readingName: string | null,
  fileProblem: FileProblem | null,
): ImportState {
  if (readingName !== null) return { status: 'importing', fileName: readingName };
  if (fileProblem !== null) return { status: 'refused', ...fileProblem, issues: [] };
  return importState;
}

/** Choosing a playbook file, and how its import went. */
export function ImportPlaybook() {
  const importState = usePlaybookState((state) => state.importState);
  const importFile = usePlaybookState((state) => state.actions.importFile);
  const inputRef = useRef<HTMLInputElement>(null);
  const [readingName, setReadingName] = useState<string | null>(null);
  const [fileProblem, setFileProblem] = useState<FileProblem | null>(null);

  async function handleFile(file: File) {
    setFileProblem(null);
    if (file.size > PLAYBOOK_FILE_MAX_BYTES) {
      setFileProblem({
        fileName: file.name,
        message: `This file is ${bytes(file.size)}; a playbook file can be at most ${bytes(PLAYBOOK_FILE_MAX_BYTES)}, so it was not read. Check that you chose the playbook you exported.`,
      });
      return;
    }
    setReadingName(file.name);
    let text: string;
    try {
      text = await file.text();
    } catch {
      setFileProblem({
        fileName: file.name,
        message: 'This file could not be read. Check that it is still there and try again.',
      });
      return;
    } finally {
      setReadingName(null);
    }
    await importFile(file.name, text);
  }

  function handleChange(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Clearing the choice lets the same file be imported again once it has been fixed.
    event.target.value = '';
    if (file) void handleFile(file);
  }

  const shown = shownState(importState, readingName, fileProblem);

  return (
    <div className="playbook-import">
      <button type="button" className="button" onClick={() => inputRef.current?.click()}>
        Import a playbook…
      </button>
      <input
        ref={inputRef}
        type="file"
        accept="application/json,.json"
        aria-label="Playbook file to import"
        hidden
        onChange={handleChange}
      />
      <p className="playbook-import__status" role="status">
        {shown.status === 'importing' && `Importing “${shown.fileName}”…`}
        {shown.status === 'imported' && (
          <>
            <span aria-hidden="true">✓ </span>
            {shown.message}
          </>
        )}
      </p>
      {shown.status === 'refused' && (
        <ImportRefusal fileName={shown.fileName} message={shown.message} issues={shown.issues} />
      )}
    </div>
  );
}

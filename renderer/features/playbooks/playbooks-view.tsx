import type { Playbook } from '../../../shared/domain/playbook';
import { usePlaybookState } from '../../app/stores';
import { ImportPlaybook } from './import-playbook';
import { PlaybookList } from './playbook-list';
import { saveTextFile } from './save-file';

/** The playbooks tab: what is stored, and moving playbooks in and out as files. */
export function PlaybooksView() {
  const playbooks = usePlaybookState((state) => state.playbooks);
  const defaultId = usePlaybookState((state) => state.defaultId);
  const isLoaded = usePlaybookState((state) => state.isLoaded);
  const exportError = usePlaybookState((state) => state.exportError);
  const exportFile = usePlaybookState((state) => state.actions.exportFile);

  async function handleExport(playbook: Playbook) {
    const file = await exportFile(playbook.id);
    if (file) saveTextFile(file.fileName, file.text);
  }

  return (
    <section className="playbooks" aria-labelledby="playbooks-heading">
      <h2 id="playbooks-heading">Playbooks</h2>
      <p className="playbooks__help">
        To change a playbook, export it, edit the file in a text editor, then import it here. Each
        import is stored as a new version; past calls keep the version they used.
      </p>
      {!isLoaded && <p className="loading">Loading playbooks…</p>}
      {isLoaded && playbooks.length === 0 && <p className="empty">No playbooks are stored.</p>}
      {playbooks.length > 0 && (
        <PlaybookList
          playbooks={playbooks}
          defaultId={defaultId}
          onExport={(playbook) => void handleExport(playbook)}
        />
      )}
      {exportError && (
        <p className="form-error" role="alert">
          The playbook could not be exported: {exportError}
        </p>
      )}
      <ImportPlaybook />
    </section>
  );
}

import type { Playbook } from '../../../shared/domain/playbook';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

interface PlaybookListProps {
  readonly playbooks: readonly Playbook[];
  readonly defaultId: string | null;
  readonly onExport: (playbook: Playbook) => void;
}

/** The stored playbooks, latest version of each, with a way to save each as a file. */
export function PlaybookList({ playbooks, defaultId, onExport }: PlaybookListProps) {
  return (
    <ul className="playbook-list" aria-label="Stored playbooks">
      {playbooks.map((playbook) => {
        const isDefault = playbook.id === defaultId;
        return (
          <li key={playbook.id} className="playbook-item">
            <div className="playbook-item__text">
              <span className="playbook-item__name">
                {playbook.name}
                {isDefault && (
                  <>
                    {' '}
                    <span className="badge">Default</span>
                  </>
                )}
              </span>
              <span className="playbook-item__meta">
                version {playbook.version} · {count(playbook.steps.length, 'step', 'steps')} ·{' '}
                {count(playbook.branches.length, 'situation', 'situations')}
              </span>
            </div>
            <button
              type="button"
              className="button"
              // The visible word starts the name, so voice control's "click Export" still works.
              aria-label={`Export ${playbook.name}`}
              onClick={() => onExport(playbook)}
            >
              Export
            </button>
          </li>
        );
      })}
    </ul>
  );
}

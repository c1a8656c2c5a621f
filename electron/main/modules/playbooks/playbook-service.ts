import { isDeepStrictEqual } from 'node:util';
import type { Playbook, PlaybookListing } from '../../../../shared/domain/playbook';
import type { PlaybookExport, PlaybookImport } from '../../../../shared/ipc/contract';
import { defaultArPlaybook } from '../../../../shared/playbooks/default-ar-playbook';
import { checkPlaybookFile } from '../../../../shared/playbooks/playbook-schema';
import { RequestError } from '../../core/request-error';
import type { PlaybookRepository } from './playbook-repository';
import type { Publish } from '../../core/publish';

export const IMPORT_REFUSED_MESSAGE =
  'This file was not imported. Fix the problems below and import it again. Nothing stored has changed.';

export interface PlaybookServiceDeps {
  readonly playbooks: PlaybookRepository;
  /** Epoch milliseconds, stamped on each stored snapshot. */
  readonly clock: () => number;
  readonly publish: Publish;
  /** Shipped with the app and stored on first use; the first one is pre-selected. */
  readonly builtIn?: readonly Playbook[];
  /** False on a database that can only be read: the built-ins are then not stored. */
  readonly canWrite?: boolean;
}

/**
 * The playbooks a caller can use, as stored snapshots. A snapshot never changes: importing a
 * changed playbook adds a version, and a call keeps reading the version it started on.
 */
export interface PlaybookService {
  /** The newest version of each playbook, by name, and the one to pre-select. */
  list(): PlaybookListing;
  /**
   * Exactly the snapshot a call used; not-found when it is not stored. Calls made before
   * snapshots were stored (an earlier built-in version) get the built-in playbook's newest one.
   */
  get(playbookId: string, version: number): Playbook;
  /** The newest version, the one a new call starts on; not-found when there is none. */
  current(playbookId: string): Playbook;
  /**
   * Checks a playbook file and stores it as a new version, in one transaction. A refused file
   * changes nothing and comes back as invalid-input with every problem and its path. A file that
   * matches the newest stored version (apart from its version number) stores nothing.
   */
  import(fileText: string): PlaybookImport;
  /** The newest version as a file that `import` takes back. */
  export(playbookId: string): PlaybookExport;
}

/** The same playbook apart from its version number. */
function isSameContent(a: Playbook, b: Playbook): boolean {
  return isDeepStrictEqual({ ...a, version: 0 }, { ...b, version: 0 });
}

export function createPlaybookService(deps: PlaybookServiceDeps): PlaybookService {
  const { playbooks, clock, publish } = deps;
  const builtIn = deps.builtIn ?? [defaultArPlaybook];
  const defaultId = builtIn[0]?.id ?? defaultArPlaybook.id;

  // Each built-in version is stored once; one already there (even if changed since) is kept.
  if (deps.canWrite !== false) {
    playbooks.transaction(() => {
      for (const playbook of builtIn) playbooks.insert(playbook, clock());
    });
  }

  function list(): PlaybookListing {
    const sorted = playbooks
      .list()
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    return { playbooks: sorted, defaultId };
  }

  function current(playbookId: string): Playbook {
    const playbook = playbooks.latest(playbookId);
    if (!playbook) throw new RequestError('not-found', 'That playbook is not available.');
    return playbook;
  }

  return {
    list,
    current,

    get(playbookId, version) {
      const shipped = builtIn.find((candidate) => candidate.id === playbookId);
      const isFromBeforeSnapshots = shipped !== undefined && version < shipped.version;
      const playbook =
        playbooks.get(playbookId, version) ??
        (isFromBeforeSnapshots ? playbooks.latest(playbookId) : null);
      if (!playbook) {
        throw new RequestError(
          'not-found',
          `Version ${version} of that playbook is not stored, so it can’t be shown.`,
        );
      }
      return playbook;
    },

    import(fileText) {
      const check = checkPlaybookFile(fileText);
      if (!check.ok) throw new RequestError('invalid-input', IMPORT_REFUSED_MESSAGE, check.issues);
      const file = check.playbook;

      const outcome = playbooks.transaction(() => {
        const latest = playbooks.latest(file.id);
        if (latest && isSameContent(latest, file)) return { playbook: latest, isNew: false };
        // The version inside a stored document is always the version it is stored as.
        const version = Math.max(file.version, (playbooks.highestVersion(file.id) ?? 0) + 1);
        const snapshot: Playbook = { ...file, version };
        playbooks.insert(snapshot, clock());
        return { playbook: snapshot, isNew: true };
      });

      const { playbook } = outcome;
      if (!outcome.isNew) {
        return {
          playbook,
          message: `"${playbook.name}" is already up to date (version ${playbook.version}).`,
        };
      }
      publish('playbooks:changed', list());
      return { playbook, message: `Imported "${playbook.name}" as version ${playbook.version}.` };
    },

    export(playbookId) {
      const playbook = current(playbookId);
      return {
        fileName: `${playbook.id}-v${playbook.version}.json`,
        text: `${JSON.stringify(playbook, null, 2)}\n`,
      };
    },
  };
}

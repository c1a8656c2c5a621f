import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Playbook, PlaybookListing } from '../../../shared/domain/playbook';
import type { CallCoachApi, Unsubscribe } from '../../../shared/ipc/api';
import type { PlaybookExport } from '../../../shared/ipc/contract';

/** Where the last import stands, with main's words for it. */
export type ImportState =
  | { readonly status: 'idle' }
  | { readonly status: 'importing'; readonly fileName: string }
  | { readonly status: 'imported'; readonly fileName: string; readonly message: string }
  | {
      readonly status: 'refused';
      readonly fileName: string;
      readonly message: string;
      readonly issues: readonly string[];
    };

export interface PlaybookActions {
  load: () => Promise<void>;
  /** Listens to main's broadcasts; returns the way to stop. */
  connect: () => Unsubscribe;
  /** Makes sure the exact version a call used is at hand (it may be older than the latest). */
  ensureSnapshot: (playbookId: string, version: number) => Promise<void>;
  importFile: (fileName: string, fileText: string) => Promise<void>;
  /** The file to save, or null when main refused (the error is in `exportError`). */
  exportFile: (playbookId: string) => Promise<PlaybookExport | null>;
  received: (listing: PlaybookListing) => void;
}

export interface PlaybookState {
  /** The latest version of each stored playbook. */
  readonly playbooks: readonly Playbook[];
  readonly defaultId: string | null;
  /** Every version this window has seen, by `snapshotKey`. */
  readonly snapshots: Readonly<Record<string, Playbook>>;
  readonly isLoaded: boolean;
  /** Why the stored playbooks could not be listed; calls cannot start until they are. */
  readonly error: string | null;
  /** Why a call's own version could not be fetched, by `snapshotKey`. */
  readonly snapshotErrors: Readonly<Record<string, string>>;
  readonly importState: ImportState;
  /** Why the last export failed, until the next one is asked for. */
  readonly exportError: string | null;
  readonly actions: PlaybookActions;
}

export type PlaybookStore = StoreApi<PlaybookState>;

export const snapshotKey = (playbookId: string, version: number): string =>
  `${playbookId}@${version}`;

/** The listed playbooks with `playbook` as the latest of its id, if it is newer. */
function withLatest(playbooks: readonly Playbook[], playbook: Playbook): readonly Playbook[] {
  const listed = playbooks.find((candidate) => candidate.id === playbook.id);
  if (!listed) return [...playbooks, playbook];
  if (listed.version >= playbook.version) return playbooks;
  return playbooks.map((candidate) => (candidate === listed ? playbook : candidate));
}

function withSnapshots(
  known: Readonly<Record<string, Playbook>>,
  playbooks: readonly Playbook[],
): Record<string, Playbook> {
  const next = { ...known };
  for (const playbook of playbooks) next[snapshotKey(playbook.id, playbook.version)] = playbook;
  return next;
}

/** The stored playbooks, the snapshots calls use, and importing and exporting files. */
export function createPlaybookStore(api: CallCoachApi): PlaybookStore {
  const pending = new Set<string>();
  // Only the latest file chosen gets to report how its import went.
  let latestImport = 0;
  return createStore<PlaybookState>()((set, get) => ({
    playbooks: [],
    defaultId: null,
    snapshots: {},
    isLoaded: false,
    error: null,
    snapshotErrors: {},
    importState: { status: 'idle' },
    exportError: null,
    actions: {
      async load() {
        const result = await api.playbooks.list();
        if (!result.ok) {
          set({ isLoaded: true, error: result.error.message });
          return;
        }
        get().actions.received(result.value);
      },

      connect() {
        return api.events.playbooksChanged((listing) => get().actions.received(listing));
      },

      async ensureSnapshot(playbookId, version) {
        const key = snapshotKey(playbookId, version);
        if (get().snapshots[key] || pending.has(key)) return;
        pending.add(key);
        const result = await api.playbooks.get(playbookId, version);
        pending.delete(key);
        // A missing old version is not a failure to load the playbooks: calls can still start.
        if (!result.ok) {
          set({ snapshotErrors: { ...get().snapshotErrors, [key]: result.error.message } });
          return;
        }
        const snapshotErrors = { ...get().snapshotErrors };
        delete snapshotErrors[key];
        // Kept under the key asked for as well: a call from before snapshots were stored names a
        // version main answers with its newer one.
        const snapshots = {
          ...withSnapshots(get().snapshots, [result.value]),
          [key]: result.value,
        };
        set({ snapshots, snapshotErrors });
      },

      async importFile(fileName, fileText) {
        const request = ++latestImport;
        set({ importState: { status: 'importing', fileName } });
        const result = await api.playbooks.import(fileText);
        if (request !== latestImport) return;
        if (result.ok) {
          const { playbook, message } = result.value;
          // Main also broadcasts the new listing; this shows the new version even before it lands.
          set({
            importState: { status: 'imported', fileName, message },
            playbooks: withLatest(get().playbooks, playbook),
            snapshots: withSnapshots(get().snapshots, [playbook]),
          });
          return;
        }
        set({
          importState: {
            status: 'refused',
            fileName,
            message: result.error.message,
            issues: result.error.issues ?? [],
          },
        });
      },

      async exportFile(playbookId) {
        set({ exportError: null });
        const result = await api.playbooks.export(playbookId);
        if (result.ok) return result.value;
        set({ exportError: result.error.message });
        return null;
      },

      received(listing) {
        set({
          playbooks: listing.playbooks,
          defaultId: listing.defaultId,
          snapshots: withSnapshots(get().snapshots, listing.playbooks),
          isLoaded: true,
          error: null,
        });
      },
    },
  }));
}

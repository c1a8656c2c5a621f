import type { Playbook } from '../../../shared/domain/playbook';
import { defaultArPlaybook } from '../../../shared/playbooks/default-ar-playbook';
import { RequestError } from '../ipc/request-error';

/** The playbooks a caller can use. For now the built-in one; stored playbooks come later. */
export interface PlaybookService {
  list(): readonly Playbook[];
  get(playbookId: string): Playbook;
}

export function createPlaybookService(
  available: readonly Playbook[] = [defaultArPlaybook],
): PlaybookService {
  return {
    list: () => available,
    get(playbookId) {
      const playbook = available.find((candidate) => candidate.id === playbookId);
      if (!playbook) throw new RequestError('not-found', 'That playbook is not available.');
      return playbook;
    },
  };
}

import { useCallback, useState } from 'react';
import type { SettingsPatch } from '../../../shared/domain/settings';
import { useSettingsState } from '../../app/stores';
import type { Message } from './live-message';

/**
 * Saves settings for one part of the page and keeps main's refusal, if any, for that part to
 * show. The store shows the change at once and puts the old value back when main refuses.
 */
export function useSettingsUpdate(): {
  readonly save: (patch: SettingsPatch) => void;
  readonly refusal: Message | null;
} {
  const update = useSettingsState((state) => state.actions.update);
  const [refusal, setRefusal] = useState<Message | null>(null);
  const save = useCallback(
    (patch: SettingsPatch) => {
      void update(patch).then((message) =>
        setRefusal(
          message ? { tone: 'error', text: `That change was not kept: ${message}` } : null,
        ),
      );
    },
    [update],
  );
  return { save, refusal };
}

import { createSignal } from './signal';

const requests = createSignal<void>();

/** Asks the cheat sheet to open (the `?` key, the Keys button). */
export function requestCheatSheet(): void {
  requests.send();
}

/** The cheat sheet listens here. */
export const onCheatSheetRequest = requests.listen;

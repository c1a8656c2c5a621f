import { createSignal } from './signal';

const announcements = createSignal<string>();

/**
 * Says something to screen readers, politely (after what they are reading): for commands that
 * could not do what was asked, where a visible message would only get in the caller's way.
 */
export function announce(message: string): void {
  announcements.send(message);
}

/** Hears every announcement; the step announcer reads them out. */
export const onAnnouncement = announcements.listen;

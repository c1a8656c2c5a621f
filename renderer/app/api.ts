import type { CallCoachApi } from '../../shared/ipc/api';

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the preview bridge (browser). */
    callCoach?: CallCoachApi;
  }
}

/** The one place the renderer reads the API from the page; everything else receives it. */
export function getApi(): CallCoachApi {
  if (!window.callCoach) {
    throw new Error('Call Coach could not connect to its main process (the API is missing).');
  }
  return window.callCoach;
}

import { clickLink } from '../../ui/click-link';

/**
 * Offers `text` as a download named `fileName`, the way a browser page saves a file: a Blob
 * behind a temporary link. Electron shows its save dialog for it; the preview saves as usual.
 */
export function saveTextFile(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  try {
    clickLink(url, fileName);
  } finally {
    // Chromium resolves the blob when the download starts; freeing it on the next task is safe
    // and keeps the page from holding every exported file in memory.
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
}

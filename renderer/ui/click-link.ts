/**
 * Follows a link the way a click on it would, without leaving the page: a hidden anchor, clicked
 * and removed. With `download` the browser saves what it points at under that name; without, a
 * `mailto:` link main built is handed to the system's mail app.
 */
export function clickLink(href: string, download?: string): void {
  const link = document.createElement('a');
  link.href = href;
  if (download !== undefined) link.download = download;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
  }
}

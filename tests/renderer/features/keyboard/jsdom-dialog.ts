/**
 * jsdom has <dialog> but neither showModal() nor close(), and no scrollIntoView(). These stand in
 * for the browser's as far as the cheat sheet relies on them: the open attribute, the close
 * event, and Escape cancelling the topmost modal dialog. (Focus trapping and the inert page
 * behind a modal are the browser's; the end-to-end tests cover those.)
 */
export function installDialogSupport(): void {
  const dialogs = HTMLDialogElement.prototype as Partial<HTMLDialogElement>;
  if (!Element.prototype.scrollIntoView) Element.prototype.scrollIntoView = () => {};
  if (dialogs.showModal) return;
  dialogs.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  dialogs.close = function (this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const dialog = [...document.querySelectorAll('dialog')].findLast((each) => each.open);
    if (dialog?.dispatchEvent(new Event('cancel', { cancelable: true }))) dialog.close();
  });
}

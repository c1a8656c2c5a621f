/**
 * Puts `html` and `text` on the clipboard together, so a mail program pastes the formatted
 * version and a plain field pastes the text. Where the page cannot write both (no
 * `ClipboardItem`, as in some older engines), the text alone. Rejects when the clipboard refuses.
 */
export async function copyRichText(html: string, text: string): Promise<void> {
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (!clipboard) throw new Error('This window cannot reach the clipboard.');
  if (typeof ClipboardItem === 'function' && typeof clipboard.write === 'function') {
    await clipboard.write([
      new ClipboardItem({
        'text/html': new Blob([html], { type: 'text/html' }),
        'text/plain': new Blob([text], { type: 'text/plain' }),
      }),
    ]);
    return;
  }
  await clipboard.writeText(text);
}

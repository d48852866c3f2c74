/**
 * 「复制到 Word」: rich text (text/html) plus plain text on the clipboard. Browsers and Office hosts
 * may block the async clipboard; the caller then shows the text selected for Ctrl+C.
 */
export async function copyRich(html: string | null, text: string): Promise<boolean> {
  try {
    const clip = navigator.clipboard;
    if (!clip) return false;
    if (html && typeof ClipboardItem !== 'undefined' && typeof clip.write === 'function') {
      await clip.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ]);
      return true;
    }
    if (typeof clip.writeText === 'function') {
      await clip.writeText(text);
      return true;
    }
    return false;
  } catch {
    return false;
  }
}

/** Save a Blob as a file (the workbench and Excel on the web; desktop Excel opens the save dialog). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** A file the export dialog made, ready to be saved. */
export interface ExportedFile {
  readonly name: string;
  readonly blob: Blob;
}

/** Copies text with the Clipboard API; false when the page may not (e.g. opened from disk). */
export async function clipboardCopy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves a blob through a temporary link inside `host` (the modal dialog: the rest of the page is inert). */
export function downloadWithin(host: HTMLElement | null): (file: ExportedFile) => void {
  return ({ name, blob }) => {
    const url = URL.createObjectURL(blob);
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    a.hidden = true;
    (host ?? document.body).append(a);
    a.click();
    a.remove();
    // The download has started from the URL by now; keep it a while for slow disks.
    window.setTimeout(() => {
      URL.revokeObjectURL(url);
    }, 60_000);
  };
}

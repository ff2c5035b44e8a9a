import { useEffect, useRef, type RefObject } from 'react';

/**
 * Opens a native `<dialog>` as a modal when it mounts (focus stays inside, Esc closes) and closes it
 * when it unmounts; the dialog's own close (Esc, a Close button) calls the latest `onClose`.
 */
export function useModalDialog(dialog: RefObject<HTMLDialogElement | null>, onClose: () => void): void {
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (!d.open) d.showModal();
    const onDialogClose = () => {
      onCloseRef.current();
    };
    d.addEventListener('close', onDialogClose);
    return () => {
      d.removeEventListener('close', onDialogClose);
      if (d.open) d.close();
    };
  }, [dialog]);
}

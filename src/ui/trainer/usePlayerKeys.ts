import { useEffect, useRef } from 'react';
import { commandForKey } from '../../core/trainer/keyCommands.ts';
import type { PlayerEvent } from '../../core/trainer/playerMachine.ts';

interface Options {
  readonly inWhatIf: boolean;
  readonly presenter: boolean;
  readonly onPresenter?: ((on: boolean) => void) | undefined;
  readonly onFullscreen?: (() => void) | undefined;
}

/** True when a key press belongs to what has focus (typing, choosing an option, pressing a button). */
function ownedByTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('input, select, textarea, [contenteditable="true"]')) return true;
  // Space and Enter press a focused button or follow a link: leave them to it.
  return (key === ' ' || key === 'Enter') && target.closest('button, a[href], [role="button"]') !== null;
}

/**
 * The player's keyboard shortcuts, on the whole window, so that a trainer can present with the keyboard
 * alone wherever focus is: keys come from `keyCommands` (shown on screen from the same table), plus P
 * for the presenter view, F for full screen, and Esc to leave a what-if or the presenter view.
 */
export function usePlayerKeys(send: (event: PlayerEvent) => void, options: Options): void {
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      if (ownedByTarget(e.target, e.key)) return;
      const { inWhatIf, presenter, onPresenter, onFullscreen } = latest.current;
      if (e.key === 'Escape') {
        if (inWhatIf) send({ type: 'whatIf.exit' });
        else if (presenter && onPresenter) onPresenter(false);
        else return;
        e.preventDefault();
        return;
      }
      if ((e.key === 'p' || e.key === 'P') && onPresenter) {
        e.preventDefault();
        onPresenter(!presenter);
        return;
      }
      if ((e.key === 'f' || e.key === 'F') && onFullscreen) {
        e.preventDefault();
        onFullscreen();
        return;
      }
      const event = commandForKey(e.key);
      if (!event) return;
      e.preventDefault();
      send(event);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [send]);
}

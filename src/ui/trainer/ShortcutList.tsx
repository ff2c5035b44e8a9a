import type { ReactNode } from 'react';
import { shortcuts } from '../../core/trainer/keyCommands.ts';

/** Shortcuts the screen adds to the player's own: presenter view and full screen. */
export const screenShortcuts = [
  { display: 'P', label: 'Presenter view' },
  { display: 'F', label: 'Full screen (presenter view)' },
] as const;

/**
 * The keyboard shortcuts, on screen, from the same table the key handler uses. `only` keeps the keys
 * listed (by how they are shown), e.g. those not already written on a button.
 */
export function ShortcutList({
  title = 'Keys',
  only,
}: {
  title?: string;
  only?: readonly string[];
}): ReactNode {
  const all = [...shortcuts.map((s) => ({ display: s.display, label: s.label })), ...screenShortcuts].filter(
    (s) => !only || only.includes(s.display),
  );
  return (
    <section className="shortcuts" aria-label="Keyboard shortcuts">
      <h2 className="shortcuts__title">{title}</h2>
      <dl className="shortcuts__list">
        {all.map((s) => (
          <div key={s.display} className="shortcuts__item">
            <dt>
              <kbd>{s.display}</kbd>
            </dt>
            <dd>{s.label}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

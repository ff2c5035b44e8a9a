import type { ReactNode } from 'react';
import type { Level } from '../../core/pathway/types.ts';
import { useEdit } from './EditorStore.tsx';

/** A level's name (editable), and buttons that move it left or right or remove it (only when empty). */
export function LevelHeader(props: {
  level: Level;
  index: number;
  count: number;
  services: number;
}): ReactNode {
  const { level, index, count, services } = props;
  const edit = useEdit();
  return (
    <div className="editor-level__head">
      <label className="editor-level__name">
        <span className="visually-hidden">Name of level {index + 1}</span>
        <input
          type="text"
          value={level.label}
          onChange={(e) => {
            edit(
              { kind: 'level.set', level: level.id, field: 'label', value: e.target.value },
              `level:${level.id}`,
            );
          }}
        />
      </label>
      <span className="editor-level__actions">
        <button
          type="button"
          aria-label={`Move level ${level.label} left`}
          disabled={index === 0}
          onClick={() => {
            edit({ kind: 'level.move', level: level.id, index: index - 1 });
          }}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          aria-label={`Move level ${level.label} right`}
          disabled={index === count - 1}
          onClick={() => {
            edit({ kind: 'level.move', level: level.id, index: index + 1 });
          }}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button
          type="button"
          aria-label={`Remove level ${level.label}`}
          title={services > 0 ? 'Move its services to another level first' : 'Remove this level'}
          onClick={() => {
            edit({ kind: 'level.remove', level: level.id });
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      </span>
    </div>
  );
}

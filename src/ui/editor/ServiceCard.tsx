import type { DragEvent, KeyboardEvent, ReactNode } from 'react';
import type { Service } from '../../core/pathway/types.ts';
import { keyTags, tagText } from '../common/tags.ts';

/** Where a service can move from its place: up and down in its level, to the level before or after. */
export type MoveDirection = 'up' | 'down' | 'left' | 'right';

const keyMoves: Readonly<Record<string, MoveDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export const DRAG_TYPE = 'application/x-pathway-service';

/**
 * One service on the editor's board: a button that selects it (Alt+arrow keys move it), draggable onto
 * another place; the selected one shows buttons to move it with the keyboard or a pointer.
 */
export function ServiceCard(props: {
  service: Service;
  selected: boolean;
  canMove: Readonly<Record<MoveDirection, boolean>>;
  onSelect: () => void;
  onMove: (direction: MoveDirection) => void;
  onDropBefore: (serviceId: string) => void;
}): ReactNode {
  const { service, selected, canMove, onMove } = props;
  const onKeyDown = (event: KeyboardEvent) => {
    const direction = keyMoves[event.key];
    if (!event.altKey || !direction) return;
    event.preventDefault();
    if (canMove[direction]) onMove(direction);
  };
  const onDrop = (event: DragEvent) => {
    const id = event.dataTransfer.getData(DRAG_TYPE);
    if (!id) return;
    event.preventDefault();
    event.stopPropagation();
    if (id !== service.id) props.onDropBefore(id);
  };
  const tags = keyTags(service.tags);
  const moves: { direction: MoveDirection; symbol: string; words: string }[] = [
    { direction: 'up', symbol: '↑', words: 'up' },
    { direction: 'down', symbol: '↓', words: 'down' },
    { direction: 'left', symbol: '←', words: 'to the level before' },
    { direction: 'right', symbol: '→', words: 'to the level after' },
  ];
  return (
    <li
      className={selected ? 'editor-card editor-card--selected' : 'editor-card'}
      draggable
      onDragStart={(event) => {
        event.dataTransfer.setData(DRAG_TYPE, service.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
      onDragOver={(event) => {
        if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
      }}
      onDrop={onDrop}
    >
      <button
        type="button"
        className="editor-card__name"
        data-card={service.id}
        aria-pressed={selected}
        aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown Alt+ArrowLeft Alt+ArrowRight"
        onClick={props.onSelect}
        onKeyDown={onKeyDown}
      >
        {service.label.trim() === '' ? <em>(no name)</em> : service.label}
        {tags.map((t) => (
          <span key={t} className={`editor-card__tag editor-card__tag--${t}`}>
            {tagText(t)}
          </span>
        ))}
      </button>
      {selected ? (
        <span className="editor-card__moves" role="group" aria-label={`Move ${service.label}`}>
          {moves.map((m) => (
            <button
              key={m.direction}
              type="button"
              aria-label={`Move ${service.label} ${m.words}`}
              title={`Move ${m.words} (Alt+${m.symbol})`}
              disabled={!canMove[m.direction]}
              onClick={() => {
                onMove(m.direction);
              }}
            >
              <span aria-hidden="true">{m.symbol}</span>
            </button>
          ))}
        </span>
      ) : null}
    </li>
  );
}

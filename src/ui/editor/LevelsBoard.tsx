import { useEffect, useRef, useState, type ReactNode } from 'react';
import { servicesByLane } from '../../core/pathway/serviceSlots.ts';
import type { ServiceId } from '../../core/pathway/types.ts';
import { freshId } from '../../core/pathwayEditor/editDraft.ts';
import { useSelectedServiceId, useViewSend } from '../state/ViewStore.tsx';
import { useDraftPathway, useEdit } from './EditorStore.tsx';
import { LevelHeader } from './LevelHeader.tsx';
import { DRAG_TYPE, ServiceCard, type MoveDirection } from './ServiceCard.tsx';

/**
 * The levels left to right as columns of their services top to bottom, as on the map: select a service
 * to edit it; move it by dragging, with its arrow buttons or with Alt+arrow keys; add a service to a
 * level, add a level, rename, move or remove a level.
 */
export function LevelsBoard(): ReactNode {
  const pathway = useDraftPathway();
  const edit = useEdit();
  const send = useViewSend();
  const selected = useSelectedServiceId();
  const board = useRef<HTMLDivElement>(null);
  // The card to focus after a move (a move to another level remounts it), focused once it is drawn.
  const focusAfterMove = useRef<string | null>(null);
  const [newLevel, setNewLevel] = useState('');
  useEffect(() => {
    const id = focusAfterMove.current;
    if (id === null) return;
    focusAfterMove.current = null;
    board.current?.querySelector<HTMLElement>(`[data-card="${CSS.escape(id)}"]`)?.focus();
  });
  const lanes = servicesByLane(pathway);
  const move = (id: string, level: number, index: number) => {
    const target = pathway.levels[level];
    if (!target) return;
    focusAfterMove.current = id;
    edit({ kind: 'service.move', service: id, level: target.id, index });
  };
  const select = (id: ServiceId) => {
    send({ type: 'service.select', serviceId: id });
  };
  return (
    <div className="editor-board" ref={board}>
      <div className="editor-board__levels">
        {pathway.levels.map((level, l) => {
          const lane = lanes[l] ?? [];
          return (
            <section
              key={level.id}
              className="editor-level"
              aria-label={`Level ${level.label}`}
              onDragOver={(event) => {
                if (event.dataTransfer.types.includes(DRAG_TYPE)) event.preventDefault();
              }}
              onDrop={(event) => {
                const id = event.dataTransfer.getData(DRAG_TYPE);
                if (!id) return;
                event.preventDefault();
                move(id, l, lane.length);
              }}
            >
              <LevelHeader level={level} index={l} count={pathway.levels.length} services={lane.length} />
              <ol className="editor-level__services">
                {lane.map((s, i) => (
                  <ServiceCard
                    key={s.id}
                    service={s}
                    selected={s.id === selected}
                    canMove={{
                      up: i > 0,
                      down: i < lane.length - 1,
                      left: l > 0,
                      right: l < lanes.length - 1,
                    }}
                    onSelect={() => {
                      select(s.id);
                    }}
                    onMove={(d: MoveDirection) => {
                      if (d === 'up') move(s.id, l, i - 1);
                      else if (d === 'down') move(s.id, l, i + 1);
                      else move(s.id, d === 'left' ? l - 1 : l + 1, i);
                    }}
                    onDropBefore={(id) => {
                      const from = lane.findIndex((x) => x.id === id);
                      move(id, l, from >= 0 && from < i ? i - 1 : i);
                    }}
                  />
                ))}
              </ol>
              <AddService levelId={level.id} levelLabel={level.label} onAdded={select} />
            </section>
          );
        })}
      </div>
      <form
        className="editor-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (newLevel.trim() === '') return;
          edit({ kind: 'level.add', label: newLevel.trim() });
          setNewLevel('');
        }}
      >
        <label>
          <span>New level</span>
          <input
            type="text"
            value={newLevel}
            onChange={(e) => {
              setNewLevel(e.target.value);
            }}
          />
        </label>
        <button type="submit" disabled={newLevel.trim() === ''}>
          Add level
        </button>
      </form>
    </div>
  );
}

/** A name and a button that add a service at the bottom of a level, then select it. */
function AddService(props: {
  levelId: string;
  levelLabel: string;
  onAdded: (id: ServiceId) => void;
}): ReactNode {
  const pathway = useDraftPathway();
  const edit = useEdit();
  const [label, setLabel] = useState('');
  return (
    <form
      className="editor-inline-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (label.trim() === '') return;
        // The id the edit gives the new service (the same rule), so that it can be selected at once.
        const id = freshId(
          label.trim(),
          pathway.services.map((s) => s.id),
          'service',
        ) as ServiceId;
        edit({ kind: 'service.add', level: props.levelId, label: label.trim() });
        props.onAdded(id);
        setLabel('');
      }}
    >
      <label>
        <span className="visually-hidden">New service in {props.levelLabel}</span>
        <input
          type="text"
          placeholder="New service"
          value={label}
          onChange={(e) => {
            setLabel(e.target.value);
          }}
        />
      </label>
      <button type="submit" disabled={label.trim() === ''} aria-label={`Add service to ${props.levelLabel}`}>
        Add
      </button>
    </form>
  );
}

import type { NodeChange } from '@xyflow/react';

export type SelectionIntent = { kind: 'select'; id: string } | { kind: 'clear' } | { kind: 'none' };

/**
 * What React Flow's node changes mean for the one selected service. React Flow reports a click, Enter
 * or Space on a node as "select it" (with "unselect" for the one selected before), Escape on a selected
 * node and a click on the empty pane as "unselect". The view store, not React Flow, owns the selection,
 * so the map turns these changes into one intent. Only ids in `selectable` (the services) count.
 */
export function selectionFromChanges(
  changes: readonly NodeChange[],
  current: string | null,
  selectable: ReadonlySet<string>,
): SelectionIntent {
  let cleared = false;
  for (const c of changes) {
    if (c.type !== 'select' || !selectable.has(c.id)) continue;
    if (c.selected) return c.id === current ? { kind: 'none' } : { kind: 'select', id: c.id };
    if (c.id === current) cleared = true;
  }
  return cleared ? { kind: 'clear' } : { kind: 'none' };
}

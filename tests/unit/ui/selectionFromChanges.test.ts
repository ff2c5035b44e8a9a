import { describe, expect, it } from 'vitest';
import { selectionFromChanges } from '../../../src/ui/map/selectionFromChanges.ts';

const services = new Set(['school', 'gp']);
const select = (id: string, selected: boolean) => ({ type: 'select' as const, id, selected });

describe('selectionFromChanges', () => {
  it('selects the node React Flow selects (click, Enter or Space)', () => {
    expect(selectionFromChanges([select('school', true)], null, services)).toEqual({
      kind: 'select',
      id: 'school',
    });
    expect(selectionFromChanges([select('school', false), select('gp', true)], 'school', services)).toEqual({
      kind: 'select',
      id: 'gp',
    });
  });

  it('clears on unselecting the selected node (Escape, a click on the pane)', () => {
    expect(selectionFromChanges([select('school', false)], 'school', services)).toEqual({ kind: 'clear' });
  });

  it('ignores lanes, other changes and repeats', () => {
    expect(selectionFromChanges([select('lane:universal', true)], null, services)).toEqual({ kind: 'none' });
    expect(selectionFromChanges([{ type: 'remove', id: 'school' }], 'school', services)).toEqual({
      kind: 'none',
    });
    expect(selectionFromChanges([select('school', true)], 'school', services)).toEqual({ kind: 'none' });
    expect(selectionFromChanges([select('gp', false)], 'school', services)).toEqual({ kind: 'none' });
  });
});

import { buildPathwayMachine, type PathwayMachine } from './buildPathwayMachine.ts';
import { compileTransitionTable, type TransitionTable } from './compileTransitionTable.ts';
import { pathwayLookups, type PathwayLookups } from './pathwayLookups.ts';
import { serviceSlots, type ServiceSlots } from './serviceSlots.ts';
import type { Pathway } from './types.ts';

/**
 * A validated pathway with what every consumer needs: its machine, the table compiled from it, where
 * each service sits (the one placement rule of the map and the figure) and lookups by id.
 */
export interface LoadedPathway {
  readonly pathway: Pathway;
  readonly machine: PathwayMachine;
  readonly table: TransitionTable;
  readonly slots: ServiceSlots;
  readonly lookups: PathwayLookups;
}

export function loadPathway(pathway: Pathway): LoadedPathway {
  const machine = buildPathwayMachine(pathway);
  return {
    pathway,
    machine,
    table: compileTransitionTable(pathway, machine),
    slots: serviceSlots(pathway),
    lookups: pathwayLookups(pathway),
  };
}

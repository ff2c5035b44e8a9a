import { buildPathwayMachine, type PathwayMachine } from './buildPathwayMachine.ts';
import { compileTransitionTable, type TransitionTable } from './compileTransitionTable.ts';
import type { Pathway } from './types.ts';

/** A validated pathway with its machine and the table compiled from it: what every consumer needs. */
export interface LoadedPathway {
  readonly pathway: Pathway;
  readonly machine: PathwayMachine;
  readonly table: TransitionTable;
}

export function loadPathway(pathway: Pathway): LoadedPathway {
  const machine = buildPathwayMachine(pathway);
  return { pathway, machine, table: compileTransitionTable(pathway, machine) };
}

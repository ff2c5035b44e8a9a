import minimalJson from '../../../tests/fixtures/pathways/minimal.json';
import { formatProblem } from '../../core/problems.ts';
import type { Pathway } from '../../core/pathway/types.ts';
import { validatePathway } from '../../core/pathway/validatePathway.ts';
import { loadBundledPathway } from '../data/bundledPathways.ts';

function valid(result: ReturnType<typeof validatePathway>): Pathway {
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.value;
}

/** The pathways stories and browser tests draw: the shipped Coventry pathway and the minimal test fixture. */
export const coventryPathway: Pathway = valid(loadBundledPathway('coventry'));
export const minimalPathway: Pathway = valid(
  validatePathway(minimalJson, 'tests/fixtures/pathways/minimal.json'),
);

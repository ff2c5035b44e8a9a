import { compareCohort, type NamedCohort } from '../core/compare/compareCohort.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import { fail, problem } from '../core/problems.ts';
import type { CompareMessage, FromWorker } from './protocol.ts';

/**
 * The answer to a `compare` request: the first cohort split (or set against the second), or a PL400
 * problem when what is open is an aggregate overlay, which has no journeys to split.
 */
export function compareInWorker(
  request: CompareMessage,
  pathway: LoadedPathway | undefined,
  first: NamedCohort | undefined,
  second: NamedCohort | undefined,
): FromWorker {
  const { id } = request;
  if (!pathway || !first) {
    return {
      type: 'comparison',
      id,
      result: fail([
        problem(
          'PL400',
          'the file open is an aggregate overlay: it has totals but no journeys, so it cannot be split by a date or a column, or set against a second file. Open the cohort file it was made from to compare.',
          { column: 'compare' },
        ),
      ]),
    };
  }
  return { type: 'comparison', id, result: compareCohort(pathway, first, second ?? null, request) };
}

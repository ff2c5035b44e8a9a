import { cohortMetaOf } from '../core/analysis/cohortMeta.ts';
import { copyJourneyTable } from '../core/analysis/journeyIndex.ts';
import { ViewAnalyser } from '../core/analysis/viewAnalyser.ts';
import { indexMap, remapCohort } from '../core/cohort/remapCohort.ts';
import type { LoadedPathway } from '../core/pathway/loadedPathway.ts';
import type { CohortSource } from './cohortSource.ts';
import type { FromWorker, PathwayRequest } from './protocol.ts';

/**
 * The loaded cohort re-indexed to an edited pathway, and its analyser: the answer to a `pathway`
 * request. Always from the cohort as it was read, so removing a service and undoing it brings its events
 * back. With every journey left out (all its services removed) there is no cohort to analyse.
 */
export function repathway(
  request: PathwayRequest,
  loaded: LoadedPathway,
  source: CohortSource | undefined,
): { analyser: ViewAnalyser | undefined; message: FromWorker } {
  const id = request.id;
  if (!source) {
    return {
      analyser: undefined,
      message: { type: 'repathwayed', id, cohort: null, left: { events: 0, journeys: 0 } },
    };
  }
  const remapped = remapCohort(
    source.cohort,
    indexMap(source.keys.services, request.serviceKeys),
    indexMap(source.keys.concerns, request.concernKeys),
  );
  const left = { events: remapped.droppedEvents, journeys: remapped.droppedJourneys };
  if (remapped.cohort.journeyIds.length === 0) {
    return { analyser: undefined, message: { type: 'repathwayed', id, cohort: null, left } };
  }
  const analyser = new ViewAnalyser(loaded, remapped.cohort);
  return {
    analyser,
    message: {
      type: 'repathwayed',
      id,
      cohort: {
        meta: cohortMetaOf(remapped.cohort, loaded.pathway),
        table: copyJourneyTable(analyser.index.table),
      },
      left,
    },
  };
}

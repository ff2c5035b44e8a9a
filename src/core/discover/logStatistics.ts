import type { Cohort } from '../cohort/types.ts';

/** Per service of the cohort's pathway: distinct journeys that touched it, and its events. */
export interface ServiceCounts {
  readonly journeys: Int32Array;
  readonly events: Int32Array;
}

export function serviceCounts(cohort: Cohort, services: number): ServiceCounts {
  const journeys = new Int32Array(services);
  const events = new Int32Array(services);
  const last = new Int32Array(services).fill(-1);
  const { journeyStart, service } = cohort;
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    for (let e = journeyStart[j] as number; e < (journeyStart[j + 1] as number); e++) {
      const s = service[e] as number;
      events[s] = (events[s] as number) + 1;
      if (last[s] !== j) {
        last[s] = j;
        journeys[s] = (journeys[s] as number) + 1;
      }
    }
  }
  return { journeys, events };
}

/** Bins of the position histogram: medians are exact to 1/1000 of a journey. */
const POSITION_BINS = 1000;

/** What discovery reads from a cohort once its services are mapped onto the draft's. */
export interface JourneyFlow {
  /**
   * `pairJourneys[a * D + b]`: distinct journeys with two consecutive rows at draft services a then b,
   * a ≠ b (CONTRACT §3's moves, after merging into `other`).
   */
  readonly pairJourneys: Int32Array;
  /**
   * Per draft service, the median relative position of its events in their journeys (0 = a journey's
   * first row, 1 = its last; a journey of one row is all start), to 1/1000; NaN for a service with no
   * events.
   */
  readonly medianPosition: Float64Array;
}

/** One pass over the journeys with `draftOf[s]` the draft service of the cohort's service s. */
export function journeyFlow(cohort: Cohort, draftOf: Int32Array, services: number): JourneyFlow {
  const D = services;
  const pairJourneys = new Int32Array(D * D);
  const pairLast = new Int32Array(D * D).fill(-1);
  const histogram = new Int32Array(D * POSITION_BINS);
  const { journeyStart, service } = cohort;
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    const start = journeyStart[j] as number;
    const end = journeyStart[j + 1] as number;
    const span = Math.max(1, end - start - 1);
    let prev = -1;
    for (let e = start; e < end; e++) {
      const d = draftOf[service[e] as number] as number;
      const bin = Math.min(POSITION_BINS - 1, Math.floor(((e - start) / span) * POSITION_BINS));
      histogram[d * POSITION_BINS + bin] = (histogram[d * POSITION_BINS + bin] as number) + 1;
      if (prev >= 0 && prev !== d) {
        const key = prev * D + d;
        if (pairLast[key] !== j) {
          pairLast[key] = j;
          pairJourneys[key] = (pairJourneys[key] as number) + 1;
        }
      }
      prev = d;
    }
  }
  const medianPosition = new Float64Array(D).fill(NaN);
  for (let d = 0; d < D; d++) {
    let total = 0;
    for (let b = 0; b < POSITION_BINS; b++) total += histogram[d * POSITION_BINS + b] as number;
    if (total === 0) continue;
    let seen = 0;
    for (let b = 0; b < POSITION_BINS; b++) {
      seen += histogram[d * POSITION_BINS + b] as number;
      if (seen * 2 >= total) {
        medianPosition[d] = (b + 0.5) / POSITION_BINS;
        break;
      }
    }
  }
  return { pairJourneys, medianPosition };
}

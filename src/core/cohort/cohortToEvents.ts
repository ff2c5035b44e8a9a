import { activities, type Activity, type ConcernId, type Pathway, type ServiceId } from '../pathway/types.ts';
import { NO_VALUE, type Cohort, type JourneyEvent } from './types.ts';

/**
 * The events of a cohort as plain objects, in cohort order (for small cohorts, tests and the UI's
 * journey view). `pathway` must be the one the cohort was validated against.
 */
export function cohortToEvents(cohort: Cohort, pathway: Pathway): JourneyEvent[] {
  const out: JourneyEvent[] = [];
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    const journey = cohort.journeyIds[j];
    if (journey === undefined) continue;
    for (let e = cohort.journeyStart[j] ?? 0; e < (cohort.journeyStart[j + 1] ?? 0); e++) {
      const concerns: ConcernId[] = [];
      for (let k = cohort.concernStart[e] ?? 0; k < (cohort.concernStart[e + 1] ?? 0); k++) {
        const c = pathway.concerns[cohort.concernCodes[k] ?? 0];
        if (c) concerns.push(c.id);
      }
      const attributes: Record<string, string> = {};
      for (const a of cohort.attributes) {
        const code = a.codes[e] ?? NO_VALUE;
        // defineProperty, not assignment: a column named "__proto__" (a hostile file's) must become an
        // own property like any other, not silently vanish or replace the object's prototype.
        if (code !== NO_VALUE)
          Object.defineProperty(attributes, a.name, {
            value: a.values[code] ?? '',
            enumerable: true,
            writable: true,
            configurable: true,
          });
      }
      out.push({
        journey,
        index: e,
        row: cohort.row[e] ?? 0,
        time: cohort.time[e] ?? 0,
        service: (pathway.services[cohort.service[e] ?? 0]?.id ?? '') as ServiceId,
        activity: activities[cohort.activity[e] ?? 0] as Activity,
        concerns,
        note: cohort.notes.get(e),
        attributes,
      });
    }
  }
  return out;
}

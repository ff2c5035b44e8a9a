import { createReadJob, importCohort, runReadJob, type ImportCohortOptions } from '../cohort/importCohort.ts';
import type { TargetOptions } from '../cohort/rows.ts';
import type { Cohort } from '../cohort/types.ts';
import { PATHWAY_LIMITS } from '../pathway/pathwaySchema.ts';
import { activities, type Pathway } from '../pathway/types.ts';
import {
  importWithProfile,
  profiledTarget,
  profileReadOptions,
  type ProfileInput,
} from '../profile/importWithProfile.ts';
import type { KnownValues } from '../profile/profileValues.ts';
import { validatePathway } from '../pathway/validatePathway.ts';
import { fail, ok, problem, type Problem, type Result } from '../problems.ts';
import { chooseLevels } from './chooseLevels.ts';
import { ValueCollector, type CollectedValues, type SeenValue } from './collectValues.ts';
import {
  checkDiscoverOptions,
  DEFAULT_MAX_SERVICES,
  defaultMinJourneys,
  OTHER_ID,
} from './discoverOptions.ts';
import { assembleDraft, concernsOf, draftMeta, valuesPathway, type DraftService } from './draftPathway.ts';
import { journeyFlow, serviceCounts } from './logStatistics.ts';
import { resolveTags } from './resolveTags.ts';
import { assignIds } from './slugId.ts';

export interface DiscoverOptions extends ImportCohortOptions {
  /** Read the log through an import profile (CONTRACT §5): services are the values after its maps. */
  readonly profile?: ProfileInput | undefined;
  /** A route needs this many distinct journeys (default: 1% of the journeys, at least 2). */
  readonly minJourneys?: number | undefined;
  /** Services kept before the rest merge into `other` (default 40). */
  readonly maxServices?: number | undefined;
  /** Services to tag `early-intervention` / `crisis`: draft ids or the log's values. */
  readonly early?: readonly string[] | undefined;
  readonly crisis?: readonly string[] | undefined;
}

/** A service of the draft with the figures it was ranked by. */
export interface DiscoveredService {
  readonly id: string;
  readonly label: string;
  readonly journeys: number;
  readonly events: number;
}

export interface Discovery {
  /** The draft, validated against the pathway schema. */
  readonly pathway: Pathway;
  /**
   * The log as a cohort of the draft (values merged into `other` are at `other`), checked by the normal
   * import: ready for `analyseCohort` with the draft, as the app shows it at once.
   */
  readonly cohort: Cohort;
  readonly journeys: number;
  readonly events: number;
  readonly minJourneys: number;
  /** In the draft's order (by journeys, then events, then first appearance; `other` last). */
  readonly services: readonly DiscoveredService[];
  /** The values merged into `other` (empty when there were at most `maxServices`). */
  readonly merged: readonly SeenValue[];
  /** Directly-follows pairs made by enough journeys but left out because a pathway holds 1,000 routes. */
  readonly routesLeftOut: number;
  /** What the user should be told, in plain English (the command line prints them on stderr). */
  readonly notes: readonly string[];
}

/** A log with no pathway yet: no value is read as it is, every one is mapped or passed on. */
const NOTHING_KNOWN: KnownValues = {
  service: () => false,
  activity: (v) =>
    (activities as readonly string[]).includes(
      v
        .trim()
        .toLowerCase()
        .replace(/[\s-]+/g, '_'),
    ),
  concern: () => false,
};

const n = (x: number) => x.toLocaleString('en-GB');
const plural = (x: number, one: string, many: string) => `${n(x)} ${x === 1 ? one : many}`;

/**
 * Discovers a draft pathway from an event log that has no pathway yet (CONTRACT §6), in two passes over
 * the same readers as every import: the first collects the distinct service and concern values
 * (`ValueCollector`), the second imports the log normally against a pathway made of those values, so
 * that every row is checked (dates, activities, identifiers) exactly as `analyse` will check it. The
 * draft is then made from the cohort: services ranked by journeys (the rest merged into `other`),
 * routes from the directly-follows pairs made by enough journeys, levels by median position. With an
 * import profile both passes read the log through it, so the services are its values after the maps.
 */
export function discoverPathway(file: string, text: string, opts: DiscoverOptions = {}): Result<Discovery> {
  const bad = checkDiscoverOptions(opts);
  if (bad) return fail([problem('PL104', bad)]);
  const { profile, ...read } = opts;
  const collector = profile
    ? profiledTarget<CollectedValues, ValueCollector>(
        (o) => new ValueCollector(o),
        () => NOTHING_KNOWN,
        profile,
        file,
      )
    : (o: TargetOptions) => new ValueCollector(o);
  const readOptions = profile ? profileReadOptions(text, profile, read) : read;
  const collected = runReadJob(createReadJob(file, text, collector, readOptions));
  if (!collected.ok) return collected;
  const values = collected.value;
  const all = valuesPathway(values, draftMeta(file, 2));
  // The pathway is made of the values the profile gave, so its target ids need no check against it.
  const imported = profile
    ? importWithProfile(file, text, all, profile, { ...read, checkIds: false })
    : importCohort(file, text, all, read);
  if (!imported.ok) return imported;
  const cohort = imported.value;
  const J = cohort.journeyIds.length;
  const E = cohort.time.length;
  const S = values.services.length;
  const K = opts.maxServices ?? DEFAULT_MAX_SERVICES;
  const N = opts.minJourneys ?? defaultMinJourneys(J);

  // Rank: journeys, then events, then first appearance. With more than K values, the rest (and a value
  // that is itself "other") merge into one service `other`.
  const counts = serviceCounts(cohort, S);
  const ranked = Array.from({ length: S }, (_, i) => i).sort(
    (a, b) =>
      (counts.journeys[b] as number) - (counts.journeys[a] as number) ||
      (counts.events[b] as number) - (counts.events[a] as number) ||
      a - b,
  );
  const merging = S > K;
  const isOther = (i: number) => values.services[i]?.key === OTHER_ID;
  const kept = merging ? ranked.filter((i) => !isOther(i)).slice(0, K) : ranked;
  const keptSet = new Set(kept);
  const mergedIdx = merging ? ranked.filter((i) => !keptSet.has(i)) : [];
  const ids = assignIds(
    kept.map((i) => values.services[i]?.key ?? ''),
    'service',
    merging ? [OTHER_ID] : [],
  );
  const D = kept.length + (merging ? 1 : 0);
  const draftOf = new Int32Array(S).fill(D - 1);
  kept.forEach((i, d) => (draftOf[i] = d));
  const flow = journeyFlow(cohort, draftOf, D);
  const { levels, levelOf } = chooseLevels(flow.medianPosition);
  const base = file.split(/[\\/]/).pop() ?? file;
  const where = (d: number) => {
    const m = flow.medianPosition[d] ?? NaN;
    return Number.isNaN(m)
      ? ''
      : `; its events come, at the median, ${Math.round(m * 100)}% of the way through a journey`;
  };
  const services: DraftService[] = kept.map((i, d) => ({
    id: ids[d] ?? '',
    label: values.services[i]?.label ?? '',
    description: `Discovered from ${base}${where(d)}.`,
  }));
  const merged = mergedIdx.map((i) => values.services[i] as SeenValue);
  const sum = (list: number[], of: Int32Array) => list.reduce((t, i) => t + (of[i] as number), 0);
  const figures: DiscoveredService[] = kept.map((i, d) => ({
    id: services[d]?.id ?? '',
    label: services[d]?.label ?? '',
    journeys: counts.journeys[i] as number,
    events: counts.events[i] as number,
  }));
  if (merging) {
    const named = merged.slice(0, 20).map((v) => JSON.stringify(v.label));
    services.push({
      id: OTHER_ID,
      label: OTHER_ID,
      description: `Discovered from ${base}: the ${plural(merged.length, 'less frequent service value', 'less frequent service values')} of the log, merged into one: ${named.join(', ')}${merged.length > 20 ? ', …' : ''}${where(D - 1)}.`,
    });
    figures.push({
      id: OTHER_ID,
      label: OTHER_ID,
      journeys: countJourneysAt(cohort, draftOf, D - 1),
      events: sum(mergedIdx, counts.events),
    });
  }

  // Routes: every pair made by at least N journeys, by journeys, then by the services' rank.
  const pairs: [number, number, number][] = [];
  for (let a = 0; a < D; a++)
    for (let b = 0; b < D; b++) {
      const made = flow.pairJourneys[a * D + b] as number;
      if (a !== b && made >= N) pairs.push([a, b, made]);
    }
  pairs.sort((x, y) => y[2] - x[2] || x[0] - y[0] || x[1] - y[1]);
  const routes = pairs.slice(0, PATHWAY_LIMITS.routes).map(([a, b]) => [a, b] as const);
  const routesLeftOut = pairs.length - routes.length;

  const mergedKeys = new Set(merged.map((v) => v.key));
  const early = resolveTags(opts.early ?? [], services, mergedKeys, '--early');
  const crisis = resolveTags(opts.crisis ?? [], services, mergedKeys, '--crisis');
  const tagProblems: Problem[] = [...early.problems, ...crisis.problems];
  if (tagProblems.length > 0) return fail(tagProblems);

  const draft = assembleDraft({
    meta: draftMeta(file, N),
    services,
    levels,
    levelOf,
    routes,
    early: early.indices,
    crisis: crisis.indices,
    concerns: concernsOf(values),
  });
  const valid = validatePathway(draft, `${draft.id} (discovered)`);
  if (!valid.ok) return valid;

  const notes: string[] = [
    `Discovered ${plural(D, 'service', 'services')} in ${plural(levels.length, 'level', 'levels')}, ${plural(routes.length, 'route', 'routes')} and ${plural(draft.concerns.length, 'concern code', 'concern codes')} from ${plural(J, 'journey', 'journeys')} (${plural(E, 'event', 'events')}); a route needs ${plural(N, 'journey', 'journeys')}.`,
  ];
  if (merging) {
    const shown = merged.slice(0, 10).map((v) => JSON.stringify(v.label));
    notes.push(
      `${n(merged.length)} of ${plural(S, 'service value', 'service values')} (${plural(sum(mergedIdx, counts.events), 'event', 'events')}) merged into "${OTHER_ID}" to keep the ${n(kept.length)} touched by most journeys (--max-services ${K}): ${shown.join(', ')}${merged.length > 10 ? ', …' : ''}. To analyse this log with the draft, map those values to ${OTHER_ID} with an import profile (--map), or raise --max-services (at most ${PATHWAY_LIMITS.services - 1}).`,
    );
  }
  if (routes.length === 0) {
    notes.push(
      `No move between two services was made by ${plural(N, 'journey', 'journeys')} or more, so the draft has no routes${N > 1 ? '; --min-journeys 1 keeps every move as a route' : ''}.`,
    );
  }
  if (routesLeftOut > 0) {
    notes.push(
      `${n(pairs.length)} pairs of services were each made by ${plural(N, 'journey', 'journeys')} or more; a pathway holds at most ${n(PATHWAY_LIMITS.routes)} routes, so the ${n(routes.length)} made by most journeys were kept. Raise --min-journeys to choose fewer.`,
    );
  }
  return ok({
    pathway: valid.value,
    cohort: { ...cohort, service: Uint16Array.from(cohort.service, (s) => draftOf[s] as number) },
    journeys: J,
    events: E,
    minJourneys: N,
    services: figures,
    merged,
    routesLeftOut,
    notes,
  });
}

/** Distinct journeys with at least one event at draft service `d`. */
function countJourneysAt(cohort: Cohort, draftOf: Int32Array, d: number): number {
  let count = 0;
  for (let j = 0; j < cohort.journeyIds.length; j++) {
    for (let e = cohort.journeyStart[j] as number; e < (cohort.journeyStart[j + 1] as number); e++) {
      if (draftOf[cohort.service[e] as number] === d) {
        count++;
        break;
      }
    }
  }
  return count;
}

import { activities, CRISIS, EARLY_INTERVENTION, responseActivities } from '../pathway/types.ts';
import type { LoadedPathway } from '../pathway/loadedPathway.ts';

/** A service as the SQL script sees it: its index, flags, sort rank and target. */
export interface SqlService {
  readonly sid: number;
  readonly id: string;
  readonly early: boolean;
  readonly crisis: boolean;
  /** Rank of the id by `localeCompare`, so that the script orders moves as `summariseAnalysis` does. */
  readonly rank: number;
  /** The first target with hours (as `summariseAnalysis` picks it), if any. */
  readonly target?: { readonly hours: number; readonly label: string } | undefined;
}

/**
 * What the SQL script needs of a pathway, as plain data that becomes inline tables. Everything the
 * in-process engine decides from the pathway (which services are early-intervention or crisis points,
 * which moves are on pathway, which services have a target) is decided here, once, from the same
 * sources: the move list comes from the compiled transition table, not from the route list, so the
 * machine stays the source of truth for the SQL too.
 */
export interface SqlPathwayTables {
  readonly pathwayId: string;
  readonly services: readonly SqlService[];
  /** Lower-cased service id or label → service index (an id wins over another service's label). */
  readonly serviceKeys: readonly (readonly [string, number])[];
  readonly activities: readonly { readonly key: string; readonly aid: number; readonly response: boolean }[];
  /** Concern codes, lower-cased. */
  readonly concernKeys: readonly string[];
  /** `(from * S + to) * A + activity` of every move the machine allows (on pathway). */
  readonly moveKeys: readonly number[];
  readonly serviceCount: number;
  readonly activityCount: number;
  readonly referral: number;
  readonly assessment: number;
  /** The service whose target is reported as `acuteLiaison48h` (`acute_liaison`), when it has one. */
  readonly acuteLiaison?: number | undefined;
}

export function sqlPathwayTables(loaded: LoadedPathway): SqlPathwayTables {
  const { pathway, table } = loaded;
  const S = pathway.services.length;
  const A = activities.length;
  const ids = pathway.services.map((s) => s.id as string);
  // The same order as summariseAnalysis's sort of moves: localeCompare, ties by index (a stable sort).
  const order = ids
    .map((_, i) => i)
    .sort((a, b) => (ids[a] as string).localeCompare(ids[b] as string) || a - b);
  const rank = new Array<number>(S);
  order.forEach((sid, r) => (rank[sid] = r));

  const services: SqlService[] = pathway.services.map((s, sid) => {
    const t = s.targets?.find((x) => x.hours !== undefined);
    return {
      sid,
      id: s.id,
      early: s.tags.includes(EARLY_INTERVENTION),
      crisis: s.tags.includes(CRISIS),
      rank: rank[sid] as number,
      target: t ? { hours: t.hours as number, label: t.label } : undefined,
    };
  });

  // As CohortBuilder: labels first, then ids, so that an id always wins over another service's label.
  const keys = new Map<string, number>();
  pathway.services.forEach((s, i) => keys.set(s.label.trim().toLowerCase(), i));
  pathway.services.forEach((s, i) => keys.set(s.id.toLowerCase(), i));

  const moveKeys: number[] = [];
  for (let from = 0; from < S; from++) {
    for (let to = 0; to < S; to++) {
      for (let a = 0; a < A; a++) {
        const k = (from * S + to) * A + a;
        if (table.next[k] === to) moveKeys.push(k);
      }
    }
  }
  const acute = services.find((s) => s.id === 'acute_liaison' && s.target !== undefined);
  return {
    pathwayId: pathway.id,
    services,
    serviceKeys: [...keys.entries()],
    activities: activities.map((key, aid) => ({ key, aid, response: responseActivities.has(key) })),
    concernKeys: [...new Set(pathway.concerns.map((c) => c.id.toLowerCase()))],
    moveKeys,
    serviceCount: S,
    activityCount: A,
    referral: activities.indexOf('referral'),
    assessment: activities.indexOf('assessment'),
    acuteLiaison: acute?.sid,
  };
}

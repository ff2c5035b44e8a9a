import type { SnapshotFrom } from 'xstate';
import {
  goEvent,
  serviceOfValue,
  type PathwayEvent,
  type PathwayMachine,
} from '../pathway/buildPathwayMachine.ts';
import { CRISIS, type Activity, type Pathway, type Service } from '../pathway/types.ts';

/** A move the pathway machine allows from where it is now. */
export interface AllowedMove {
  readonly from: string;
  readonly to: string;
  readonly toLabel: string;
  /** The activity recorded at the destination: the route's, or `contact` for a route that accepts any. */
  readonly activity: Activity;
  /** True when the route names its activity (so the move is only on pathway with it). */
  readonly activityRequired: boolean;
  /** The route's own label from the pathway file, if any. */
  readonly routeLabel?: string | undefined;
  readonly crisis: boolean;
  readonly event: PathwayEvent;
}

/**
 * The routes out of the machine's current service that the machine itself accepts
 * (`snapshot.can(go.<to>.<activity>)`), in pathway order, one per destination and activity. These are
 * the "could have gone" moves on the map and the what-if choices.
 */
export function allowedMoves(pathway: Pathway, snapshot: SnapshotFrom<PathwayMachine>): AllowedMove[] {
  const from = serviceOfValue(snapshot.value);
  if (from === undefined) return [];
  const byId = new Map<string, Service>(pathway.services.map((s) => [s.id, s]));
  const seen = new Set<string>();
  const out: AllowedMove[] = [];
  for (const r of pathway.routes) {
    if (r.from !== from || r.to === from) continue;
    const to = byId.get(r.to);
    if (!to) continue;
    const activity: Activity = r.activity ?? 'contact';
    const key = `${r.to}.${activity}`;
    if (seen.has(key)) continue;
    const event = goEvent(r.to, activity);
    if (!snapshot.can(event)) continue;
    seen.add(key);
    out.push({
      from,
      to: r.to,
      toLabel: to.label,
      activity,
      activityRequired: r.activity !== undefined,
      routeLabel: r.label,
      crisis: to.tags.includes(CRISIS),
      event,
    });
  }
  return out;
}

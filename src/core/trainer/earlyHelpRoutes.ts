import { CRISIS, type Activity, type Pathway } from '../pathway/types.ts';

export interface EarlyHelpRoute {
  readonly to: string;
  readonly toLabel: string;
  readonly activity: Activity | undefined;
  readonly routeLabel: string | undefined;
}

/**
 * The early-help routes the pathway offers from a service: its routes to services not tagged crisis,
 * in pathway order. At a missed point these are the help the child could have been given instead.
 */
export function earlyHelpRoutes(pathway: Pathway, from: string): EarlyHelpRoute[] {
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const out: EarlyHelpRoute[] = [];
  for (const r of pathway.routes) {
    if (r.from !== from || r.to === from) continue;
    const to = byId.get(r.to);
    if (!to || to.tags.includes(CRISIS)) continue;
    out.push({ to: r.to, toLabel: to.label, activity: r.activity, routeLabel: r.label });
  }
  return out;
}

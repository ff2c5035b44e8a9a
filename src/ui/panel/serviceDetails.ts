import type { Activity, Level, Pathway, Service, ServiceId } from '../../core/pathway/types.ts';

export interface RouteEnd {
  readonly service: Service;
  readonly activity?: Activity | undefined;
  readonly label?: string | undefined;
}

export interface ServiceDetails {
  readonly service: Service;
  readonly level: Level | undefined;
  /** Routes arriving at the service, by where they come from, in pathway order. */
  readonly routesIn: readonly RouteEnd[];
  /** Routes leaving the service, by where they go, in pathway order. */
  readonly routesOut: readonly RouteEnd[];
}

/** Everything the side panel shows about one service, or undefined when the pathway has no such service. */
export function serviceDetails(pathway: Pathway, id: ServiceId | string): ServiceDetails | undefined {
  const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
  const service = byId.get(id);
  if (!service) return undefined;
  const routesIn: RouteEnd[] = [];
  const routesOut: RouteEnd[] = [];
  for (const r of pathway.routes) {
    if (r.from === r.to) continue;
    const end = (other: Service | undefined) =>
      other ? { service: other, activity: r.activity, label: r.label } : undefined;
    const from = r.to === id ? end(byId.get(r.from)) : undefined;
    const to = r.from === id ? end(byId.get(r.to)) : undefined;
    if (from) routesIn.push(from);
    if (to) routesOut.push(to);
  }
  return { service, level: pathway.levels.find((l) => l.id === service.level), routesIn, routesOut };
}

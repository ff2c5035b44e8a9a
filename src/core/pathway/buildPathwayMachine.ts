import { setup, type AnyStateMachine, type StateNodeConfig } from 'xstate';
import type { Activity, Pathway, Service, ServiceId } from './types.ts';

/**
 * Events of a pathway machine.
 * - `go.<to>.<activity>`: a move along a route of the pathway (the activity recorded at the destination).
 *   A route without an activity accepts any: its transition is the partial wildcard `go.<to>.*`.
 * - `visit.<service>`: the child is seen at a service whatever the pathway says (a first contact or an
 *   off-pathway move). Defined on the root, so it is always enabled.
 */
export type PathwayEvent = { type: `go.${string}.${string}` } | { type: `visit.${string}` };

export const MACHINE_ID = 'pathway';
export const START_STATE = 'start';

export const goEvent = (to: string, activity: Activity): PathwayEvent => ({ type: `go.${to}.${activity}` });
export const visitEvent = (service: string): PathwayEvent => ({ type: `visit.${service}` });

/** The state path of a service, e.g. `targeted.mhst`. */
export const servicePath = (s: Pick<Service, 'id' | 'level'>): string => `${s.level}.${s.id}`;
const target = (s: Pick<Service, 'id' | 'level'>) => `#${MACHINE_ID}.${servicePath(s)}`;

export interface ServiceMeta {
  readonly kind: 'service';
  readonly service: Service;
}

/**
 * Builds the XState machine of a valid pathway: one parent state per level (the swimlanes), one child
 * state per service, one transition per route, the service's tags as state tags and its details in
 * `meta`. The machine is the source of truth for what the pathway allows; the fast replay table is
 * compiled from it (`compileTransitionTable`).
 */
export function buildPathwayMachine(pathway: Pathway) {
  const byId = new Map<ServiceId, Service>(pathway.services.map((s) => [s.id, s]));
  const routesFrom = new Map<ServiceId, Record<string, { target: string; description?: string }>>();

  // A route without an activity subsumes routes between the same services with one.
  const open = new Set(pathway.routes.filter((r) => !r.activity).map((r) => `${r.from}>${r.to}`));
  for (const r of pathway.routes) {
    if (r.from === r.to) continue;
    const to = byId.get(r.to);
    if (!to || !byId.has(r.from)) continue; // validatePathway reports these.
    if (r.activity && open.has(`${r.from}>${r.to}`)) continue;
    const on = routesFrom.get(r.from) ?? {};
    const key = r.activity ? `go.${r.to}.${r.activity}` : `go.${r.to}.*`;
    on[key] = { target: target(to), ...(r.label ? { description: r.label } : {}) };
    routesFrom.set(r.from, on);
  }

  const levelStates: Record<
    string,
    StateNodeConfig<never, never, never, never, never, never, never, never, never, never>
  > = {};
  for (const level of pathway.levels) {
    const services = pathway.services.filter((s) => s.level === level.id);
    const states: Record<string, object> = {};
    for (const s of services) {
      states[s.id] = {
        description: s.description,
        tags: [...s.tags],
        meta: { kind: 'service', service: s } satisfies ServiceMeta,
        on: routesFrom.get(s.id) ?? {},
      };
    }
    levelStates[level.id] = {
      description: level.label,
      meta: { kind: 'level', level },
      ...(services[0] ? { initial: services[0].id, states } : {}),
    } as never;
  }

  const visits: Record<string, { target: string }> = {};
  for (const s of pathway.services) visits[`visit.${s.id}`] = { target: target(s) };

  return setup({ types: { events: {} as PathwayEvent } }).createMachine({
    id: MACHINE_ID,
    initial: START_STATE,
    description: `${pathway.title} (${pathway.area}), version ${pathway.version}`,
    states: {
      [START_STATE]: { description: 'Not yet known to any service of the pathway' },
      ...levelStates,
    },
    on: visits,
  } as never);
}

export type PathwayMachine = ReturnType<typeof buildPathwayMachine>;

/** The service a snapshot value stands in, or undefined at the start. */
export function serviceOfValue(value: unknown): ServiceId | undefined {
  if (typeof value === 'string') return undefined; // 'start'
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    const first = entries[0];
    if (first && typeof first[1] === 'string') return first[1] as ServiceId;
  }
  return undefined;
}

/** The machine as JSON, for XState's tools (the Stately visualiser and `xstate/graph`). */
export function machineToJson(machine: PathwayMachine | AnyStateMachine): unknown {
  return JSON.parse(JSON.stringify(machine.toJSON())) as unknown;
}

import { describe, expect, it } from 'vitest';
import { createActor, initialTransition, transition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import {
  buildPathwayMachine,
  goEvent,
  machineToJson,
  serviceOfValue,
  visitEvent,
  type PathwayEvent,
} from '../../../src/core/pathway/buildPathwayMachine.ts';
import { activities } from '../../../src/core/pathway/types.ts';
import { readPathway } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const machine = buildPathwayMachine(pathway);
const byId = new Map(pathway.services.map((s) => [s.id as string, s]));
const at = (service: string) => transition(machine, initialTransition(machine)[0], visitEvent(service))[0];
/** Every move along a route, with each activity: the events of `xstate/graph`'s traversal. */
const goEvents: PathwayEvent[] = pathway.services.flatMap((s) => activities.map((a) => goEvent(s.id, a)));

describe('buildPathwayMachine (Coventry)', () => {
  it('has a parent state per level and a child state per service, in its level', () => {
    for (const level of pathway.levels) {
      const node = machine.root.states[level.id];
      expect(node, level.id).toBeDefined();
      const children = Object.keys(node!.states).sort();
      expect(children).toEqual(
        pathway.services
          .filter((s) => s.level === level.id)
          .map((s) => s.id as string)
          .sort(),
      );
    }
  });

  it('makes every route a transition of the machine, with its activity', () => {
    expect(pathway.routes.length).toBeGreaterThan(30);
    for (const r of pathway.routes) {
      const snapshot = at(r.from);
      for (const a of activities) {
        const allowed = !r.activity || r.activity === a;
        const otherRoute = pathway.routes.some(
          (o) => o.from === r.from && o.to === r.to && (!o.activity || o.activity === a),
        );
        expect(snapshot.can(goEvent(r.to, a)), `${r.from} → ${r.to} (${a})`).toBe(allowed || otherRoute);
      }
      const [next] = transition(machine, snapshot, goEvent(r.to, r.activity ?? 'contact'));
      expect(serviceOfValue(next.value)).toBe(r.to);
    }
  });

  it('allows no move the pathway does not have', () => {
    const routes = new Set(pathway.routes.map((r) => `${r.from}>${r.to}`));
    for (const from of pathway.services) {
      const snapshot = at(from.id);
      for (const to of pathway.services) {
        if (to.id === from.id || routes.has(`${from.id}>${to.id}`)) continue;
        for (const a of activities)
          expect(snapshot.can(goEvent(to.id, a)), `${from.id} → ${to.id}`).toBe(false);
      }
    }
  });

  it('carries service tags as state tags and details in meta', () => {
    for (const s of pathway.services) {
      const snapshot = at(s.id);
      for (const tag of s.tags) expect(snapshot.hasTag(tag)).toBe(true);
      expect(snapshot.hasTag('crisis')).toBe(s.tags.includes('crisis'));
      const meta = Object.values(snapshot.getMeta()) as { kind?: string; service?: { id: string } }[];
      expect(meta.find((m) => m.kind === 'service')?.service?.id).toBe(s.id);
    }
  });

  it('reaches every service from the start along routes only, once a child is known to a universal service', () => {
    const starts = ['school', 'gp', 'school_nurse', 'vcs', 'digital', 'police'];
    const reachable = new Set<string | undefined>();
    for (const s of starts) {
      for (const p of getShortestPaths(machine, { fromState: at(s), events: goEvents }))
        reachable.add(serviceOfValue(p.state.value));
    }
    for (const s of pathway.services) expect(reachable.has(s.id), s.id).toBe(true);
  });

  it('finds the shortest route from a school concern to Ward 14 with xstate/graph', () => {
    const [path] = getShortestPaths(machine, {
      fromState: at('school'),
      events: goEvents,
      toState: (state) => serviceOfValue(state.value) === 'ward14',
    });
    expect(path).toBeDefined();
    const steps = path!.steps.map((s) => ({ eventType: s.event.type, state: serviceOfValue(s.state.value) }));
    expect(steps.at(-1)?.state).toBe('ward14');
    // Each step is a route of the pathway.
    let from = 'school';
    for (const step of steps.slice(1)) {
      expect(
        pathway.routes.some((r) => r.from === from && r.to === step.state),
        `${from} → ${step.state!}`,
      ).toBe(true);
      from = step.state!;
    }
    // Three moves: school → GP → (emergency department or eating disorder service) → Ward 14.
    expect(steps.map((s) => s.state)).toHaveLength(4);
    expect(steps[0]).toEqual({ eventType: 'xstate.init', state: 'school' });
  });

  it('replays a journey with an actor and exports JSON for XState tools', () => {
    const actor = createActor(machine).start();
    actor.send(visitEvent('school'));
    actor.send(goEvent('mhst', 'referral'));
    expect(serviceOfValue(actor.getSnapshot().value)).toBe('mhst');
    expect(byId.get('mhst')?.level).toBe(Object.keys(actor.getSnapshot().value as object)[0]);
    const json = machineToJson(machine) as { id: string; states: Record<string, unknown> };
    expect(json.id).toBe('pathway');
    expect(Object.keys(json.states)).toEqual(['start', ...pathway.levels.map((l) => l.id)]);
    expect(JSON.stringify(json)).toContain('go.mhst.referral');
  });
});

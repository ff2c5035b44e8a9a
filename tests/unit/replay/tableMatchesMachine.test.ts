import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPathwayMachine } from '../../../src/core/pathway/buildPathwayMachine.ts';
import { validatePathway } from '../../../src/core/pathway/validatePathway.ts';
import { activities, type Activity, type Pathway, type ServiceId } from '../../../src/core/pathway/types.ts';
import { compileTransitionTable } from '../../../src/core/pathway/compileTransitionTable.ts';
import { replayWithMachine, replayWithActor } from '../../../src/core/replay/replayWithMachine.ts';
import { replayWithTable } from '../../../src/core/replay/replayWithTable.ts';
import { readPathway } from '../helpers.ts';

/** A random valid pathway: 1–4 levels, 2–12 services, random routes with or without an activity. */
const arbPathway = fc
  .record({
    levels: fc.integer({ min: 1, max: 4 }),
    services: fc.array(fc.nat(3), { minLength: 2, maxLength: 12 }),
    routes: fc.array(
      fc.record({
        from: fc.nat(11),
        to: fc.nat(11),
        activity: fc.option(fc.constantFrom(...activities), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ levels, services, routes }): Pathway => {
    const input = {
      id: 'random',
      title: 'Random',
      area: 'Test',
      source: 'fast-check',
      version: '1',
      levels: Array.from({ length: levels }, (_, i) => ({ id: `l${i}`, label: `Level ${i}` })),
      services: services.map((l, i) => ({
        id: `s${i}`,
        label: `Service ${i}`,
        level: `l${l % levels}`,
        agency: 'A',
        tags: [],
        description: '',
      })),
      routes: routes.map((r) => ({
        from: `s${r.from % services.length}`,
        to: `s${r.to % services.length}`,
        ...(r.activity ? { activity: r.activity } : {}),
      })),
      concerns: [],
    };
    const v = validatePathway(input);
    if (!v.ok) throw new Error(JSON.stringify(v.problems));
    return v.value;
  });

function build(pathway: Pathway) {
  const machine = buildPathwayMachine(pathway);
  return { machine, table: compileTransitionTable(pathway, machine) };
}

const arbJourney = fc.array(fc.tuple(fc.nat(40), fc.nat(activities.length - 1)), {
  minLength: 1,
  maxLength: 30,
});

function check(pathway: Pathway, journey: [number, number][], prebuilt?: ReturnType<typeof build>) {
  const { machine, table } = prebuilt ?? build(pathway);
  const S = pathway.services.length;
  const steps = journey.map(([s, a]) => ({
    service: pathway.services[s % S]!.id,
    activity: activities[a] as Activity,
  }));
  const service = Uint16Array.from(journey, ([s]) => s % S);
  const activity = Uint8Array.from(journey, ([, a]) => a);
  const fromTable = new Uint8Array(steps.length);
  replayWithTable(table, service, activity, 0, steps.length, fromTable);
  const fromMachine = replayWithMachine(machine, steps);
  const fromActor = new Uint8Array(steps.length);
  replayWithActor(machine, steps, fromActor, 0);
  expect([...fromTable]).toEqual(fromMachine.map((s) => s.move));
  expect([...fromActor]).toEqual(fromMachine.map((s) => s.move));
  // The machine always ends up where the child actually is.
  fromMachine.forEach((s) => expect(s.state).toBe(s.service));
}

describe('the compiled transition table agrees with XState', () => {
  it('on random pathways and random journeys', () => {
    fc.assert(
      fc.property(arbPathway, arbJourney, (p, j) => check(p, j)),
      { seed: 20221, numRuns: 150 },
    );
  });

  it('on the Coventry pathway and random journeys', () => {
    const coventry = readPathway('pathway-data/coventry/pathway.json');
    const built = build(coventry);
    fc.assert(
      fc.property(arbJourney, (j) => check(coventry, j, built)),
      { seed: 7, numRuns: 300 },
    );
  });

  it('has exactly one allowed move per route and activity', () => {
    const coventry = readPathway('pathway-data/coventry/pathway.json');
    const table = compileTransitionTable(coventry, buildPathwayMachine(coventry));
    const index = new Map<ServiceId, number>(coventry.services.map((s, i) => [s.id, i]));
    const expected = new Set<number>();
    for (const r of coventry.routes) {
      if (r.from === r.to) continue;
      const f = index.get(r.from)!;
      const t = index.get(r.to)!;
      activities.forEach((a, ai) => {
        if (!r.activity || r.activity === a) expected.add((f * table.size + t) * table.activityCount + ai);
      });
    }
    const allowed = new Set<number>();
    table.next.forEach((v, i) => {
      if (v >= 0) allowed.add(i);
    });
    expect([...allowed].sort((a, b) => a - b)).toEqual([...expected].sort((a, b) => a - b));
  });
});

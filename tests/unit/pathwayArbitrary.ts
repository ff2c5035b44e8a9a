import fc from 'fast-check';
import type { LevelId, Pathway, Route, Service, ServiceId } from '../../src/core/pathway/types.ts';

/** Random pathways: up to 6 levels, 30 services (some with a column hint) and 60 routes. */
export const arbitraryPathway = fc
  .record({
    levelCount: fc.integer({ min: 1, max: 6 }),
    services: fc.array(fc.record({ level: fc.nat(5), column: fc.option(fc.nat(8), { nil: undefined }) }), {
      minLength: 1,
      maxLength: 30,
    }),
    routes: fc.array(fc.tuple(fc.nat(29), fc.nat(29)), { maxLength: 60 }),
  })
  .map(({ levelCount, services: specs, routes }): Pathway => {
    const levels = Array.from({ length: levelCount }, (_, i) => ({
      id: `l${String(i)}` as LevelId,
      label: `Level ${String(i)}`,
    }));
    const svc: Service[] = specs.map((s, i) => ({
      id: `s${String(i)}` as ServiceId,
      label: `Service ${String(i)}`,
      level: `l${String(s.level % levelCount)}` as LevelId,
      agency: 'Agency',
      tags: i % 3 === 0 ? ['early-intervention'] : i % 3 === 1 ? ['crisis'] : [],
      description: '',
      column: s.column,
    }));
    const rts: Route[] = routes.map(([a, b]) => ({
      from: `s${String(a % svc.length)}` as ServiceId,
      to: `s${String(b % svc.length)}` as ServiceId,
    }));
    return {
      id: 'p',
      title: 'P',
      area: 'A',
      source: 'S',
      version: '1',
      levels,
      services: svc,
      routes: rts,
      concerns: [],
    };
  });

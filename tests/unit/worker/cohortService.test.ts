import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseCohort } from '../../../src/core/analysis/analyseCohort.ts';
import { journeyMask, refineMask, type JourneyFilter } from '../../../src/core/analysis/journeyMask.ts';
import { concernsAtServices } from '../../../src/core/analysis/missedRates.ts';
import { missedOnMoves } from '../../../src/core/analysis/simplifyMap.ts';
import { summariseAnalysis } from '../../../src/core/analysis/summariseAnalysis.ts';
import { journeyVariants } from '../../../src/core/analysis/journeyVariants.ts';
import { DEFAULT_PARAMETERS } from '../../../src/core/analysis/parameters.ts';
import { importCohort } from '../../../src/core/cohort/importCohort.ts';
import { generateCohortCsv } from '../../../src/core/generate/generateCohortCsv.ts';
import { loadPathway } from '../../../src/core/pathway/loadedPathway.ts';
import { filterMask, topVariants } from '../../../src/core/analysis/viewAnalysis.ts';
import { CohortService } from '../../../src/worker/cohortService.ts';
import { buildJourneyIndex } from '../../../src/core/analysis/journeyIndex.ts';
import type { AnalyseRequest, FromWorker } from '../../../src/worker/protocol.ts';
import { readPathway, root, rule } from '../helpers.ts';

const pathway = readPathway('pathway-data/coventry/pathway.json');
const shipped = readFileSync(`${root}pathway-data/coventry/cohort.csv`, 'utf8');

/** A service whose scheduled analyses run when `flush` is called, and whose messages are collected. */
function harness() {
  const messages: FromWorker[] = [];
  const tasks: (() => void)[] = [];
  const service = new CohortService(
    (m) => messages.push(m),
    (t) => tasks.push(t),
  );
  void service.handle({ type: 'init', pathway });
  const flush = () => {
    while (tasks.length > 0) tasks.shift()?.();
  };
  return { service, messages, flush };
}

const analyse = (id: number, over: Partial<AnalyseRequest> = {}): AnalyseRequest => ({
  type: 'analyse',
  id,
  parameters: rule(28, 365),
  filter: {},
  focus: null,
  throughService: null,
  timings: false,
  variantLimit: 10,
  ...over,
});

function last<T extends FromWorker['type']>(
  messages: FromWorker[],
  type: T,
): Extract<FromWorker, { type: T }> {
  const found = messages.filter((m) => m.type === type);
  const m = found[found.length - 1];
  if (!m) throw new Error(`no ${type} message in ${messages.map((x) => x.type).join(', ')}`);
  return m as Extract<FromWorker, { type: T }>;
}

describe('CohortService', () => {
  it('loads the shipped cohort, marked synthetic, and analyses it', async () => {
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    const loaded = last(messages, 'loaded');
    expect(loaded.meta).toMatchObject({
      journeys: 10,
      events: 130,
      synthetic: true,
      timeBase: 'calendar',
    });
    expect(loaded.meta.attributes.map((a) => a.name)).toEqual(['age_band']);
    expect(loaded.table.ids).toHaveLength(10);
    expect(messages.some((m) => m.type === 'progress')).toBe(true);

    void service.handle(analyse(2));
    flush();
    const overlay = last(messages, 'overlay').overlay;
    expect(overlay.summary.missedPoints).toBe(15);
    expect(overlay.summary.missedPointsByService).toEqual({ school: 11, gp: 3, vcs: 1 });
    const list = last(messages, 'list').list;
    expect(list.indices).toHaveLength(10);
    expect(Array.from(list.missedCount).reduce((a, b) => a + b, 0)).toBe(15);

    // The journeys behind "missed at the GP", and those through the GP.
    void service.handle(analyse(3, { focus: { kind: 'missedAt', service: 'gp' } }));
    flush();
    const atGp = last(messages, 'list').list;
    expect(atGp.indices.length).toBeGreaterThan(0);
    expect(atGp.indices.length).toBeLessThanOrEqual(3);
    void service.handle(analyse(4, { throughService: 'gp' }));
    flush();
    expect(last(messages, 'list').list.indices).toHaveLength(7);
  });

  it('answers only the newest of several analyse requests', async () => {
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    void service.handle(analyse(2, { parameters: rule(7, 365) }));
    void service.handle(analyse(3, { parameters: rule(100, 365) }));
    flush();
    expect(messages.filter((m) => m.type === 'overlay').map((m) => m.id)).toEqual([3]);
  });

  it('keeps the previous cohort when a file is refused, and names file, row and column', async () => {
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    const bad = 'journey_id,day,service,activity\nX1,0,school,concern\nX1,3,moon,contact\n';
    await service.handle({
      type: 'load',
      id: 2,
      fileName: 'bad.csv',
      data: new TextEncoder().encode(bad).buffer,
      synthetic: false,
    });
    const failed = last(messages, 'loadFailed');
    expect(failed.cancelled).toBe(false);
    expect(failed.problems[0]).toMatchObject({ file: 'bad.csv', row: 3, column: 'service' });
    void service.handle(analyse(3));
    flush();
    expect(last(messages, 'overlay').overlay.summary.journeys).toBe(10);
  });

  it('cancels a load and says so; a request before any cohort is answered as stale', async () => {
    const fresh = harness();
    void fresh.service.handle(analyse(9));
    fresh.flush();
    expect(last(fresh.messages, 'stale').id).toBe(9);
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    const big = [...generateCohortCsv(pathway, { journeys: 3000, seed: 3 })].join('');
    const loading = service.handle({ type: 'load', id: 2, fileName: 'big.csv', data: big, synthetic: true });
    void service.handle({ type: 'cancel', id: 2 });
    await loading;
    expect(last(messages, 'loadFailed')).toMatchObject({ id: 2, cancelled: true });
    await service.handle({ type: 'load', id: 3, fileName: 'big.csv', data: big, synthetic: true });
    expect(last(messages, 'loaded').meta).toMatchObject({ journeys: 3000 });
    void service.handle(analyse(4));
    flush();
    expect(last(messages, 'overlay').overlay.summary.journeys).toBe(3000);
  });

  it('gives the detail of one journey under the current W and H', async () => {
    const { service, messages } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'cohort.csv', data: shipped, synthetic: true });
    void service.handle({
      type: 'journey',
      id: 2,
      index: 0,
      parameters: rule(28, 365),
    });
    const detail = last(messages, 'journey').detail;
    expect(detail?.id).toBe('C01');
    expect(detail?.eventsList.filter((e) => e.missed).length).toBe(detail?.missedPoints);
  });
});

describe('the worker index agrees with the core', () => {
  const csv = [...generateCohortCsv(pathway, { journeys: 1500, seed: 11 })].join('');
  const result = importCohort('g.csv', csv, pathway);
  if (!result.ok) throw new Error('generated cohort refused');
  const cohort = result.value;
  const { table } = loadPathway(pathway);
  const analysis = analyseCohort(cohort, pathway, table, DEFAULT_PARAMETERS);
  const index = buildJourneyIndex(cohort, pathway, analysis);

  const filters: JourneyFilter[] = [
    {},
    { concerns: ['self_harm'] },
    { concerns: ['eating', 'bullying'], attributes: { age_band: ['14-15', '16-17'] } },
    { service: 'ed' },
    { service: 'nowhere' },
    { attributes: { missing_column: ['x'] } },
    { concerns: ['no_such_concern'] },
  ];
  it.each(filters.map((f) => [JSON.stringify(f), f] as const))('filterMask %s', (_, filter) => {
    expect(Array.from(filterMask(cohort, pathway, index, filter))).toEqual(
      Array.from(journeyMask(cohort, pathway, filter)),
    );
  });

  it('a change of W reuses the filter summary and patches the missed points, to the same result', async () => {
    const { service, messages, flush } = harness();
    await service.handle({ type: 'load', id: 1, fileName: 'g.csv', data: csv, synthetic: true });
    const filter = { concerns: ['self_harm', 'low_mood'], reachedCrisis: true };
    for (const [id, windowDays] of [
      [2, 28],
      [3, 7],
      [4, 90],
    ] as const) {
      void service.handle(analyse(id, { filter, parameters: rule(windowDays, 200), timings: true }));
      flush();
      const fresh = analyseCohort(
        cohort,
        pathway,
        table,
        { windowDays, horizonDays: 200 } as never,
        journeyMask(cohort, pathway, filter),
      );
      refineMask(fresh, filter);
      expect(last(messages, 'overlay').overlay.summary).toEqual({
        ...summariseAnalysis(cohort, pathway, fresh, { timings: true }),
        concernsByService: concernsAtServices(cohort, pathway, fresh.included),
        missedByMove: missedOnMoves(cohort, pathway, fresh),
      });
    }
  });

  it('topVariants matches journeyVariants', () => {
    for (const filter of filters.slice(0, 4)) {
      const masked = analyseCohort(
        cohort,
        pathway,
        table,
        DEFAULT_PARAMETERS,
        journeyMask(cohort, pathway, filter),
      );
      for (const limit of [1, 5, 20]) {
        expect(topVariants(pathway, index, masked.included, limit).variants).toEqual(
          journeyVariants(cohort, pathway, masked, limit),
        );
      }
    }
  });
});
